package org.coplaunchpad.standalone.hosting.services;

import com.atlassian.sal.api.message.I18nResolver;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * SAL I18nResolver over the app's {@code <resource type="i18n">} bundles, read through the bundle's class
 * loader: the text in the requested locale, else the default (English) file, else the key itself, as Confluence
 * shows an untranslated key. Texts are MessageFormat patterns ('' for an apostrophe), formatted as confluence-8.7.2
 * {@code DefaultI18NBean.getText(key, args, false)} formats them: {@code MessageFormat.format}, so arguments in the
 * server's default locale whatever the viewer's language (a number of 5000 reads "5,000" on an English server); a text
 * without arguments has its braces quoted first unless it quotes some itself; a pattern MessageFormat cannot read
 * gives the key.
 */
public final class HostI18nResolver implements I18nResolver {
    /** No fallback to the JVM's default locale: a French machine must not turn "en" into French. */
    private static final ResourceBundle.Control CONTROL =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ClassLoader bundleLoader;
    private final List<String> baseNames;

    public HostI18nResolver(ClassLoader bundleLoader, List<String> baseNames) {
        this.bundleLoader = bundleLoader;
        this.baseNames = List.copyOf(baseNames);
    }

    @Override
    public String getText(Locale locale, String key, Serializable... arguments) {
        Locale effective = locale == null ? Locale.ENGLISH : locale;
        return pattern(effective, key).map(pattern -> format(key, pattern, arguments)).orElse(key);
    }

    @Override
    public String getText(Locale locale, String key) {
        return getText(locale, key, new Serializable[0]);
    }

    /** The pattern itself, or the key when no bundle has it (Confluence's {@code I18NBean.getTextStrict}). */
    @Override
    public String getRawText(Locale locale, String key) {
        return pattern(locale == null ? Locale.ENGLISH : locale, key).orElse(key);
    }

    static String format(String key, String pattern, Object[] arguments) {
        Object[] given = arguments == null ? new Object[0] : arguments;
        String value = pattern;
        if (given.length == 0 && !value.contains("'{") && !value.contains("'}")) {
            value = value.replace("{", "'{").replace("}", "'}");
        }
        try {
            return MessageFormat.format(value, given);
        } catch (IllegalArgumentException e) {
            return key;
        }
    }

    private Optional<String> pattern(Locale locale, String key) {
        for (String baseName : baseNames) {
            try {
                ResourceBundle bundle = ResourceBundle.getBundle(baseName, locale, bundleLoader, CONTROL);
                if (bundle.containsKey(key)) {
                    return Optional.of(bundle.getString(key));
                }
            } catch (MissingResourceException e) {
                // A declared resource without a file: Confluence ignores it too; the key shows as itself.
            }
        }
        return Optional.empty();
    }
}
