package org.coplaunchpad.standalone.hosting.render;

import java.util.Set;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * What of a page's own HTML reaches the viewer: the tags and attributes of a jsoup safelist (structure, tables,
 * classes; no scripts, event handlers, styles or javascript: URLs). The renderer asks this class element by element
 * while it walks the page, so macro output, which the host inserts between these elements, is never cleaned.
 */
final class PageContent {
    /** Base for resolving relative URLs while checking their protocol; never written out. */
    static final String BASE_URI = "http://host.invalid/";

    private static final Safelist SAFE = Safelist.relaxed()
            .addTags("hr", "section", "aside", "figure", "figcaption", "mark", "s", "del", "ins", "time")
            .addAttributes(":all", "class", "title", "lang", "dir", "id")
            .addAttributes("time", "datetime")
            .preserveRelativeLinks(true);

    /** Unsafe elements whose content is code or a form control, not text: dropped with their content. */
    private static final Set<String> DROPPED_WITH_CONTENT = Set.of("script", "style", "template", "iframe", "object",
            "embed", "noscript", "textarea", "select", "title", "svg", "math", "head", "frameset", "noembed", "xmp");

    private static final Set<String> VOID = Set.of("br", "hr", "img", "col", "wbr");

    private PageContent() {
    }

    enum Verdict { KEEP, CHILDREN_ONLY, DROP }

    static Verdict verdict(Element element) {
        String tag = element.normalName();
        if (DROPPED_WITH_CONTENT.contains(tag)) {
            return Verdict.DROP;
        }
        return SAFE.isSafeTag(tag) ? Verdict.KEEP : Verdict.CHILDREN_ONLY;
    }

    static boolean isVoid(Element element) {
        return VOID.contains(element.normalName());
    }

    /** The start tag with the safe attributes only, e.g. {@code <td colspan="2" class="highlight">}. */
    static void startTag(Element element, StringBuilder out) {
        String tag = element.normalName();
        out.append('<').append(tag);
        for (Attribute attribute : element.attributes()) {
            if (SAFE.isSafeAttribute(tag, element, attribute)) {
                out.append(' ').append(attribute.getKey()).append("=\"").append(Html.escape(attribute.getValue()))
                        .append('"');
            }
        }
        out.append('>');
    }

    static void endTag(Element element, StringBuilder out) {
        out.append("</").append(element.normalName()).append('>');
    }

    /** Whether a URL written by a page author may be the {@code attribute} of {@code tag} (http, https, mailto…). */
    static boolean isSafeUrl(String tag, String attribute, String url) {
        Element probe = new Element(tag, BASE_URI).attr(attribute, url);
        return SAFE.isSafeAttribute(tag, probe, probe.attribute(attribute));
    }
}
