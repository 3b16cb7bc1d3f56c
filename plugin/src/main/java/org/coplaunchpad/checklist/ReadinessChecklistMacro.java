package org.coplaunchpad.checklist;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.templaterenderer.RenderingException;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coplaunchpad.App;
import org.coplaunchpad.access.AccessPolicy;
import org.coplaunchpad.access.Viewer;
import org.coplaunchpad.answers.AnswerStore;
import org.coplaunchpad.answers.ChecklistAnswers;
import org.coplaunchpad.answers.ChecklistPageRecords;
import org.coplaunchpad.answers.RegisteredPage;
import org.coplaunchpad.answers.RoundStore;
import org.coplaunchpad.AppClock;
import org.coplaunchpad.answers.StoreUnavailableException;
import org.coplaunchpad.catalog.Catalog;
import org.coplaunchpad.macro.MacroErrorView;
import org.coplaunchpad.macro.MacroTemplates;
import org.coplaunchpad.macro.OutputMode;
import org.coplaunchpad.macro.Texts;
import org.coplaunchpad.macro.ViewerTexts;

/**
 * {@code cop-readiness-checklist}: the start-up conditions of the seed as a checklist members answer (yes, partly,
 * no, I don't know, with a reason). Each space's answers are kept by {@link AnswerStore}; rendering reads the
 * checklist's registry rows, its answers and its open round (three statements on one connection, no write), and shows
 * an inline error instead of the checklist when they cannot be read, or when another page registered first gives the
 * checklist another mode.
 */
public class ReadinessChecklistMacro implements Macro {
    static final String WEB_RESOURCE = App.moduleKey("checklist-resources");
    static final String TEMPLATE = "templates/checklist.vm";
    static final String STATIC_TEMPLATE = "templates/checklist-static.vm";
    private static final String ERROR_TITLE = "cop-launchpad.checklist.error.title";

    private final ChecklistParameters parameters;
    private final ChecklistViews views;
    private final ViewerTexts viewerTexts;
    private final MacroTemplates templates;
    private final AnswerStore answerStore;
    private final AppClock clock;
    private final AccessPolicy accessPolicy;
    private final PageBuilderService pageBuilderService;

    public ReadinessChecklistMacro(Catalog catalog, ViewerTexts viewerTexts, MacroTemplates templates,
                                   AnswerStore answerStore, AccessPolicy accessPolicy, AnswerTexts answerTexts,
                                   AppClock clock, @ComponentImport PageBuilderService pageBuilderService) {
        this.clock = clock;
        this.parameters = new ChecklistParameters(catalog);
        this.views = new ChecklistViews(catalog, answerTexts);
        this.viewerTexts = viewerTexts;
        this.templates = templates;
        this.answerStore = answerStore;
        this.accessPolicy = accessPolicy;
        this.pageBuilderService = pageBuilderService;
    }

    @Override
    public String execute(Map<String, String> macroParameters, String body, ConversionContext context)
            throws MacroExecutionException {
        Texts texts = viewerTexts.current();
        try {
            ChecklistParameters.Parsed parsed = parameters.parse(macroParameters);
            if (parsed.problem().isPresent()) {
                return templates.renderError(parsed.problem().get().toErrorView(ERROR_TITLE, texts));
            }
            ChecklistSettings settings = parsed.settings().orElseThrow();
            String spaceKey = context == null ? null : context.getSpaceKey();
            if (spaceKey == null || spaceKey.isBlank()) {
                return templates.renderError(new MacroErrorView(texts.get(ERROR_TITLE),
                        texts.get("cop-launchpad.checklist.error.no-space")));
            }
            ContentEntityObject page = context.getEntity();
            Viewer viewer = accessPolicy.viewer();
            ChecklistViews.Access access = page == null ? ChecklistViews.Access.NOT_SAVED_YET
                    : settings.mode().mayAnswer(accessPolicy, viewer, page) ? ChecklistViews.Access.MAY_ANSWER
                    : viewer.isAnonymous() ? ChecklistViews.Access.ANONYMOUS : ChecklistViews.Access.MAY_NOT_ANSWER;
            ChecklistPageRecords records;
            try {
                // The answers are read before the registry says whether this page may show them (a mode conflict):
                // one round of statements for every view rather than two for the rare page in conflict.
                records = answerStore.readPage(spaceKey, settings.checklist(),
                        settings.mode() == ChecklistMode.SHARED ? Optional.empty() : viewer.userKey(),
                        settings.mode() == ChecklistMode.SHARED);
            } catch (StoreUnavailableException e) {
                // The rest of the page still renders; the checklist says why it is missing, without the database's words.
                return templates.renderError(new MacroErrorView(texts.get(ERROR_TITLE),
                        texts.get("cop-launchpad.checklist.error.unavailable")));
            }
            if (page != null && inModeConflict(records.registered(), settings, page)) {
                return templates.renderError(new MacroErrorView(texts.get(ERROR_TITLE),
                        texts.get("cop-launchpad.checklist.error.mode-conflict", settings.checklist())));
            }
            settings = settings.withCandourOf(records.registered());
            ChecklistAnswers answers = records.answers();
            RoundStore.OpenRound round = records.round();
            if (access == ChecklistViews.Access.MAY_ANSWER && round.isPastDeadline(clock.now())) {
                access = ChecklistViews.Access.DEADLINE_PASSED;
            }
            ChecklistView view = views.build(settings, spaceKey, page == null ? 0L : page.getId(), access, answers,
                    round, texts);
            if (OutputMode.of(context) == OutputMode.STATIC) {
                return templates.render(STATIC_TEMPLATE, Map.of("checklist", view));
            }
            pageBuilderService.assembler().resources().requireWebResource(WEB_RESOURCE);
            return templates.render(TEMPLATE, Map.of("checklist", view));
        } catch (RenderingException e) {
            throw new MacroExecutionException("The readiness checklist could not be rendered: " + e.getMessage(), e);
        }
    }

    /**
     * Whether the first page registered with this checklist gives it another mode than this macro: then this page
     * takes no answer (the answering endpoint refuses it too), and says so instead of showing a checklist.
     */
    private static boolean inModeConflict(List<RegisteredPage> registered, ChecklistSettings settings,
                                          ContentEntityObject page) {
        if (registered.isEmpty() || registered.get(0).pageId() == page.getId()) {
            return false;
        }
        return ChecklistMode.fromParameterValue(registered.get(0).settings().mode()).orElse(ChecklistMode.PERSONAL)
                != settings.mode();
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
