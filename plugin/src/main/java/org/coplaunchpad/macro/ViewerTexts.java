package org.coplaunchpad.macro;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.message.LocaleResolver;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Texts in the viewer's language. The app speaks French and English: a French-speaking viewer
 * (any fr locale) gets French, everyone else English, the default of our i18n resources.
 */
@Component
public class ViewerTexts {
    private final I18nResolver i18nResolver;
    private final LocaleResolver localeResolver;

    public ViewerTexts(@ComponentImport I18nResolver i18nResolver, @ComponentImport LocaleResolver localeResolver) {
        this.i18nResolver = i18nResolver;
        this.localeResolver = localeResolver;
    }

    public Texts current() {
        return in(localeResolver.getLocale());
    }

    public Texts in(Locale requested) {
        return new Texts(i18nResolver, supported(requested));
    }

    static Locale supported(Locale requested) {
        if (requested != null && Locale.FRENCH.getLanguage().equals(requested.getLanguage())) {
            return Locale.FRENCH;
        }
        return Locale.ENGLISH;
    }
}
