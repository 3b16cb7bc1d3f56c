package com.atlassian.sal.api.message;

import java.util.Locale;

/**
 * SAL LocaleResolver (interface), as documented in VERIFIED.md (sal-api 5.1.4 source). Only the
 * container-neutral no-argument {@code getLocale()} (the current user's locale) is declared.
 */
public interface LocaleResolver {
    Locale getLocale();
}
