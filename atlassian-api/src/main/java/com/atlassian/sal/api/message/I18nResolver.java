package com.atlassian.sal.api.message;

import java.io.Serializable;
import java.util.Locale;

/**
 * SAL I18nResolver (interface), as documented in VERIFIED.md (sal-api 5.1.4 source; the reference's
 * inventory lists it among the services Confluence 10 plugins import, confluence-api.md §4.1). Only the
 * locale-explicit overloads the app calls are declared.
 */
public interface I18nResolver {
    String getText(Locale locale, String key, Serializable... arguments);

    String getText(Locale locale, String key);

    /**
     * sal-api 5.1.4 (Confluence 8.7.2): the text's pattern, unformatted; Confluence's ConfluenceI18nResolver answers
     * with {@code I18NBean.getTextStrict(key)}, the key itself when no bundle has it. On 9.x/10.x: not confirmed from
     * sources here (no removal is known).
     */
    String getRawText(Locale locale, String key);
}
