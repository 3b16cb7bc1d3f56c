package org.coplaunchpad.standalone.hosting.render;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Storage format to view HTML, as Confluence renders a page, in one walk of the page's XML tree: each
 * {@code <ac:structured-macro>} is executed where it stands, through the app's xhtml-macro module or one of
 * Confluence's container macros ({@link ConfluenceMacros}), with its parameters ({@link MacroParameters}) and its
 * rich-text body rendered first, and its output wrapped as Confluence wraps it ({@link MacroWrapper}); a macro no
 * module provides becomes an "Unknown macro" box in its place. Layouts, task lists, emoticons and links become
 * Confluence's view markup; the page's own HTML keeps only what {@link PageContent} allows. Macro output is trusted,
 * as in Confluence: the app is responsible for escaping what it renders.
 */
public final class StorageRenderer {
    private static final Logger LOG = LoggerFactory.getLogger(StorageRenderer.class);

    private final MacroLookup macros;
    private final ConfluenceMacros confluenceMacros;
    private final RenderTexts texts;
    private final String contextPath;

    public StorageRenderer(MacroLookup macros, String contextPath, RenderTexts texts) {
        this.macros = macros;
        this.confluenceMacros = new ConfluenceMacros(texts);
        this.texts = texts;
        this.contextPath = contextPath;
    }

    public String render(String storage, ConversionContext context) {
        Document page = Parser.xmlParser().parseInput(storage == null ? "" : storage, PageContent.BASE_URI);
        StringBuilder out = new StringBuilder(storage == null ? 0 : storage.length() + 256);
        new Walk(context).children(page, out);
        return out.toString();
    }

    /** Walking one page: the conversion context is the page's, so it travels with the walk, not in a field. */
    private final class Walk {
        private final ConversionContext context;
        private final StorageElements elements;
        private final ResourceLinks links;

        Walk(ConversionContext context) {
            this.context = context;
            this.elements = new StorageElements(this::children);
            this.links = new ResourceLinks(contextPath, this::children);
        }

        void children(Element parent, StringBuilder out) {
            for (Node child : parent.childNodes()) {
                if (child instanceof TextNode text) {
                    // CDATA in rich content is text too (CDataNode is a TextNode).
                    out.append(Html.escape(text.getWholeText()));
                } else if (child instanceof Element element) {
                    element(element, out);
                }
                // Comments, declarations and processing instructions are not content.
            }
        }

        private void element(Element element, StringBuilder out) {
            switch (element.tagName()) {
                case "ac:structured-macro" -> out.append(macro(element));
                case "ac:layout" -> elements.layout(element, out);
                case "ac:task-list" -> elements.taskList(element, context, out);
                case "ac:emoticon" -> StorageElements.emoticon(element, out);
                case "ac:link" -> links.link(element, context, out);
                case "ac:image" -> links.image(element, out);
                case "ac:placeholder", "ac:parameter", "ac:default-parameter" -> {
                    // An editor's instruction text, or a parameter outside a macro: not shown on a viewed page.
                }
                default -> other(element, out);
            }
        }

        private void other(Element element, StringBuilder out) {
            if (element.tagName().startsWith("ri:")) {
                return;
            }
            if (element.tagName().startsWith("ac:")) {
                children(element, out);   // e.g. ac:inline-comment-marker around text
                return;
            }
            switch (PageContent.verdict(element)) {
                case DROP -> {
                }
                case CHILDREN_ONLY -> children(element, out);
                case KEEP -> html(element, out);
            }
        }

        private void html(Element element, StringBuilder out) {
            boolean table = element.normalName().equals("table");
            if (table) {
                out.append("<div class=\"table-wrap\">");   // ViewTableWrappingFragmentTransformer
            }
            PageContent.startTag(element, out);
            if (!PageContent.isVoid(element)) {
                if (element.normalName().equals("time") && element.childNodeSize() == 0) {
                    out.append(Html.escape(element.attr("datetime")));
                }
                children(element, out);
                PageContent.endTag(element, out);
            }
            if (table) {
                out.append("</div>");
            }
        }

        private String macro(Element element) {
            String name = element.attr("ac:name");
            Optional<Macro> app = macros.find(name);
            Optional<Macro> macro = app.or(() -> confluenceMacros.find(name));
            if (macro.isEmpty()) {
                return unknown(name);
            }
            Map<String, String> parameters = MacroParameters.of(element);
            try {
                Macro.BodyType bodyType = app.isPresent() ? macros.call(macro.get()::getBodyType) : macro.get().getBodyType();
                Optional<String> body = body(element, bodyType);
                String output = app.isPresent()
                        ? macros.call(() -> execute(macro.get(), parameters, body.orElse(""), context))
                        : execute(macro.get(), parameters, body.orElse(""), context);
                Macro.OutputType outputType = app.isPresent() ? macros.call(macro.get()::getOutputType)
                        : macro.get().getOutputType();
                return MacroWrapper.wrap(output, outputType, body.isPresent(), name);
            } catch (MacroFailure e) {
                LOG.warn("Exception executing macro: {}, with message: {}", name, e.getCause().getMessage());
                return error(name, e.getCause().getMessage());
            } catch (RuntimeException | LinkageError e) {
                LOG.error("Error rendering macro: {}", name, e);
                return error(name, e.toString());
            }
        }

        /** Confluence reads the body its macro declares, and only that one (StorageMacroV2Unmarshaller). */
        private Optional<String> body(Element macro, Macro.BodyType bodyType) {
            for (Element child : macro.children()) {
                if (child.tagName().equals("ac:rich-text-body") && bodyType == Macro.BodyType.RICH_TEXT) {
                    StringBuilder body = new StringBuilder();
                    children(child, body);
                    return Optional.of(body.toString());
                }
                if (child.tagName().equals("ac:plain-text-body") && bodyType == Macro.BodyType.PLAIN_TEXT) {
                    return Optional.of(plainText(child));
                }
            }
            return Optional.empty();
        }
    }

    private static String execute(Macro macro, Map<String, String> parameters, String body, ConversionContext context) {
        try {
            return macro.execute(parameters, body, context);
        } catch (MacroExecutionException e) {
            throw new MacroFailure(e);
        }
    }

    private static String plainText(Element body) {
        StringBuilder text = new StringBuilder();
        for (Node node : body.childNodes()) {
            if (node instanceof TextNode t) {
                text.append(t instanceof CDataNode cdata ? cdata.text() : t.getWholeText());
            }
        }
        return text.toString();
    }

    /**
     * In place of a macro no module provides. Confluence writes an image of the text "Unknown macro: …"
     * (ViewUnknownMacroMarshaller, class wysiwyg-unknown-macro); the host writes the text itself, inline-safe.
     */
    private String unknown(String name) {
        return "<span class=\"wysiwyg-unknown-macro aui-message aui-message-warning\" data-macro-name=\""
                + Html.escape(name) + "\">" + Html.escape(texts.format(RenderTexts.UNKNOWN_MACRO, name)) + "</span>";
    }

    /** ViewMacroErrorPlaceholderImpl: the message Confluence shows in place of a macro that failed. */
    private String error(String name, String message) {
        return "<div class=\"aui-message aui-message-error conf-macro-error\" role=\"alert\"><p class=\"title\"><strong>"
                + Html.escape(texts.format(RenderTexts.MACRO_ERROR, name)) + "</strong></p>"
                + (message == null || message.isBlank() ? "" : "<p>" + Html.escape(message) + "</p>") + "</div>";
    }

    private static final class MacroFailure extends RuntimeException {
        MacroFailure(MacroExecutionException cause) {
            super(cause);
        }
    }
}
