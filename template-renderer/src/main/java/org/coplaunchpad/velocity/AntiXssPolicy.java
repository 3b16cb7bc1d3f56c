package org.coplaunchpad.velocity;

import java.util.Locale;
import java.util.Set;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.runtime.parser.node.ASTDirective;
import org.apache.velocity.runtime.parser.node.Node;

/**
 * Confluence's anti-XSS rules for Velocity: which templates auto-encode, and which references are exempt.
 * A template opts in with {@code #htmlSafe()} or a name ending in {@code .html.vm}; {@code #disableAntiXss()} wins.
 */
final class AntiXssPolicy {

    /** Plain references that hold page markup in Confluence's decorators and content views. */
    private static final Set<String> TRUSTED_REFERENCES = Set.of("body", "head", "xHtmlContent");

    /** Encodes every reference that is not exempt; added per render only when the template opted in. */
    static final ReferenceInsertionEventHandler ENCODER = AntiXssPolicy::encodeUnlessExempt;

    private AntiXssPolicy() {
    }

    static boolean appliesTo(String templateName, Node template) {
        if (containsDirective(template, DisableAntiXssDirective.NAME)) {
            return false;
        }
        return templateName.endsWith(".html.vm") || containsDirective(template, HtmlSafeDirective.NAME);
    }

    private static boolean containsDirective(Node node, String directiveName) {
        if (node instanceof ASTDirective directive && directiveName.equals(directive.getDirectiveName())) {
            return true;
        }
        for (int i = 0; i < node.jjtGetNumChildren(); i++) {
            if (containsDirective(node.jjtGetChild(i), directiveName)) {
                return true;
            }
        }
        return false;
    }

    private static Object encodeUnlessExempt(String reference, Object value) {
        // null stays null so Velocity keeps its own behaviour: $!x prints nothing, $x prints "$x".
        if (value == null || isExempt(reference)) {
            return value;
        }
        return htmlEncode(String.valueOf(value));
    }

    /** {@code reference} is the literal template text, e.g. {@code $!{panel.noteHtml}} or {@code $x.label("a.b")}. */
    static boolean isExempt(String reference) {
        String path = stripDecoration(reference);
        int lastDot = lastTopLevelDot(path);
        String name = nameOf(path.substring(lastDot + 1));
        if (name.toLowerCase(Locale.ROOT).endsWith("html")) {
            return true;
        }
        if (lastDot < 0) {
            return TRUSTED_REFERENCES.contains(name);
        }
        // $x.renderFoo(), $x.getRenderedBody() and the property form $x.renderedBody.
        return name.startsWith("render") || name.startsWith("getRender");
    }

    static String htmlEncode(String text) {
        StringBuilder encoded = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> encoded.append("&amp;");
                case '<' -> encoded.append("&lt;");
                case '>' -> encoded.append("&gt;");
                case '"' -> encoded.append("&quot;");
                case '\'' -> encoded.append("&#39;");
                default -> encoded.append(c);
            }
        }
        return encoded.toString();
    }

    /** {@code $!{a.b}} becomes {@code a.b}. */
    private static String stripDecoration(String reference) {
        String path = reference.trim();
        if (path.startsWith("$")) {
            path = path.substring(1);
        }
        if (path.startsWith("!")) {
            path = path.substring(1);
        }
        if (path.startsWith("{") && path.endsWith("}")) {
            path = path.substring(1, path.length() - 1);
        }
        return path;
    }

    /** Index of the last '.' outside method arguments, index brackets and string literals; -1 if none. */
    private static int lastTopLevelDot(String path) {
        int depth = 0;
        char quote = 0;
        int lastDot = -1;
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (c == '.' && depth == 0) {
                lastDot = i;
            }
        }
        return lastDot;
    }

    /** {@code getTitleHtml()} and {@code items[0]} become {@code getTitleHtml} and {@code items}. */
    private static String nameOf(String segment) {
        int end = segment.length();
        int paren = segment.indexOf('(');
        int bracket = segment.indexOf('[');
        if (paren >= 0) {
            end = paren;
        }
        if (bracket >= 0 && bracket < end) {
            end = bracket;
        }
        return segment.substring(0, end).trim();
    }
}
