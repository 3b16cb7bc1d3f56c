package org.coplaunchpad.standalone.hosting.render;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * {@code <ac:link>} and {@code <ac:image>} with their resource identifiers ({@code ri:page}, {@code ri:space},
 * {@code ri:url}, {@code ri:user}, {@code ri:attachment}): links the host can resolve become links, the rest the
 * text Confluence would show for them. The host keeps no attachments and no user lookup here, so files and users
 * are shown by name or key.
 */
final class ResourceLinks {
    private final String contextPath;
    private final StorageElements.Children children;

    ResourceLinks(String contextPath, StorageElements.Children children) {
        this.contextPath = contextPath;
        this.children = children;
    }

    void link(Element link, ConversionContext context, StringBuilder out) {
        Optional<Element> resource = resource(link);
        String anchor = link.hasAttr("ac:anchor") ? "#" + urlPart(link.attr("ac:anchor")) : "";
        Optional<String> href = resource.flatMap(ri -> href(ri, context)).map(url -> url + anchor)
                .or(() -> anchor.isEmpty() ? Optional.empty() : Optional.of(anchor));
        href.ifPresent(url -> out.append("<a href=\"").append(Html.escape(url)).append("\">"));
        Optional<Element> richBody = child(link, "ac:link-body");
        Optional<Element> plainBody = child(link, "ac:plain-text-link-body");
        if (richBody.isPresent()) {
            children.write(richBody.get(), out);
        } else if (plainBody.isPresent() && !plainBody.get().wholeText().isBlank()) {
            out.append(Html.escape(plainBody.get().wholeText()));
        } else {
            out.append(Html.escape(resource.map(ResourceLinks::label).orElse(link.attr("ac:anchor"))));
        }
        href.ifPresent(url -> out.append("</a>"));
    }

    void image(Element image, StringBuilder out) {
        Optional<Element> resource = resource(image);
        String alt = image.hasAttr("ac:alt") ? image.attr("ac:alt") : resource.map(ResourceLinks::label).orElse("");
        Optional<String> url = resource.filter(ri -> ri.tagName().equals("ri:url")).map(ri -> ri.attr("ri:value"))
                .filter(src -> PageContent.isSafeUrl("img", "src", src));
        if (url.isPresent()) {
            out.append("<img class=\"confluence-embedded-image\" src=\"").append(Html.escape(url.get()))
                    .append("\" alt=\"").append(Html.escape(alt)).append("\">");
        } else {
            out.append("<span class=\"confluence-embedded-file-wrapper\">").append(Html.escape(alt)).append("</span>");
        }
    }

    private Optional<String> href(Element resource, ConversionContext context) {
        return switch (resource.tagName()) {
            case "ri:page" -> Optional.of(contextPath + "/display/" + urlPart(resource.hasAttr("ri:space-key")
                    ? resource.attr("ri:space-key") : context.getSpaceKey()) + "/"
                    + urlPart(resource.attr("ri:content-title")));
            case "ri:space" -> Optional.of(contextPath + "/display/" + urlPart(resource.attr("ri:space-key")));
            case "ri:url" -> Optional.of(resource.attr("ri:value")).filter(url -> PageContent.isSafeUrl("a", "href", url));
            default -> Optional.empty();
        };
    }

    /** What Confluence shows when a link has no body of its own. */
    private static String label(Element resource) {
        return switch (resource.tagName()) {
            case "ri:page" -> resource.attr("ri:content-title");
            case "ri:space" -> resource.attr("ri:space-key");
            case "ri:url" -> resource.attr("ri:value");
            case "ri:attachment" -> resource.attr("ri:filename");
            case "ri:user" -> resource.hasAttr("ri:username") ? resource.attr("ri:username") : resource.attr("ri:userkey");
            default -> "";
        };
    }

    private static Optional<Element> resource(Element parent) {
        return parent.children().stream().filter(e -> e.tagName().startsWith("ri:")).findFirst();
    }

    private static Optional<Element> child(Element parent, String tag) {
        return parent.children().stream().filter(e -> e.tagName().equals(tag)).findFirst();
    }

    static String urlPart(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
