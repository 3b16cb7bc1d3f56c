package org.coplaunchpad.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.coplaunchpad.access.AccessPolicy;
import org.coplaunchpad.answers.PlannedAction;
import org.coplaunchpad.answers.RecordedDecision;
import org.coplaunchpad.answers.RoundStore.ClosedRound;
import org.coplaunchpad.catalog.Catalog;
import org.coplaunchpad.checklist.AnswerTexts;
import org.coplaunchpad.dashboard.DashboardViews.ActionFormView;
import org.coplaunchpad.dashboard.DashboardViews.ActionView;
import org.coplaunchpad.dashboard.DashboardViews.OptionView;
import org.coplaunchpad.dashboard.DashboardViews.PlanView;
import org.coplaunchpad.decision.ActionRules;
import org.coplaunchpad.decision.ActionTexts;
import org.coplaunchpad.macro.Texts;

/**
 * A checklist's action plan as the dashboard shows it: each action with its owner, due day, status and history in
 * words, overdue ones marked; and, while the decision in force starts a plan, the form adding an action about an
 * item of the decided round that was not met or about one of the decision's conditions.
 */
final class PlanPanel {
    private static final String A = "cop-launchpad.actions.";

    private final ActionTexts actionTexts;
    private final AnswerTexts answerTexts;
    private final AccessPolicy accessPolicy;

    PlanPanel(Catalog catalog, AnswerTexts answerTexts, AccessPolicy accessPolicy) {
        this.actionTexts = new ActionTexts(catalog, answerTexts);
        this.answerTexts = answerTexts;
        this.accessPolicy = accessPolicy;
    }

    PlanView view(String checklist, Optional<RecordedDecision> inForce, Optional<ClosedRound> decidedRound,
                  List<PlannedAction> plan, LocalDate today, Optional<DashboardService.RejectedAction> rejected,
                  String action, String token, Texts texts) {
        boolean open = inForce.map(decision -> ActionRules.startsAPlan(decision.decision())).orElse(false);
        String idPrefix = "cop-plan-" + checklist;
        List<ActionView> actions = plan.stream().map(planned -> action(idPrefix, planned, today, texts)).toList();
        List<OptionView> subjects = new ArrayList<>();
        Optional<String> chosen = rejected.flatMap(DashboardService.RejectedAction::form)
                .map(ActionPlanning.ActionForm::subject);
        if (open) {
            decidedRound.ifPresent(round -> round.figures().items().stream()
                    .filter(item -> ActionRules.worthAnAction(item.state()))
                    .forEach(item -> subjects.add(new OptionView("item:" + item.itemKey(),
                            texts.get(A + "subject.item", actionTexts.itemLabel(item.itemKey(), texts),
                                    texts.get("cop-launchpad.dashboard.state." + item.state())),
                            chosen.equals(Optional.of("item:" + item.itemKey()))))));
            List<String> conditions = inForce.get().conditions();
            for (int n = 1; n <= conditions.size(); n++) {
                subjects.add(new OptionView("condition:" + n, texts.get(A + "subject.condition", conditions.get(n - 1)),
                        chosen.equals(Optional.of("condition:" + n))));
            }
        }
        Optional<ActionPlanning.ActionForm> typed = rejected.flatMap(DashboardService.RejectedAction::form);
        return new PlanView(idPrefix, labels(texts), open, texts.get(A + (open ? "intro" : "closed")), actions,
                new ActionFormView(action, token, idPrefix, subjects, typed.map(ActionPlanning.ActionForm::owner).orElse(""),
                        typed.map(ActionPlanning.ActionForm::due).orElse(""),
                        typed.map(ActionPlanning.ActionForm::description).orElse(""),
                        rejected.map(DashboardService.RejectedAction::error).orElse("")),
                texts.get(A + "none"));
    }

    private ActionView action(String idPrefix, PlannedAction action, LocalDate today, Texts texts) {
        boolean overdue = action.isOverdue(today);
        return new ActionView(action.id(), idPrefix + "-" + action.id(), actionTexts.subject(action, texts),
                action.description(), actionTexts.owner(action, texts),
                action.owner().flatMap(accessPolicy::usernameOf).orElse(""), day(action.due(), texts),
                action.due().toString(), overdue, texts.get(A + "overdue"), action.status(),
                actionTexts.status(action, texts), actionTexts.done(action, texts),
                action.history().stream().map(change -> changeText(change, texts)).toList());
    }

    /**
     * What was done about each item after each round's decision, in words (« Proposer trois thèmes (Alice Martin,
     * faite) »): round number → item key → the actions about it, for the comparison of the next round.
     */
    java.util.Map<Integer, java.util.Map<String, String>> actionsTaken(List<PlannedAction> plan, Texts texts) {
        java.util.Map<Integer, java.util.Map<String, String>> taken = new java.util.HashMap<>();
        for (PlannedAction action : plan) {
            action.itemKey().ifPresent(item -> taken.computeIfAbsent(action.roundNumber(), n -> new java.util.HashMap<>())
                    .merge(item, texts.get(A + "taken", action.description().isEmpty() ? texts.get(A + "label.action")
                                    : action.description(), actionTexts.owner(action, texts),
                            actionTexts.status(action, texts).toLowerCase(texts.locale())),
                            (first, second) -> first + texts.get(A + "taken.separator") + second));
        }
        return taken;
    }

    /** The labels the plan's part of the dashboard shows, by short name. */
    static java.util.Map<String, String> labels(Texts texts) {
        java.util.Map<String, String> labels = new java.util.LinkedHashMap<>();
        for (String name : List.of("title", "subject", "owner", "owner-name", "due", "description", "add", "add-title", "action",
                "status", "history", "reassign", "reschedule", "done", "reopen", "delete")) {
            labels.put(name, texts.get(A + "label." + name));
        }
        return labels;
    }

    private String changeText(PlannedAction.Change change, Texts texts) {
        String by = answerTexts.actorName(change.by(), texts);
        String at = texts.dateTime(change.at());
        return switch (change.kind()) {
            case "created" -> texts.get(A + "history.created", by, at, answerTexts.actorName(change.newValue(), texts));
            case "reassigned" -> texts.get(A + "history.reassigned", by, at,
                    answerTexts.actorName(change.oldValue(), texts), answerTexts.actorName(change.newValue(), texts));
            case "rescheduled" -> texts.get(A + "history.rescheduled", by, at,
                    change.oldValue().flatMap(ActionRules::dueDay).map(day -> day(day, texts)).orElse("?"),
                    change.newValue().flatMap(ActionRules::dueDay).map(day -> day(day, texts)).orElse("?"));
            default -> texts.get(A + "history." + change.kind(), by, at);
        };
    }

    static String day(LocalDate day, Texts texts) {
        return ActionTexts.day(day, texts);
    }
}
