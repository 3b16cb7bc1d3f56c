package org.coplaunchpad.decision;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.templaterenderer.RenderingException;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coplaunchpad.App;
import org.coplaunchpad.answers.DecisionOnPage;
import org.coplaunchpad.answers.FigureStore;
import org.coplaunchpad.answers.RecordedDecision;
import org.coplaunchpad.answers.RegisteredPage;
import org.coplaunchpad.answers.RegistryStore;
import org.coplaunchpad.answers.RoundStore;
import org.coplaunchpad.answers.StoreUnavailableException;
import org.coplaunchpad.checklist.AnswerTexts;
import org.coplaunchpad.checklist.ChecklistName;
import org.coplaunchpad.macro.MacroErrorView;
import org.coplaunchpad.macro.MacroTemplates;
import org.coplaunchpad.macro.OutputMode;
import org.coplaunchpad.macro.ParameterProblem;
import org.coplaunchpad.macro.Texts;
import org.coplaunchpad.macro.ViewerTexts;
import org.coplaunchpad.registry.RegisteredChecklist;

/**
 * {@code cop-launch-decision}: the latest launch decision of one of the space's checklists, as anyone who may view
 * the page sees it (Confluence checked that already): what was decided, by whom, when, why, on which conditions, and
 * the decided round's figures as they were frozen when it closed — never the open round's, never a member's reason or
 * name — and the plan it started: each action's owner, due day and status, with the forms its owner or a space
 * administrator uses to mark it done or reopen it (they post to {@code ActionServlet}). Rendering reads the latest
 * decision with its round's figures and items' states (one statement) and, only if there is one, its plan (one more,
 * on the same connection) and, only when the round's figures could be withheld because of it, the checklist's
 * registry rows (whether it is confidential now); it writes nothing. In PDF, Word and e-mail it is static HTML without
 * forms, so Confluence's own export of the page is the decision's record.
 */
public class LaunchDecisionMacro implements Macro {
    public static final String MACRO_NAME = "cop-launch-decision";
    static final String WEB_RESOURCE = App.moduleKey("decision-resources");
    static final String TEMPLATE = "templates/decision.vm";
    static final String STATIC_TEMPLATE = "templates/decision-static.vm";
    static final String CHECKLIST = "checklist";
    private static final String ERROR_TITLE = "cop-launchpad.decision.macro.error.title";

    private final ViewerTexts viewerTexts;
    private final MacroTemplates templates;
    private final FigureStore figures;
    private final RegistryStore registry;
    private final AnswerTexts answerTexts;
    private final PagePlans pagePlans;
    private final PageBuilderService pageBuilderService;

    public LaunchDecisionMacro(ViewerTexts viewerTexts, MacroTemplates templates, FigureStore figures,
                               RegistryStore registry, AnswerTexts answerTexts, PagePlans pagePlans,
                               @ComponentImport PageBuilderService pageBuilderService) {
        this.viewerTexts = viewerTexts;
        this.templates = templates;
        this.figures = figures;
        this.registry = registry;
        this.answerTexts = answerTexts;
        this.pagePlans = pagePlans;
        this.pageBuilderService = pageBuilderService;
    }

    @Override
    public String execute(Map<String, String> macroParameters, String body, ConversionContext context)
            throws MacroExecutionException {
        Texts texts = viewerTexts.current();
        try {
            String value = macroParameters == null || macroParameters.get(CHECKLIST) == null ? ""
                    : macroParameters.get(CHECKLIST);
            Optional<String> checklist = ChecklistName.parse(value);
            if (checklist.isEmpty()) {
                return templates.renderError(new ParameterProblem(CHECKLIST, value.trim(),
                        List.of(ChecklistName.rule())).toErrorView(ERROR_TITLE, texts));
            }
            String spaceKey = context == null ? null : context.getSpaceKey();
            if (spaceKey == null || spaceKey.isBlank()) {
                return templates.renderError(new MacroErrorView(texts.get(ERROR_TITLE),
                        texts.get("cop-launchpad.decision.macro.error.no-space")));
            }
            DecisionView view;
            try {
                view = view(spaceKey, checklist.get(), context, texts);
            } catch (StoreUnavailableException e) {
                // The rest of the page still renders; the macro says why the decision is missing, without the database's words.
                return templates.renderError(new MacroErrorView(texts.get(ERROR_TITLE),
                        texts.get("cop-launchpad.decision.macro.error.unavailable")));
            }
            if (OutputMode.of(context) == OutputMode.STATIC) {
                return templates.render(STATIC_TEMPLATE, Map.of("decision", view));
            }
            pageBuilderService.assembler().resources().requireWebResource(WEB_RESOURCE);
            return templates.render(TEMPLATE, Map.of("decision", view));
        } catch (RenderingException e) {
            throw new MacroExecutionException("The launch decision could not be rendered: " + e.getMessage(), e);
        }
    }

    private DecisionView view(String spaceKey, String checklist, ConversionContext context, Texts texts) {
        Optional<DecisionOnPage> latest = figures.decisionOnPage(spaceKey, checklist);
        if (latest.isEmpty()) {
            return DecisionViews.none(checklist, texts);
        }
        RecordedDecision decision = latest.get().decision();
        Optional<RoundStore.DecidedRound> round = latest.get().round();
        boolean confidentialNow = round.filter(DecisionViews::dependsOnConfidentialityNow).isPresent()
                && confidentialNow(spaceKey, checklist);
        return DecisionViews.decided(decision, answerTexts.actorName(decision.decidedBy(), texts), round, confidentialNow,
                pagePlans.of(spaceKey, checklist, latest.get().plan(), context, texts), texts);
    }

    /** Whether a page of the checklist says it is confidential today: a registry read. */
    private boolean confidentialNow(String spaceKey, String checklist) {
        List<RegisteredPage> pages = registry.checklist(spaceKey, checklist);
        return !pages.isEmpty() && new RegisteredChecklist(spaceKey, checklist, pages).confidential();
    }

    @Override
    public BodyType getBodyType() {
        return BodyType.NONE;
    }

    @Override
    public OutputType getOutputType() {
        return OutputType.BLOCK;
    }
}
