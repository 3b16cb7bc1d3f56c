package org.coplaunchpad.standalone.render;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.safety.Safelist;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Storage format to view HTML, as Confluence renders a page: each {@code <ac:structured-macro>} runs through the
 * app's xhtml-macro module (parameters, rich-text body rendered first, output type from the conversion context);
 * everything else is page content and is sanitised (no scripts, event handlers or javascript: URLs). Macro
 * output is trusted, as in Confluence: the app is responsible for escaping what it renders.
 */
public final class StorageRenderer {
    private static final Logger LOG = LoggerFactory.getLogger(StorageRenderer.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String MACRO = "ac:structured-macro";

    /** Page content may keep structure and classes; anything executable is removed. */
    private static final Safelist CONTENT = Safelist.relaxed()
            .addTags("hr", "section", "aside", "figure", "figcaption", "mark", "s", "del", "ins")
            .addAttributes(":all", "class", "title", "lang", "dir", "id")
            .preserveRelativeLinks(true);

    private final MacroLookup macros;
    private final String contextPath;

    public StorageRenderer(MacroLookup macros, String contextPath) {
        this.macros = macros;
        this.contextPath = contextPath;
    }

    public String render(String storage, ConversionContext context) {
        // The nonce keeps page text from forging a macro placeholder.
        String nonce = HexFormat.of().formatHex(randomBytes());
        Document doc = Parser.xmlParser().parseInput(storage == null ? "" : storage, "");
        Map<String, String> outputs = new LinkedHashMap<>();
        for (Element macro : topLevelMacros(doc)) {
            String token = "cop-macro-" + nonce + "-" + outputs.size();
            outputs.put(token, execute(macro, context));
            macro.replaceWith(new TextNode(token));
        }
        doc.getAllElements().stream().filter(e -> e.tagName().equals("ac:link")).toList()
                .forEach(link -> link.replaceWith(pageLink(link, context)));
        doc.outputSettings().prettyPrint(false);
        String html = Jsoup.clean(doc.html(), "http://host.invalid" + contextPath + "/", CONTENT,
                new Document.OutputSettings().prettyPrint(false));
        for (Map.Entry<String, String> output : outputs.entrySet()) {
            html = html.replace(output.getKey(), output.getValue());
        }
        return html;
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static List<Element> topLevelMacros(Document doc) {
        return doc.getAllElements().stream()
                .filter(e -> e.tagName().equals(MACRO))
                .filter(e -> e.parents().stream().noneMatch(p -> p.tagName().equals(MACRO)))
                .toList();
    }

    private String execute(Element element, ConversionContext context) {
        String name = element.attr("ac:name");
        Optional<Macro> macro = macros.find(name);
        if (macro.isEmpty()) {
            return error("Unknown macro: '" + name + "'", "");
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        String body = "";
        for (Element child : element.children()) {
            switch (child.tagName()) {
                case "ac:parameter" -> parameters.put(child.attr("ac:name"), child.text());
                case "ac:rich-text-body" -> body = render(child.html(), context);
                case "ac:plain-text-body" -> body = plainText(child);
                default -> {
                    // Other children (ac:link, ri:*) are not part of the macro's input.
                }
            }
        }
        String finalBody = body;
        try {
            return macros.call(() -> {
                try {
                    return macro.get().execute(Map.copyOf(parameters), finalBody, context);
                } catch (MacroExecutionException e) {
                    throw new MacroFailure(e);
                }
            });
        } catch (MacroFailure e) {
            return error("Error rendering macro '" + name + "'", e.getCause().getMessage());
        } catch (RuntimeException | LinkageError e) {
            LOG.error("Macro {} failed", name, e);
            return error("Error rendering macro '" + name + "'", e.toString());
        }
    }

    private static String plainText(Element body) {
        StringBuilder text = new StringBuilder();
        for (Node node : body.childNodes()) {
            if (node instanceof CDataNode cdata) {
                text.append(cdata.text());
            } else if (node instanceof TextNode t) {
                text.append(t.getWholeText());
            }
        }
        return text.toString();
    }

    /** {@code <ac:link><ri:page ri:content-title=".." ri:space-key=".."/>…</ac:link>} → a link to that page. */
    private Node pageLink(Element link, ConversionContext context) {
        Element page = link.children().stream().filter(e -> e.tagName().equals("ri:page")).findFirst().orElse(null);
        if (page == null) {
            return new TextNode(link.text());
        }
        String title = page.attr("ri:content-title");
        String space = page.hasAttr("ri:space-key") ? page.attr("ri:space-key") : context.getSpaceKey();
        String label = link.text().isBlank() ? title : link.text();
        Element a = new Element("a").attr("href", contextPath + "/display/" + urlPart(space) + "/" + urlPart(title));
        a.appendText(label);
        return a;
    }

    public static String urlPart(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** The inline message Confluence shows in place of a macro that cannot be rendered. */
    static String error(String title, String message) {
        return "<div class=\"aui-message aui-message-error conf-macro-error\" role=\"alert\"><p class=\"title\"><strong>"
                + Html.escape(title) + "</strong></p>" + (message == null || message.isBlank() ? ""
                : "<p>" + Html.escape(message) + "</p>") + "</div>";
    }

    private static final class MacroFailure extends RuntimeException {
        MacroFailure(MacroExecutionException cause) {
            super(cause);
        }
    }
}
