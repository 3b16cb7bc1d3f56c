package org.coplaunchpad.answers;

import java.util.List;
import java.util.Optional;

/**
 * What the decision macro shows of a checklist, read in two statements on one connection: its latest decision, what
 * the page shows of the round it was taken on (empty if that round was never closed), and the decision's actions not
 * deleted, oldest first, without their histories.
 */
public record DecisionOnPage(RecordedDecision decision, Optional<RoundStore.DecidedRound> round,
                             List<PlannedAction> plan) {
    public DecisionOnPage {
        plan = List.copyOf(plan);
    }
}
