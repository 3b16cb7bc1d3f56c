package org.coplaunchpad.standalone.hosting.services;

import com.atlassian.sal.api.message.LocaleResolver;
import java.util.Locale;

/** SAL LocaleResolver: the current user's locale (their profile setting), else the site default. */
public final class HostLocaleResolver implements LocaleResolver {
    private final Locale siteDefault;

    public HostLocaleResolver(Locale siteDefault) {
        this.siteDefault = siteDefault;
    }

    @Override
    public Locale getLocale() {
        return CurrentRequest.get().map(CurrentRequest::locale).orElse(siteDefault);
    }
}
