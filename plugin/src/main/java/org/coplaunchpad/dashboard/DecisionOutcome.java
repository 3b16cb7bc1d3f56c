package org.coplaunchpad.dashboard;

import java.util.Optional;
import org.coplaunchpad.answers.RecordedDecision;
import org.coplaunchpad.decision.DecisionRules;

/** What recording a decision came to: the decision as recorded, or why nothing was stored. */
public record DecisionOutcome(Optional<RecordedDecision> recorded, Optional<DecisionRules.Refusal> refusal) {
    static DecisionOutcome recorded(RecordedDecision decision) {
        return new DecisionOutcome(Optional.of(decision), Optional.empty());
    }

    static DecisionOutcome refused(DecisionRules.Refusal refusal) {
        return new DecisionOutcome(Optional.empty(), Optional.of(refusal));
    }
}
