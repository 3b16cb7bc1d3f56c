package org.coplaunchpad.macro;

import com.atlassian.sal.api.message.I18nResolver;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** The app's texts in one language: what a view is built with. Immutable. */
public final class Texts {
    private final I18nResolver resolver;
    private final Locale locale;

    Texts(I18nResolver resolver, Locale locale) {
        this.resolver = resolver;
        this.locale = locale;
    }

    public String get(String key) {
        return resolver.getText(locale, key);
    }

    public String get(String key, Serializable... arguments) {
        return resolver.getText(locale, key, arguments);
    }

    public Locale locale() {
        return locale;
    }

    /** A date and time as people read it in this language (server time zone, as Confluence shows dates by default). */
    public String dateTime(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(ZoneId.systemDefault()).format(instant);
    }

    /** A date and time in the given time zone, with the zone's name: how a round's deadline is shown. */
    public String dateTime(Instant instant, ZoneId zone) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone).format(instant) + " (" + zone.getId() + ")";
    }

    /** The BCP 47 tag for the {@code lang} attribute of what we render ("fr" or "en"). */
    public String languageTag() {
        return locale.toLanguageTag();
    }
}
