package org.coplaunchpad.dashboard;

import com.atlassian.confluence.spaces.Space;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import org.coplaunchpad.access.AccessPolicy;
import org.coplaunchpad.access.Viewer;
import org.coplaunchpad.answers.ActionStore;
import org.coplaunchpad.answers.DecisionStore;
import org.coplaunchpad.answers.NewAction;
import org.coplaunchpad.answers.OverviewSummaries;
import org.coplaunchpad.answers.PlannedAction;
import org.coplaunchpad.answers.RecordedDecision;
import org.coplaunchpad.answers.RoundStore;
import org.coplaunchpad.answers.RoundStore.ClosedRound;
import org.coplaunchpad.decision.ActionRules;
import org.coplaunchpad.dashboard.ActionOutcome.Refusal;
import org.springframework.stereotype.Component;

/**
 * From "not yet" to a plan: a space administrator turns an item of the decided round that was not met, or a
 * condition of the decision, into an action with an owner and a due day, and reassigns, reschedules, reopens or
 * deletes it; the owner or a space administrator marks it done. Owners are named by username and checked here: a
 * user Confluence knows who may view the space. Every change is one transaction with its history row.
 */
@Component
public class ActionPlanning {
    private final ActionStore actions;
    private final DecisionStore decisions;
    private final RoundStore rounds;
    private final AccessPolicy accessPolicy;
    private final OverviewSummaries summaries;

    public ActionPlanning(ActionStore actions, DecisionStore decisions, RoundStore rounds, AccessPolicy accessPolicy,
                          OverviewSummaries summaries) {
        this.summaries = summaries;
        this.actions = actions;
        this.decisions = decisions;
        this.rounds = rounds;
        this.accessPolicy = accessPolicy;
    }

    /** What an administrator asks for a new action, as the form sent it. */
    public record ActionForm(String checklist, String subject, String owner, String due, String description) {
        public ActionForm {
            subject = subject == null ? "" : subject;
            owner = owner == null ? "" : owner;
            due = due == null ? "" : due;
            description = description == null ? "" : description;
        }
    }

    public ActionOutcome create(Viewer viewer, Space space, ActionForm form) {
        if (!accessPolicy.mayAdministerSpace(viewer, space)) {
            return ActionOutcome.refused(Refusal.NOT_ALLOWED);
        }
        Optional<RecordedDecision> decision = decisions.latest(space.getKey(), form.checklist());
        if (decision.isEmpty() || !ActionRules.startsAPlan(decision.get().decision())) {
            return ActionOutcome.refused(Refusal.NO_PLAN);
        }
        Optional<ActionRules.Subject> subject = ActionRules.Subject.parse(form.subject());
        Optional<String> condition = subject.flatMap(ActionRules.Subject::condition)
                .filter(n -> n >= 1 && n <= decision.get().conditions().size())
                .map(n -> decision.get().conditions().get(n - 1));
        Optional<String> item = subject.flatMap(ActionRules.Subject::itemKey).filter(key -> rounds
                .closedRound(space.getKey(), form.checklist(), decision.get().roundNumber()).map(ClosedRound::figures)
                .map(figures -> figures.items().stream().anyMatch(frozen -> frozen.itemKey().equals(key)
                        && ActionRules.worthAnAction(frozen.state()))).orElse(false));
        if (condition.isEmpty() && item.isEmpty()) {
            return ActionOutcome.refused(Refusal.NOT_A_SUBJECT);
        }
        return checkedOwner(space, form.owner()).map(refusal -> ActionOutcome.refused(refusal, form.owner().trim()))
                .orElseGet(() -> {
            Optional<LocalDate> due = ActionRules.dueDay(form.due());
            if (due.isEmpty()) {
                return ActionOutcome.refused(Refusal.BAD_DUE_DATE, form.due());
            }
            Optional<String> description = ActionRules.description(form.description());
            if (description.isEmpty()) {
                return ActionOutcome.refused(Refusal.DESCRIPTION_TOO_LONG);
            }
            NewAction action = new NewAction(space.getKey(), form.checklist(), (int) decision.get().id(),
                    decision.get().roundNumber(), item, condition, description.get(),
                    accessPolicy.userKeyOf(form.owner()).orElseThrow(), due.get(), viewer.key());
            return ActionOutcome.changed(summaries.ofChecklist("add an action to a plan", space.getKey(),
                    form.checklist(), () -> actions.create(action)));
        });
    }

