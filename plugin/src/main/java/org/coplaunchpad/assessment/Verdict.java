package org.coplaunchpad.assessment;

import java.util.List;
import java.util.Objects;

/** The decision and every reason for it: none when READY; in order, gates, quorum, score otherwise. */
public record Verdict(Decision decision, List<Reason> reasons) {
    public Verdict {
        Objects.requireNonNull(decision, "decision");
        reasons = List.copyOf(reasons);
        if ((decision == Decision.READY) != reasons.isEmpty()) {
            throw new IllegalArgumentException("A verdict is READY exactly when nothing holds it back");
        }
    }
}
