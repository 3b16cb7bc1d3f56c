package org.coplaunchpad.standalone.hosting.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * A macro's parameters as Confluence hands them to {@code Macro.execute} (StorageMacroV2Unmarshaller and
 * ViewMacroMarshaller, confluence-8.7.2): text as written; a link ({@code <ac:link><ri:page …/></ac:link>}) as its
 * wiki-link string ({@code KEY:Title}, {@code KEY:}, {@code ~user}, {@code ^file}); a bare {@code ri:space},
 * {@code ri:attachment}, {@code ri:url} or {@code ri:user} as its key, file name, URL or user; any other bare
 * resource identifier (a bare {@code ri:page}) as {@code null}, which Confluence logs as "Unhandled resource
 * identifier". Several are joined with ",". The map also holds the default parameter under "" and "0" and the
 * Radeox raw string under {@code ": = | RAW | = :"}, and it is mutable, as Confluence's is.
 */
final class MacroParameters {
    static final String RAW = ": = | RAW | = :";

    private MacroParameters() {
    }

    static Map<String, String> of(Element macro) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (Element child : macro.children()) {
            if (child.tagName().equals("ac:parameter")) {
                parameters.put(child.attr("ac:name"), value(child));
            } else if (child.tagName().equals("ac:default-parameter")) {
                parameters.put("", value(child));
            }
        }
        String raw = raw(parameters);
        if (parameters.containsKey("")) {
            parameters.put("0", parameters.get(""));
        }
        parameters.put(RAW, raw);
        return parameters;
    }

    private static String value(Element parameter) {
        List<Element> elements = parameter.children();
        if (elements.isEmpty()) {
            return parameter.wholeText();
        }
        List<String> values = new ArrayList<>();
        for (Element element : elements) {
            String tag = element.tagName();
            if (tag.equals("a")) {
                values.add(element.attr("href"));
            } else if (tag.equals("ac:link")) {
                values.add(element.children().stream().filter(e -> e.tagName().startsWith("ri:")).findFirst()
                        .map(MacroParameters::wikiLink).orElse(""));
            } else if (tag.startsWith("ri:")) {
                values.add(simple(element));
            }
        }
        return values.size() == 1 ? values.get(0) : String.join(",", values.stream().map(v -> v == null ? "" : v).toList());
    }

    /** StorageMacroV2Unmarshaller.toSimpleString: only these four have a string form. */
    private static String simple(Element identifier) {
        return switch (identifier.tagName()) {
            case "ri:attachment" -> identifier.attr("ri:filename");
            case "ri:space" -> identifier.attr("ri:space-key");
            case "ri:url" -> identifier.attr("ri:value");
            case "ri:user" -> user(identifier);
            default -> null;
        };
    }

    /** StorageMacroV2Unmarshaller.toWikiLink, for the identifiers pages hold. */
    private static String wikiLink(Element identifier) {
        return switch (identifier.tagName()) {
            case "ri:page" -> (identifier.hasAttr("ri:space-key") ? identifier.attr("ri:space-key") + ":" : "")
                    + identifier.attr("ri:content-title");
            case "ri:space" -> identifier.attr("ri:space-key") + ":";
            case "ri:user" -> "~" + user(identifier);
            case "ri:url" -> identifier.attr("ri:value");
            case "ri:content-entity" -> "$" + identifier.attr("ri:content-id");
            case "ri:attachment" -> identifier.children().stream().findFirst().map(MacroParameters::wikiLink)
                    .orElse("") + "^" + identifier.attr("ri:filename");
            default -> null;
        };
    }

    /** Pages store users by key ({@code ri:userkey}); the host has no key-to-name lookup here, so the key it is. */
    private static String user(Element identifier) {
        return identifier.hasAttr("ri:username") ? identifier.attr("ri:username") : identifier.attr("ri:userkey");
    }

    /** RadeoxCompatibilityMacro.constructRadeoxRawParams: {@code default|name=value|…}, or null without parameters. */
    private static String raw(Map<String, String> parameters) {
        StringBuilder raw = new StringBuilder();
        parameters.forEach((name, value) -> {
            if (name.isEmpty()) {
                if (!raw.isEmpty()) {
                    raw.insert(0, '|');
                }
                raw.insert(0, value);
            } else {
                if (!raw.isEmpty()) {
                    raw.append('|');
                }
                raw.append(name).append('=').append(value);
            }
        });
        return raw.isEmpty() ? null : raw.toString();
    }
}
