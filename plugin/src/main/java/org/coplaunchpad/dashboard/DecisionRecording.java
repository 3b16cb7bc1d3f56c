package org.coplaunchpad.dashboard;

import java.util.Optional;
import org.coplaunchpad.answers.DecisionStore;
import org.coplaunchpad.answers.NewDecision;
import org.coplaunchpad.answers.OverviewSummaries;
import org.coplaunchpad.answers.RoundStore;
import org.coplaunchpad.answers.RoundStore.ClosedRound;
import org.coplaunchpad.decision.DecisionForm;
import org.coplaunchpad.decision.DecisionRules;
import org.coplaunchpad.decision.LaunchDecision;
import org.springframework.stereotype.Component;

/**
 * A space administrator records a launch decision on a checklist's last closed round, or on its open round, which
 * closes it in the same transaction: the decision is judged against the suggestion frozen with that round, and a
 * refused decision stores nothing (not even the closing).
 */
@Component
public class DecisionRecording {
    private final OverviewSummaries summaries;
    private final RoundClosing roundClosing;
    private final RoundStore rounds;
    private final DecisionStore decisions;

    public DecisionRecording(OverviewSummaries summaries, RoundClosing roundClosing, RoundStore rounds,
                             DecisionStore decisions) {
        this.summaries = summaries;
        this.roundClosing = roundClosing;
        this.rounds = rounds;
        this.decisions = decisions;
    }

    public DecisionOutcome record(String spaceKey, DecisionForm form, String decidedBy) {
        DecisionRules.Result result = DecisionRules.check(form);
        if (result.refusal().isPresent()) {
            return DecisionOutcome.refused(result.refusal().get());
        }
        DecisionRules.Checked checked = result.checked().orElseThrow();
        try {
            java.util.function.Supplier<DecisionOutcome> deciding = () -> {
                ClosedRound round = decidedRound(spaceKey, form, decidedBy);
                DecisionRules.onRound(checked, LaunchDecision.suggestion(round.figures().decision()))
                        .ifPresent(refusal -> {
                            throw new Refused(refusal);
                        });
                return DecisionOutcome.recorded(decisions.record(new NewDecision(spaceKey, form.checklist(),
                        round.number(), checked.decision().key(), checked.rationale(), checked.conditions(),
                        decidedBy)));
            };
            // Deciding on the open round closes it first: then the transaction takes its locks as a closing does.
            return form.onOpenRound() ? summaries.ofClosing(spaceKey, form.checklist(), deciding)
                    : summaries.ofChecklist("record a launch decision", spaceKey, form.checklist(), deciding);
        } catch (Refused refused) {
            return DecisionOutcome.refused(refused.refusal);
        }
    }

    private ClosedRound decidedRound(String spaceKey, DecisionForm form, String decidedBy) {
        if (!form.onOpenRound()) {
            return rounds.lastClosedRound(spaceKey, form.checklist())
                    .orElseThrow(() -> new Refused(DecisionRules.Refusal.NO_CLOSED_ROUND));
        }
        Optional<Integer> next = roundClosing.close(spaceKey, form.checklist(), decidedBy);
        return next.flatMap(number -> rounds.closedRound(spaceKey, form.checklist(), number - 1))
                .orElseThrow(() -> new Refused(DecisionRules.Refusal.ROUND_CLOSED_MEANWHILE));
    }

    /** Thrown inside the transaction so that it rolls back whatever it wrote (a closing), then caught outside. */
    private static final class Refused extends RuntimeException {
        private final DecisionRules.Refusal refusal;

        Refused(DecisionRules.Refusal refusal) {
            super(refusal.name(), null, false, false);
            this.refusal = refusal;
        }
    }
}
