package org.coplaunchpad.dashboard;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.coplaunchpad.answers.LaunchThresholds;
import org.coplaunchpad.answers.RecordedDecision;
import org.coplaunchpad.answers.RoundStore.ClosedRound;
import org.coplaunchpad.answers.RoundStore.FrozenRound;
import org.coplaunchpad.answers.ThresholdChange;
import org.coplaunchpad.assessment.Decision;
import org.coplaunchpad.assessment.Share;
import org.coplaunchpad.checklist.AnswerTexts;
import org.coplaunchpad.dashboard.DashboardViews.ChoiceView;
import org.coplaunchpad.dashboard.DashboardViews.DecisionEntryView;
import org.coplaunchpad.dashboard.DashboardViews.DecisionFormView;
import org.coplaunchpad.dashboard.DashboardViews.DecisionPanelView;
import org.coplaunchpad.dashboard.DashboardViews.HistoryEntryView;
import org.coplaunchpad.decision.DecisionForm;
import org.coplaunchpad.decision.DecisionRules;
import org.coplaunchpad.decision.LaunchDecision;
import org.coplaunchpad.macro.Texts;

/**
 * A checklist's decisions as the dashboard shows them: the decision in force, the form recording the next (on the
 * last closed round, or on the open round, which it closes), and the history of decisions and of the space's
 * threshold changes, newest first. Each decision shows its round's frozen figures, never the open round's.
 */
final class DecisionPanel {
    private static final String K = "cop-launchpad.dashboard.";
    private static final String D = "cop-launchpad.decision.";

    private final AnswerTexts answerTexts;

    DecisionPanel(AnswerTexts answerTexts) {
        this.answerTexts = answerTexts;
    }

    DecisionPanelView view(String checklist, int openRound, Decision openSuggestion, List<ClosedRound> closed,
                           List<RecordedDecision> decisions, List<ThresholdChange> changes, Optional<DashboardService.RejectedDecision> rejected,
                           String action, String token, DashboardViews.PlanView plan, Texts texts) {
        Map<Integer, ClosedRound> rounds = closed.stream()
                .collect(Collectors.toMap(ClosedRound::number, Function.identity()));
        List<DecisionEntryView> entries = decisions.stream()
                .map(decision -> entry(decision, Optional.ofNullable(rounds.get(decision.roundNumber())), texts))
                .toList();
        List<HistoryEntryView> history = new ArrayList<>();
        entries.forEach(entry -> history.add(new HistoryEntryView("decision", entry.atIso(), entry, "")));
        changes.forEach(change -> history.add(new HistoryEntryView("thresholds", change.changedAt().toString(), null,
                changeText(change, texts))));
        // Newest first; a decision and a change at the same instant keep the decision first (it is what matters).
        history.sort(Comparator.comparing((HistoryEntryView entry) -> Instant.parse(entry.atIso())).reversed());
        String id = "cop-decision-" + checklist;
        return new DecisionPanelView(id, entries.isEmpty() ? null : entries.get(0), texts.get(D + "none"),
                form(checklist, id, openRound, openSuggestion, closed.isEmpty() ? Optional.empty()
                        : Optional.of(closed.get(closed.size() - 1)), rejected, action, token, texts), history, plan);
    }

    private DecisionEntryView entry(RecordedDecision decision, Optional<ClosedRound> round, Texts texts) {
        Decision suggested = LaunchDecision.suggestion(round.map(r -> r.figures().decision()).orElse(""));
        boolean follows = LaunchDecision.fromKey(decision.decision()).map(kind -> kind.follows(suggested)).orElse(false);
        return new DecisionEntryView(decision.id(), decision.decision(), texts.get(D + "kind." + decision.decision()),
                decision.roundNumber(), texts.get(K + "round.title", decision.roundNumber()),
                texts.get(D + "by", answerTexts.actorName(decision.decidedBy(), texts),
                        texts.dateTime(decision.decidedAt())), texts.dateTime(decision.decidedAt()),
                decision.decidedAt().toString(), decision.rationale(), decision.conditions(),
                round.map(r -> figuresText(r.figures(), texts)).orElse(""),
                texts.get(D + (follows ? "follows" : "differs"), texts.get(K + "decision." + DashboardService.decisionKey(suggested))),
                follows);
    }