    public ActionOutcome reassign(Viewer viewer, Space space, int id, String owner) {
        if (!accessPolicy.mayAdministerSpace(viewer, space)) {
            return ActionOutcome.refused(Refusal.NOT_ALLOWED);
        }
        Optional<ActionOutcome> refused = checkedOwner(space, owner)
                .map(refusal -> ActionOutcome.refused(refusal, owner == null ? "" : owner.trim()));
        return refused.orElseGet(() -> found(space, id, () -> actions.reassign(space.getKey(), id,
                accessPolicy.userKeyOf(owner).orElseThrow(), viewer.key())));
    }

    public ActionOutcome reschedule(Viewer viewer, Space space, int id, String due) {
        if (!accessPolicy.mayAdministerSpace(viewer, space)) {
            return ActionOutcome.refused(Refusal.NOT_ALLOWED);
        }
        Optional<LocalDate> day = ActionRules.dueDay(due);
        return day.isEmpty() ? ActionOutcome.refused(Refusal.BAD_DUE_DATE, due == null ? "" : due)
                : found(space, id, () -> actions.reschedule(space.getKey(), id, day.get(), viewer.key()));
    }

    public ActionOutcome delete(Viewer viewer, Space space, int id) {
        return accessPolicy.mayAdministerSpace(viewer, space)
                ? found(space, id, () -> actions.delete(space.getKey(), id, viewer.key())) : ActionOutcome.refused(Refusal.NOT_ALLOWED);
    }

    /** The owner or a space administrator marks an action done. */
    public ActionOutcome markDone(Viewer viewer, Space space, int id) {
        return byOwnerOrAdministrator(viewer, space, id, () -> actions.markDone(space.getKey(), id, viewer.key()));
    }

    /** The owner or a space administrator reopens an action marked done. */
    public ActionOutcome reopen(Viewer viewer, Space space, int id) {
        return byOwnerOrAdministrator(viewer, space, id, () -> actions.reopen(space.getKey(), id, viewer.key()));
    }

    private ActionOutcome byOwnerOrAdministrator(Viewer viewer, Space space, int id,
                                                 Supplier<Optional<PlannedAction>> change) {
        Optional<PlannedAction> action = actions.find(space.getKey(), id).filter(found -> !found.status()
                .equals(PlannedAction.DELETED));
        if (!accessPolicy.mayCloseAction(viewer, action.flatMap(PlannedAction::owner), space)) {
            // Neither the owner nor an administrator: whether the action exists is none of their business either.
            return ActionOutcome.refused(Refusal.NOT_ALLOWED);
        }
        return action.isEmpty() ? ActionOutcome.refused(Refusal.NO_SUCH_ACTION)
                : changed(space, action.get().checklist(), change);
    }

    /** Why this username may not own an action of the space, if it may not. */
    private Optional<Refusal> checkedOwner(Space space, String username) {
        Optional<String> key = accessPolicy.userKeyOf(username);
        if (key.isEmpty()) {
            return Optional.of(Refusal.UNKNOWN_OWNER);
        }
        return accessPolicy.mayViewSpace(Viewer.user(key.get()), space) ? Optional.empty()
                : Optional.of(Refusal.OWNER_CANNOT_VIEW);
    }

    /**
     * Changes the action with its checklist's summary (open actions, earliest due day), in one transaction; an action
     * that does not exist changes nothing. An action never changes checklist, so reading it first is safe.
     */
    private ActionOutcome found(Space space, int id, Supplier<Optional<PlannedAction>> change) {
        return actions.find(space.getKey(), id).map(action -> changed(space, action.checklist(), change))
                .orElse(ActionOutcome.refused(Refusal.NO_SUCH_ACTION));
    }

    /** Changes an action of {@code checklist} (already read) with that checklist's summary, in one transaction. */
    private ActionOutcome changed(Space space, String checklist, Supplier<Optional<PlannedAction>> change) {
        return summaries.ofChecklist("change an action", space.getKey(), checklist, change)
                .map(ActionOutcome::changed).orElse(ActionOutcome.refused(Refusal.NO_SUCH_ACTION));
    }
}
