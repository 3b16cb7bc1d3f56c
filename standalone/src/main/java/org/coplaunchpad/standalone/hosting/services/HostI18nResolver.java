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
 * shows an untranslated key. Texts are MessageFormat patterns ('' for an apostrophe).
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
        return pattern(effective, key)
                .map(pattern -> new MessageFormat(pattern, effective).format(arguments == null ? new Object[0] : arguments))
                .orElse(key);
    }

    @Override
    public String getText(Locale locale, String key) {
        return getText(locale, key, new Serializable[0]);
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
