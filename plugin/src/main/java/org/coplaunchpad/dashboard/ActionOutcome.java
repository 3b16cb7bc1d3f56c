package org.coplaunchpad.dashboard;

import java.util.Optional;
import org.coplaunchpad.answers.PlannedAction;

/** What a change of a plan came to: the action as it is now, or why nothing changed. */
public record ActionOutcome(Optional<PlannedAction> action, Optional<Refusal> refusal, String detail) {
    /** Why a change of a plan is refused; {@code NOT_ALLOWED} is a 403, {@code NO_SUCH_ACTION} a 404, the rest 400. */
    public enum Refusal {
        NOT_ALLOWED, NO_SUCH_ACTION, NO_PLAN, NOT_A_SUBJECT, UNKNOWN_OWNER, OWNER_CANNOT_VIEW, BAD_DUE_DATE,
        DESCRIPTION_TOO_LONG
    }

    static ActionOutcome changed(PlannedAction action) {
        return new ActionOutcome(Optional.of(action), Optional.empty(), "");
    }

    static ActionOutcome refused(Refusal refusal) {
        return new ActionOutcome(Optional.empty(), Optional.of(refusal), "");
    }

    /** {@code detail}: what the refusal names, e.g. the username that is not a user. */
    static ActionOutcome refused(Refusal refusal, String detail) {
        return new ActionOutcome(Optional.empty(), Optional.of(refusal), detail);
    }
}
