package org.coplaunchpad.standalone.hosting.services;

import com.atlassian.sal.api.xsrf.XsrfTokenAccessor;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.coplaunchpad.standalone.hosting.security.XsrfTokens;

/** SAL XsrfTokenAccessor: the session's token (the one in the page's meta tag); null when none exists and create is false. */
public final class HostXsrfTokenAccessor implements XsrfTokenAccessor {
    @Override
    public String getXsrfToken(HttpServletRequest request, HttpServletResponse response, boolean create) {
        return create ? XsrfTokens.token(request) : XsrfTokens.existing(request).orElse(null);
    }
}
