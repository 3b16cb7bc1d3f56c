package org.coplaunchpad.macro;

import com.atlassian.sal.api.message.I18nResolver;
import java.io.Serializable;
import java.text.MessageFormat;
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
 * <p>
 * Texts with arguments are formatted here, in the viewer's language, from the pattern Confluence gives
 * ({@code getRawText}), not by Confluence's {@code getText(locale, key, args)}: confluence-8.7.2 {@code
 * DefaultI18NBean.getText} formats with {@code MessageFormat.format}, i.e. in the server's default locale, so a French
 * viewer of a server set to English would read "5,000 listes". Each pattern is parsed once per render (the
 * dashboard's timeline asks the same one for each of its days).
 */
public final class Texts {
    private final I18nResolver resolver;
    private final Locale locale;
    private final ConcurrentMap<String, String> plain;
    private final ConcurrentMap<String, String> patterns;
    private final Map<List<Object>, String> formatted = new HashMap<>();
    private final Map<String, MessageFormat> formats = new HashMap<>();

    Texts(I18nResolver resolver, Locale locale, ConcurrentMap<String, String> plain,
          ConcurrentMap<String, String> patterns) {
        this.resolver = resolver;
        this.locale = locale;
        this.plain = plain;
        this.patterns = patterns;
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
            text = format(key, arguments);
            formatted.put(call, text);
        }
        return text;
    }

    private String format(String key, Serializable[] arguments) {
        MessageFormat format = formats.get(key);
        if (format == null) {
            try {
                format = new MessageFormat(patterns.computeIfAbsent(key, k -> resolver.getRawText(locale, k)), locale);
            } catch (IllegalArgumentException e) {
                // A pattern MessageFormat cannot read shows as its key, as Confluence shows it.
                return key;
            }
            formats.put(key, format);
        }
        return format.format(arguments);
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
