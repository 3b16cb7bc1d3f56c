package org.coplaunchpad.standalone.site.view;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The site's own words (header, login, editor, spaces, errors) in the visitor's language, from
 * {@code site/texts/site.properties} (English) and {@code site_fr.properties}, as the app keeps its words in its
 * i18n bundles. A key the bundle lacks shows as the key, as Confluence shows an untranslated key; a test checks
 * that every key used exists in both languages.
 *
 * <p>Arguments replace {@code {0}}, {@code {1}}, … literally (no {@code MessageFormat}: French apostrophes stay
 * single). Templates get this object as {@code $text}.
 */
public final class SiteTexts {
    public static final String BUNDLE = "org.coplaunchpad.standalone.site.texts.site";
    /** English is the base bundle; the JVM's own locale never chooses the language. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle bundle;

    private SiteTexts(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    public static SiteTexts of(Locale locale) {
        Locale language = "fr".equals(locale.getLanguage()) ? Locale.FRENCH : Locale.ROOT;
        return new SiteTexts(ResourceBundle.getBundle(BUNDLE, language, SiteTexts.class.getClassLoader(), NO_FALLBACK));
    }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** Velocity 1.7 calls varargs methods, but one- and two-argument forms keep templates plain. */
    public String format(String key, Object argument) {
        return format(key, new Object[] {argument});
    }

    public String format(String key, Object first, Object second) {
        return format(key, new Object[] {first, second});
    }

    public String format(String key, Object... arguments) {
        String text = get(key);
        for (int i = 0; i < arguments.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(arguments[i]));
        }
        return text;
    }

    /** The language the texts are in ("fr" or "en"), for {@code <html lang>}. */
    public String language() {
        return bundle.getLocale().getLanguage().isEmpty() ? "en" : bundle.getLocale().getLanguage();
    }
}
