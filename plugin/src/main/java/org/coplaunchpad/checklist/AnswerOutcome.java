package org.coplaunchpad.checklist;

import java.io.Serializable;
import java.util.Optional;
import org.coplaunchpad.answers.RecordedAnswer;

/** What became of an answer: recorded, or refused with the reason. Only the endpoint turns it into HTTP. */
public sealed interface AnswerOutcome {
    /**
     * The item's state after the answer (also when it repeated the current state) and its new figures;
     * {@code blind}: the member sees the others' answers only once they answered; {@code confidential}: nobody sees
     * an item's figures before three opinions.
     */
    record Recorded(String item, ChecklistMode mode, RecordedAnswer answer, boolean blind, boolean confidential)
            implements AnswerOutcome {
    }

    /**
     * Nothing was recorded. {@code field} names the form field at fault, if one is; {@code detail} is what the
     * message quotes (the value sent, the space key, the page id), or null.
     */
    record Refused(Reason reason, Optional<String> field, Serializable detail) implements AnswerOutcome {
    }

    enum Reason {
        /** A field is missing or malformed, or does not match the page (another space, no such checklist or item). */
        BAD_FIELD,
        NO_SUCH_SPACE,
        /** No such page, or one the member may not view: told apart from nothing, so that ids reveal nothing. */
        NO_SUCH_PAGE,
        /** The member may view the page but not answer this checklist (AccessPolicy's rule for its mode). */
        NOT_ALLOWED,
        /** The page sets another mode for the checklist than the first page registered with it: it takes no answer. */
        MODE_CONFLICT,
        /** The reason is longer than AnswerReason.MAX_CODE_POINTS; detail is its length. Nothing was stored. */
        REASON_TOO_LONG,
        /** A reason came with no answer (none): a reason explains an answer. Nothing was stored. */
        REASON_WITHOUT_ANSWER,
        /** The open round's deadline has passed; detail is the deadline as the member reads it. Nothing was stored. */
        DEADLINE_PASSED
    }
}
