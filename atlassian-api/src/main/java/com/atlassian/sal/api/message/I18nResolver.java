package com.atlassian.sal.api.message;

import java.io.Serializable;
import java.util.Locale;

/**
 * SAL I18nResolver (interface). Not in confluence-api.md's stub inventory; verified against
 * sal-api 5.1.4 I18nResolver.java in [DF] (see atlassian-api/README.md). Only the locale-explicit
 * getText overloads the app calls are declared.
 */
public interface I18nResolver {
    String getText(Locale locale, String key, Serializable... arguments);

    String getText(Locale locale, String key);
}
