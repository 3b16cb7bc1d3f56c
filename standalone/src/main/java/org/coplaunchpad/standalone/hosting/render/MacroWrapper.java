package org.coplaunchpad.standalone.hosting.render;

import com.atlassian.confluence.macro.Macro;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What Confluence does to a macro's output on a viewed page (DefaultViewMacroWrapper, confluence-8.7.2, applied by
 * ViewMacroMarshaller when the output type is "display"): a single root element gets the classes {@code conf-macro}
 * and {@code output-block}/{@code output-inline} and the attributes {@code data-hasbody} and
 * {@code data-macro-name}; other output is wrapped in a {@code div} (or a {@code span} if inline or text only).
 */
final class MacroWrapper {
    private MacroWrapper() {
    }

    static String wrap(String output, Macro.OutputType outputType, boolean hasBody, String macroName) {
        if (output == null || output.trim().isEmpty()) {
            return "";
        }
        Document doc = Jsoup.parse(output);
        doc.outputSettings().prettyPrint(false);
        Element body = doc.body();
        body.prependChildren(doc.head().children());
        Element root = body.firstElementChild();
        Macro.OutputType type = outputType;
        if (body.childrenSize() != 1 || !body.html().trim().equals(root.outerHtml())) {
            root = body;
            type = body.childrenSize() == 0 ? Macro.OutputType.INLINE : outputType;
            root.tagName(type == Macro.OutputType.INLINE ? "span" : "div");
        }
        root.addClass("conf-macro");
        if (type == Macro.OutputType.INLINE) {
            root.addClass("output-inline");
        } else if (type == Macro.OutputType.BLOCK) {
            root.addClass("output-block");
        }
        root.attr("data-hasbody", Boolean.toString(hasBody));
        root.attr("data-macro-name", macroName);
        return root.outerHtml();
    }
}
