package com.atlassian.sal.api.message;

import java.util.Locale;

/**
 * SAL LocaleResolver (interface). Not in confluence-api.md's stub inventory; verified against
 * sal-api 5.1.4 LocaleResolver.java in [DF]. Only the container-neutral no-argument
 * {@code getLocale()} (the current user's locale) is declared.
 */
public interface LocaleResolver {
    Locale getLocale();
}
