package org.coplaunchpad.standalone.hosting.blueprint;

import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A content template to storage format, as Confluence fills blueprint templates: {@code <at:i18n at:key="…"/>} becomes
 * the app's text in the creating user's language, {@code <at:var at:name="…"/>} the context map's value, escaped
 * (or as XHTML with {@code at:rawxhtml="true"}). Both are escaped for XML: texts are text, never markup. As
 * XhtmlTemplateHandler.writeMultiLineStringValue (8.7.2) does, the lines of a value are separated by {@code <br />}.
 */
final class TemplateFiller {
    private static final Pattern I18N = Pattern.compile("<at:i18n\\s+at:key\\s*=\\s*([\"'])(.*?)\\1\\s*/>");
    private static final Pattern VAR = Pattern.compile(
            "<at:var\\s+at:name\\s*=\\s*([\"'])(.*?)\\1(\\s+at:rawxhtml\\s*=\\s*([\"'])true\\4)?\\s*/>");

    private TemplateFiller() {
    }

    /**
     * @param texts the app's i18n in the creating user's language (key → text)
     * @param context the context provider's map
     */
    static String fill(String template, UnaryOperator<String> texts, Map<String, Object> context) {
        String withTexts = replace(I18N, template, m -> lines(texts.apply(m.group(2))));
        return replace(VAR, withTexts, m -> {
            Object value = context.get(m.group(2));
            String text = value == null ? "" : value.toString();
            return m.group(3) != null ? text : lines(text);
        });
    }

    private static String lines(String text) {
        return String.join("<br />", java.util.Arrays.stream(text.split("\n", -1)).map(TemplateFiller::xml).toList());
    }

    private static String replace(Pattern pattern, String text, java.util.function.Function<Matcher, String> value) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(value.apply(m)));
        }
        m.appendTail(out);
        return out.toString();
    }

    static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
