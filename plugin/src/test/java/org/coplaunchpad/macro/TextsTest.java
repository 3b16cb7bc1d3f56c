package org.coplaunchpad.macro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.message.LocaleResolver;
import java.io.Serializable;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.coplaunchpad.testing.BundleI18nResolver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A text with arguments reads in the viewer's language — numbers too — whatever the server's default locale, which is
 * the one Confluence's own {@code getText(locale, key, args)} formats with; and its pattern is read once per language.
 */
class TextsTest {
    private static final String CAPTION = "cop-launchpad.overview.caption";
    private final Locale serverDefault = Locale.getDefault();
    private final CountingResolver resolver = new CountingResolver(new BundleI18nResolver());
    private final ViewerTexts viewerTexts = new ViewerTexts(resolver, mock(LocaleResolver.class));

    @AfterEach
    void theServersLocaleAsItWas() {
        Locale.setDefault(serverDefault);
    }

    @Test
    void a_french_viewer_of_an_english_server_reads_french_numbers() {
        Locale.setDefault(Locale.ENGLISH);

        String caption = viewerTexts.in(Locale.FRENCH).get(CAPTION, 5000);

        assertTrue(caption.endsWith("(" + NumberFormat.getIntegerInstance(Locale.FRENCH).format(5000)
                + " listes)"), caption);
        // What Confluence's getText would have written for the same viewer:
        assertTrue(resolver.getText(Locale.FRENCH, CAPTION, 5000).endsWith("(5,000 listes)"));
    }

    @Test
    void an_english_viewer_of_a_french_server_reads_english_numbers() {
        Locale.setDefault(Locale.FRENCH);

        String caption = viewerTexts.in(Locale.ENGLISH).get(CAPTION, 5000);

        assertTrue(caption.endsWith("(5,000 checklists)"), caption);
    }

    @Test
    void choices_and_apostrophes_read_as_their_pattern_says() {
        Texts french = viewerTexts.in(Locale.FRENCH);

        assertTrue(french.get(CAPTION, 0).startsWith("Les listes de chaque communauté"), french.get(CAPTION, 0));
        assertTrue(french.get(CAPTION, 0).contains("suggestion de l'application"), french.get(CAPTION, 0));
        assertTrue(french.get(CAPTION, 0).endsWith("(aucune liste)"), french.get(CAPTION, 0));
        assertTrue(french.get(CAPTION, 1).endsWith("(1 liste)"), french.get(CAPTION, 1));
    }

    @Test
    void a_pattern_is_read_from_confluence_once_per_language() {
        for (int day = 0; day < 80; day++) {
            viewerTexts.in(Locale.FRENCH).get(CAPTION, day);
            viewerTexts.in(Locale.ENGLISH).get(CAPTION, day);
        }

        assertEquals(List.of(CAPTION + "@fr", CAPTION + "@en"), resolver.rawReads);
    }

    @Test
    void a_key_confluence_does_not_know_or_cannot_format_shows_as_itself() {
        I18nResolver unknown = new CountingResolver(null) {
            @Override
            public String getRawText(Locale locale, String key) {
                return key.equals("broken") ? "{0" : key;
            }
        };
        Texts texts = new ViewerTexts(unknown, mock(LocaleResolver.class)).in(Locale.ENGLISH);

        assertEquals("cop-launchpad.nowhere", texts.get("cop-launchpad.nowhere", 3));
        assertEquals("broken", texts.get("broken", 3));
    }

    /** The strict bundle resolver, with its raw reads recorded. */
    private static class CountingResolver implements I18nResolver {
        private final I18nResolver delegate;
        final List<String> rawReads = new ArrayList<>();

        CountingResolver(I18nResolver delegate) {
            this.delegate = delegate;
        }

        @Override
        public String getText(Locale locale, String key, Serializable... arguments) {
            return delegate.getText(locale, key, arguments);
        }

        @Override
        public String getText(Locale locale, String key) {
            return delegate.getText(locale, key);
        }

        @Override
        public String getRawText(Locale locale, String key) {
            rawReads.add(key + "@" + locale);
            return delegate.getRawText(locale, key);
        }
    }
}
