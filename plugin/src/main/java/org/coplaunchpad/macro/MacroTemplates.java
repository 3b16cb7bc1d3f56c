package org.coplaunchpad.macro;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.templaterenderer.RenderingException;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Renders a macro's template with its view model; every template starts with #htmlSafe(). */
@Component
public class MacroTemplates {
    static final String ERROR_TEMPLATE = "templates/macro-error.vm";

    private final TemplateRenderer templateRenderer;

    public MacroTemplates(@ComponentImport TemplateRenderer templateRenderer) {
        this.templateRenderer = templateRenderer;
    }

    public String render(String template, Map<String, Object> context) {
        StringWriter out = new StringWriter();
        try {
            templateRenderer.render(template, context, out);
        } catch (IOException e) {
            throw new RenderingException("Could not write template " + template, e);
        }
        return out.toString();
    }

    /** The inline error Confluence users know: an AUI error message in place of the macro. */
    public String renderError(MacroErrorView error) {
        return render(ERROR_TEMPLATE, Map.of("error", error));
    }
}
