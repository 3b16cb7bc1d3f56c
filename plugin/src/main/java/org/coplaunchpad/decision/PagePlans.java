package org.coplaunchpad.decision;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.coplaunchpad.AppClock;
import org.coplaunchpad.access.AccessPolicy;
import org.coplaunchpad.access.Viewer;
import org.coplaunchpad.answers.PlannedAction;
import org.coplaunchpad.catalog.Catalog;
import org.coplaunchpad.checklist.AnswerTexts;
import org.coplaunchpad.macro.Texts;
import org.springframework.stereotype.Component;

/**
 * The plan a decision started, as the decision macro shows it on a page: the decision's actions (deleted ones left
 * out) with their owners' names, due days and statuses, and for the viewer who owns an action, or administers the
 * space, the form that marks it done or reopens it. Reads the decision's actions (one query, no history) and, only for a signed-in viewer of
 * a page in the browser, the space (one). Holds no state.
 */
@Component
public class PagePlans {
    /** Where the plan's forms post, below the context path (the page script prefixes it). */
    static final String ACTION_SERVLET = "/plugins/servlet/cop-launchpad/action";
    private static final String A = "cop-launchpad.actions.";
    /** The only output type where the plan's forms are offered: not the editor's preview, not an export. */
    private static final String DISPLAY = "display";

    private final ActionTexts actionTexts;
    private final AccessPolicy accessPolicy;
    private final AppClock clock;
    private final SpaceManager spaceManager;

    public PagePlans(Catalog catalog, AnswerTexts answerTexts, AccessPolicy accessPolicy, AppClock clock,
                     @ComponentImport SpaceManager spaceManager) {
        this.actionTexts = new ActionTexts(catalog, answerTexts);
        this.accessPolicy = accessPolicy;
        this.clock = clock;
        this.spaceManager = spaceManager;
    }

    /**
     * The actions that follow from a decision (its plan, deleted actions left out), and which of them the viewer may
     * mark done or reopen here.
     */
    DecisionView.PlanView of(String spaceKey, String checklist, List<PlannedAction> plan, ConversionContext context,
                             Texts texts) {
        if (plan.isEmpty()) {
            return DecisionView.PlanView.NONE;
        }
        ContentEntityObject page = context.getEntity();
        boolean formsShown = DISPLAY.equals(context.getOutputType()) && page != null;
        Viewer viewer = accessPolicy.viewer();
        Optional<Space> space = formsShown && !viewer.isAnonymous()
                ? Optional.ofNullable(spaceManager.getSpace(spaceKey)) : Optional.empty();
        // Without a script the page shows what is overdue in UTC; the script redoes it in the viewer's zone.
        LocalDate today = LocalDate.ofInstant(clock.now(), ZoneOffset.UTC);
        List<DecisionView.PageActionView> shown = plan.stream().map(action -> {
            boolean mayClose = formsShown && accessPolicy.mayCloseAction(viewer, action.owner(), space.orElse(null));
            return new DecisionView.PageActionView(action.id(), actionTexts.subject(action, texts), action.description(),
                    actionTexts.owner(action, texts), ActionTexts.day(action.due(), texts), action.due().toString(),
                    action.isOverdue(today), action.status(), actionTexts.status(action, texts),
                    actionTexts.done(action, texts), mayClose && action.isOpen(),
                    mayClose && action.status().equals(PlannedAction.DONE));
        }).toList();
        return new DecisionView.PlanView(true, "cop-plan-" + checklist, texts.get(A + "label.title"),
                texts.get(A + "label.owner-name"), texts.get(A + "label.due"),
                texts.get(A + "label.status"), texts.get(A + "overdue"), texts.get(A + "label.done"),
                texts.get(A + "label.reopen"), ACTION_SERVLET, spaceKey, page == null ? 0L : page.getId(), formsShown,
                shown);
    }
}
