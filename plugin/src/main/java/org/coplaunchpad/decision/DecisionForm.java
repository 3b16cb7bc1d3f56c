package org.coplaunchpad.decision;

/**
 * A decision as the dashboard's form sent it, untouched: {@code decision} a key of {@link LaunchDecision},
 * {@code rationale} and {@code conditions} (one per line) as typed, {@code onOpenRound} true to close the open round
 * and decide on it. Shown again as typed when it is refused, so nothing is lost.
 */
public record DecisionForm(String checklist, String decision, String rationale, String conditions,
                           boolean onOpenRound) {
    public DecisionForm {
        decision = decision == null ? "" : decision;
        rationale = rationale == null ? "" : rationale;
        conditions = conditions == null ? "" : conditions;
    }
}
