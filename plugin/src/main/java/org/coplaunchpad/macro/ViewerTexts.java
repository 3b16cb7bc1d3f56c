package org.coplaunchpad.macro;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.message.LocaleResolver;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.stereotype.Component;

/**
 * Texts in the viewer's language. The app speaks French and English: a French-speaking viewer
 * (any fr locale) gets French, everyone else English, the default of our i18n resources.
 */
@Component
public class ViewerTexts {
    private final I18nResolver i18nResolver;
    private final LocaleResolver localeResolver;
    /**
     * Each language's texts without arguments, resolved once: they come from the app's own i18n files, which do not
     * change while the app runs (a new version of the app is a new Spring context), so every node holds the same
     * tables and no database state is kept here. Two languages, a key set bounded by the code that asks.
     */
    private final Map<Locale, ConcurrentMap<String, String>> plainTexts =
            Map.of(Locale.FRENCH, new ConcurrentHashMap<>(), Locale.ENGLISH, new ConcurrentHashMap<>());
    /** Each language's patterns of the texts with arguments, read once for the same reason. */
    private final Map<Locale, ConcurrentMap<String, String>> patterns =
            Map.of(Locale.FRENCH, new ConcurrentHashMap<>(), Locale.ENGLISH, new ConcurrentHashMap<>());

    public ViewerTexts(@ComponentImport I18nResolver i18nResolver, @ComponentImport LocaleResolver localeResolver) {
        this.i18nResolver = i18nResolver;
        this.localeResolver = localeResolver;
    }

    public Texts current() {
        return in(localeResolver.getLocale());
    }

    public Texts in(Locale requested) {
        Locale locale = supported(requested);
        return new Texts(i18nResolver, locale, plainTexts.get(locale), patterns.get(locale));
    }

    static Locale supported(Locale requested) {
        if (requested != null && Locale.FRENCH.getLanguage().equals(requested.getLanguage())) {
            return Locale.FRENCH;
        }
        return Locale.ENGLISH;
    }
}