    /** The round's frozen figures in one line: respondents, score, items met. */
    static String figuresText(FrozenRound figures, Texts texts) {
        long met = figures.items().stream().filter(item -> item.state().equals("met")).count();
        return texts.get(D + "figures", figures.respondents(),
                figures.hasScore() ? texts.get(K + "round.score",
                        Share.of(figures.scoreNumerator(), figures.scoreDenominator()).percent())
                        : texts.get(D + "figures.no-score"),
                met, figures.items().size());
    }

    private String changeText(ThresholdChange change, Texts texts) {
        List<String> parts = new ArrayList<>();
        LaunchThresholds before = change.before();
        LaunchThresholds after = change.after();
        if (before.majorityPercent() != after.majorityPercent()) {
            parts.add(texts.get(D + "change.majority", before.majorityPercent(), after.majorityPercent()));
        }
        if (before.readinessPercent() != after.readinessPercent()) {
            parts.add(texts.get(D + "change.readiness", before.readinessPercent(), after.readinessPercent()));
        }
        if (before.quorum() != after.quorum()) {
            parts.add(texts.get(D + "change.quorum", before.quorum(), after.quorum()));
        }
        String text = texts.get(D + "change", answerTexts.actorName(change.changedBy(), texts),
                texts.dateTime(change.changedAt()), String.join(texts.get(D + "change.separator"), parts));
        // "a removed user changed…" opens the line: a sentence starts with a capital.
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(texts.locale()) + text.substring(1);
    }

    private DecisionFormView form(String checklist, String id, int openRound, Decision openSuggestion,
                                  Optional<ClosedRound> lastClosed, Optional<DashboardService.RejectedDecision> rejected, String action,
                                  String token, Texts texts) {
        Optional<DecisionForm> typed = rejected.map(DashboardService.RejectedDecision::form);
        String chosen = typed.map(DecisionForm::decision).orElse("");
        List<ChoiceView> decisions = new ArrayList<>();
        for (LaunchDecision decision : LaunchDecision.values()) {
            decisions.add(new ChoiceView(decision.key(), texts.get(D + "kind." + decision.key()),
                    id + "-" + decision.key(), decision.key().equals(chosen)));
        }
        boolean onOpen = typed.map(DecisionForm::onOpenRound).orElse(lastClosed.isEmpty());
        List<ChoiceView> rounds = new ArrayList<>();
        lastClosed.ifPresent(round -> rounds.add(new ChoiceView("last-closed", texts.get(D + "on.last-closed",
                round.number(), texts.get(K + "decision." + round.figures().decision())), id + "-on-last-closed", !onOpen)));
        rounds.add(new ChoiceView("open", texts.get(D + "on.open", openRound,
                texts.get(K + "decision." + DashboardService.decisionKey(openSuggestion))), id + "-on-open", onOpen));
        return new DecisionFormView(action, token, id, decisions, rounds, typed.map(DecisionForm::rationale).orElse(""),
                typed.map(DecisionForm::conditions).orElse(""),
                texts.get(D + "help", DecisionRules.MAX_CONDITIONS), rejected.map(DashboardService.RejectedDecision::error).orElse(""));
    }

    /** The refusal's message in the viewer's language. */
    static String refusalText(DecisionRules.Refusal refusal, Texts texts) {
        return switch (refusal) {
            case RATIONALE_TOO_LONG -> texts.get(D + "refused.rationale-too-long", DecisionRules.MAX_RATIONALE_LENGTH);
            case TOO_MANY_CONDITIONS -> texts.get(D + "refused.too-many-conditions", DecisionRules.MAX_CONDITIONS);
            case CONDITION_TOO_LONG -> texts.get(D + "refused.condition-too-long", DecisionRules.MAX_CONDITION_LENGTH);
            default -> texts.get(D + "refused." + refusal.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        };
    }
}
