package org.coplaunchpad.standalone.hosting.render;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Confluence's storage elements that are not macros, as its view marshallers write them (confluence-8.7.2
 * content/render/xhtml/view/…): layouts (ViewPageLayoutMarshaller), task lists (ViewInlineTaskMarshaller) and
 * emoticons (ViewEmoticonMarshaller: the host has no emoticon images, so the emoji or the name stands in).
 */
final class StorageElements {
    /** How the renderer writes an element's children (page content sanitised, macros in place). */
    interface Children {
        void write(Element parent, StringBuilder out);
    }

    /** StoragePageLayoutConstants' section types → the view's names and each cell's type (PageLayoutSectionLayoutType). */
    private static final Map<String, List<String>> SECTIONS = Map.of(
            "single", List.of("single", "normal"),
            "two_equal", List.of("two-equal", "normal", "normal"),
            "two_left_sidebar", List.of("two-left-sidebar", "aside", "normal"),
            "two_right_sidebar", List.of("two-right-sidebar", "normal", "aside"),
            "three_equal", List.of("three-equal", "normal", "normal", "normal"),
            "three_with_sidebars", List.of("three-with-sidebars", "sidebars", "normal", "sidebars"));

    /** Confluence's standard emoticons, for pages that stored no {@code ac:emoji-fallback}. */
    private static final Map<String, String> EMOTICONS = Map.ofEntries(Map.entry("smile", "🙂"),
            Map.entry("sad", "🙁"), Map.entry("cheeky", "😛"), Map.entry("laugh", "😀"), Map.entry("wink", "😉"),
            Map.entry("thumbs-up", "👍"), Map.entry("thumbs-down", "👎"), Map.entry("information", "ℹ️"),
            Map.entry("tick", "✅"), Map.entry("cross", "❌"), Map.entry("warning", "⚠️"), Map.entry("plus", "➕"),
            Map.entry("minus", "➖"), Map.entry("question", "❓"), Map.entry("light-on", "💡"),
            Map.entry("light-off", "🌑"), Map.entry("yellow-star", "⭐"), Map.entry("heart", "❤️"),
            Map.entry("broken-heart", "💔"));

    private final Children children;

    StorageElements(Children children) {
        this.children = children;
    }

    void layout(Element layout, StringBuilder out) {
        out.append("<div class=\"contentLayout2\">\n");
        for (Element section : layout.children()) {
            if (section.tagName().equals("ac:layout-section")) {
                section(section, out);
            }
        }
        out.append("</div>\n");
    }

    private void section(Element section, StringBuilder out) {
        List<String> type = SECTIONS.getOrDefault(section.attr("ac:type"), SECTIONS.get("single"));
        out.append("<div class=\"columnLayout ").append(type.get(0)).append("\" data-layout=\"").append(type.get(0))
                .append("\">\n");
        int index = 0;
        for (Element cell : section.children()) {
            if (cell.tagName().equals("ac:layout-cell")) {
                String cellType = index + 1 < type.size() ? type.get(index + 1) : "normal";
                out.append("<div class=\"cell ").append(cellType).append("\" data-type=\"").append(cellType)
                        .append("\">\n<div class=\"innerCell\">\n");
                children.write(cell, out);
                out.append("</div>\n</div>\n");
                index++;
            }
        }
        out.append("</div>\n");
    }

    void taskList(Element list, ConversionContext context, StringBuilder out) {
        String contentId = context.getEntity() == null ? "" : Long.toString(context.getEntity().getId());
        out.append("<ul class=\"inline-task-list\" data-inline-tasks-content-id=\"").append(contentId).append("\">");
        for (Element task : list.children()) {
            if (!task.tagName().equals("ac:task")) {
                continue;
            }
            boolean complete = "complete".equals(childText(task, "ac:task-status"));
            out.append("<li data-inline-task-id=\"").append(Html.escape(childText(task, "ac:task-id"))).append('"')
                    .append(complete ? " class=\"checked\"" : "").append('>');
            Element body = task.children().stream().filter(e -> e.tagName().equals("ac:task-body")).findFirst()
                    .orElse(null);
            if (body == null || body.wholeText().isBlank() && body.children().isEmpty()) {
                out.append("<span>&nbsp;</span>");
            } else {
                children.write(body, out);
            }
            out.append("</li>");
        }
        out.append("</ul>");
    }

    static void emoticon(Element emoticon, StringBuilder out) {
        String name = emoticon.attr("ac:name");
        // Atlassian's own emoji store a ":short_name:" fallback, not a character.
        String fallback = emoticon.attr("ac:emoji-fallback");
        String emoji = !fallback.isEmpty() && !fallback.startsWith(":") ? fallback
                : EMOTICONS.getOrDefault(name, "(" + name + ")");
        out.append("<span class=\"emoticon emoticon-").append(Html.escape(name)).append("\" data-emoticon-name=\"")
                .append(Html.escape(name)).append("\" role=\"img\" aria-label=\"").append(Html.escape(name))
                .append("\">").append(Html.escape(emoji)).append("</span>");
    }

    private static String childText(Element parent, String tag) {
        return parent.children().stream().filter(e -> e.tagName().equals(tag)).findFirst()
                .map(Element::wholeText).map(String::trim).orElse("");
    }
}
