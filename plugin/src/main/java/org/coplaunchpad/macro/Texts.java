package org.coplaunchpad.macro;

import com.atlassian.sal.api.message.I18nResolver;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentMap;

/**
 * The app's texts in one language, for one render on one thread: what a view is built with. A text without
 * arguments comes from the language's table ({@link ViewerTexts}), shared by every render; a text with arguments is
 * formatted once per render for the same arguments (a checklist asks "0 of 500 characters" for most of its items).
 */
public final class Texts {
    private final I18nResolver resolver;
    private final Locale locale;
    private final ConcurrentMap<String, String> plain;
    private final Map<List<Object>, String> formatted = new HashMap<>();

    Texts(I18nResolver resolver, Locale locale, ConcurrentMap<String, String> plain) {
        this.resolver = resolver;
        this.locale = locale;
        this.plain = plain;
    }

    public String get(String key) {
        return plain.computeIfAbsent(key, k -> resolver.getText(locale, k));
    }

    public String get(String key, Serializable... arguments) {
        if (arguments == null || arguments.length == 0) {
            return get(key);
        }
        List<Object> call = Arrays.asList(new Object[arguments.length + 1]);
        call.set(0, key);
        for (int i = 0; i < arguments.length; i++) {
            call.set(i + 1, arguments[i]);
        }
        String text = formatted.get(call);
        if (text == null) {
            text = resolver.getText(locale, key, arguments);
            formatted.put(call, text);
        }
        return text;
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
