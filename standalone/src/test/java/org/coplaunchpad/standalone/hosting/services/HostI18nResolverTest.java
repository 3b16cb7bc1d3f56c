package org.coplaunchpad.standalone.hosting.services;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The host resolves an app's texts as confluence-8.7.2's DefaultI18NBean does: {@code MessageFormat.format} of the
 * viewer's pattern, so arguments in the server's default locale; braces of a text without arguments kept literal; a
 * pattern that cannot be read gives its key; the raw pattern as it is written.
 */
class HostI18nResolverTest {
    private static final String BUNDLE = "org.coplaunchpad.standalone.hosting.services.texts";
    private final Locale serverDefault = Locale.getDefault();
    private final HostI18nResolver resolver = new HostI18nResolver(getClass().getClassLoader(), List.of(BUNDLE));

    @AfterEach
    void theServersLocaleAsItWas() {
        Locale.setDefault(serverDefault);
    }

    @Test
    void arguments_are_formatted_in_the_servers_default_locale_as_confluence_formats_them() {
        Locale.setDefault(Locale.ENGLISH);

        assertEquals("5,000 listes", resolver.getText(Locale.FRENCH, "texts.count", 5000));
        assertEquals("aucune liste", resolver.getText(Locale.FRENCH, "texts.count", 0));
    }

    @Test
    void a_text_without_arguments_keeps_its_braces_and_reads_its_apostrophes() {
        assertEquals("Write {name} as it is: it's literal", resolver.getText(Locale.ENGLISH, "texts.braces"));
        assertEquals("Écrivez {name} tel quel : c'est littéral", resolver.getText(Locale.FRENCH, "texts.braces"));
    }

    @Test
    void a_pattern_that_cannot_be_read_or_a_missing_key_gives_the_key() {
        assertEquals("texts.broken", resolver.getText(Locale.ENGLISH, "texts.broken", 1));
        assertEquals("texts.nowhere", resolver.getText(Locale.ENGLISH, "texts.nowhere", 1));
    }

    @Test
    void the_raw_text_is_the_pattern_in_the_viewers_language_else_english_else_the_key() {
        assertEquals("{0,choice,0#aucune liste|1#1 liste|1<{0,number,integer} listes}",
                resolver.getRawText(Locale.FRENCH, "texts.count"));
        assertEquals("An open {0 brace", resolver.getRawText(Locale.FRENCH, "texts.broken"));
        assertEquals("texts.nowhere", resolver.getRawText(Locale.FRENCH, "texts.nowhere"));
    }
}
