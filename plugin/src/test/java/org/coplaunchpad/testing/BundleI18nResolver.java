package org.coplaunchpad.testing;

import com.atlassian.sal.api.message.I18nResolver;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

/**
 * An I18nResolver over the app's own i18n resources, as Confluence resolves them (MessageFormat patterns formatted
 * by confluence-8.7.2 {@code DefaultI18NBean.getText} with {@code MessageFormat.format}: arguments in the JVM's default
 * locale, not the viewer's; braces of a text without arguments quoted), but strict: a key missing in English or in French fails the test that asked for it, so rendering every
 * macro state in the tests proves that every key the code uses exists in both languages.
 */
public final class BundleI18nResolver implements I18nResolver {
    /** The base names of the descriptor's i18n resources. */
    public static final List<String> BUNDLES = List.of("org.coplaunchpad.i18n", "org.coplaunchpad.catalog.catalog");
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Set<String> requestedKeys = new TreeSet<>();

    @Override
    public String getText(Locale locale, String key, Serializable... arguments) {
        requestedKeys.add(key);
        String pattern = pattern(locale, key);
        pattern(locale.equals(Locale.FRENCH) ? Locale.ENGLISH : Locale.FRENCH, key);
        if (arguments.length == 0 && !pattern.contains("'{") && !pattern.contains("'}")) {
            pattern = pattern.replace("{", "'{").replace("}", "'}");
        }
        return MessageFormat.format(pattern, (Object[]) arguments);
    }

    /** The pattern, unformatted (Confluence's getTextStrict); strict as getText is. */
    @Override
    public String getRawText(Locale locale, String key) {
        requestedKeys.add(key);
        pattern(locale.equals(Locale.FRENCH) ? Locale.ENGLISH : Locale.FRENCH, key);
        return pattern(locale, key);
    }

    @Override
    public String getText(Locale locale, String key) {
        return getText(locale, key, new Serializable[0]);
    }

    public Set<String> requestedKeys() {
        return Set.copyOf(requestedKeys);
    }

    /** The raw pattern of a key in a language, looking in every i18n resource of the app. */
    public static String pattern(Locale locale, String key) {
        for (String baseName : BUNDLES) {
            ResourceBundle bundle = bundle(baseName, locale);
            if (bundle.containsKey(key)) {
                return bundle.getString(key);
            }
        }
        throw new AssertionError("i18n key '" + key + "' is missing in " + locale + " (" + BUNDLES + ")");
    }

    public static boolean exists(Locale locale, String key) {
        return BUNDLES.stream().anyMatch(baseName -> bundle(baseName, locale).containsKey(key));
    }

    private static ResourceBundle bundle(String baseName, Locale locale) {
        try {
            // Locale.ROOT is the English default file; French is its own file.
            return ResourceBundle.getBundle(baseName, locale.equals(Locale.FRENCH) ? Locale.FRENCH : Locale.ROOT,
                    BundleI18nResolver.class.getClassLoader(), NO_FALLBACK);
        } catch (MissingResourceException e) {
            throw new AssertionError("i18n resource " + baseName + " is missing for " + locale, e);
        }
    }
}
