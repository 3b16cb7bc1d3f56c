package org.coplaunchpad.benefits;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.templaterenderer.RenderingException;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import java.util.Map;
import org.coplaunchpad.App;
import org.coplaunchpad.catalog.Catalog;
import org.coplaunchpad.macro.MacroTemplates;
import org.coplaunchpad.macro.OutputMode;
import org.coplaunchpad.macro.Texts;
import org.coplaunchpad.macro.ViewerTexts;

/**
 * {@code cop-benefits-panel}: what a community of practice brings the institution and its participants,
 * from the seed's four lists. Coaches insert it on child pages; the rich-text body is their own note.
 */
public class BenefitsPanelMacro implements Macro {
    static final String WEB_RESOURCE = App.moduleKey("benefits-panel-resources");
    static final String TEMPLATE = "templates/benefits-panel.vm";
    static final String STATIC_TEMPLATE = "templates/benefits-panel-static.vm";
    private static final String ERROR_TITLE = "cop-launchpad.benefits.error.title";

    private final BenefitsPanelParameters parameters;
    private final ViewerTexts viewerTexts;
    private final MacroTemplates templates;
    private final PageBuilderService pageBuilderService;

    public BenefitsPanelMacro(Catalog catalog, ViewerTexts viewerTexts, MacroTemplates templates,
                              @ComponentImport PageBuilderService pageBuilderService) {
        this.parameters = new BenefitsPanelParameters(catalog);
        this.viewerTexts = viewerTexts;
        this.templates = templates;
        this.pageBuilderService = pageBuilderService;
    }

    @Override
    public String execute(Map<String, String> macroParameters, String body, ConversionContext context)
            throws MacroExecutionException {
        Texts texts = viewerTexts.current();
        BenefitsPanelParameters.Parsed parsed = parameters.parse(macroParameters);
        try {
            if (parsed.problem().isPresent()) {
                return templates.renderError(parsed.problem().get().toErrorView(ERROR_TITLE, texts));
            }
            BenefitsPanelView view = BenefitsPanelView.of(parsed.request().orElseThrow(), body, texts);
            if (OutputMode.of(context) == OutputMode.STATIC) {
                return templates.render(STATIC_TEMPLATE, Map.of("panel", view));
            }
            pageBuilderService.assembler().resources().requireWebResource(WEB_RESOURCE);
            return templates.render(TEMPLATE, Map.of("panel", view));
        } catch (RenderingException e) {
            throw new MacroExecutionException("The benefit panel could not be rendered: " + e.getMessage(), e);
        }
    }

    @Override
    public BodyType getBodyType() {
        return BodyType.RICH_TEXT;
    }

    @Override
    public OutputType getOutputType() {
        return OutputType.BLOCK;
    }
}
