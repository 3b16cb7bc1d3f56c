package org.coplaunchpad.answers;

import java.util.Optional;

/**
 * A member answering an item on a page: the input of {@link AnswerStore#record}. {@code reason} is what happens to
 * the reason: kept as it is, deleted, or replaced (already normalised by {@link AnswerReason}). Clearing the answer
 * ({@link Answer#NONE}) deletes the reason too. {@code confidential}: the checklist is confidential as the member
 * answers, and the answer stays confidential from then on, whatever the page says later.
 */
public record GivenAnswer(AnswerKey key, Answer answer, ReasonEdit reason, String actorKey, long pageId,
                          boolean confidential) {
    /** An answer to a checklist that is not confidential. */
    public GivenAnswer(AnswerKey key, Answer answer, ReasonEdit reason, String actorKey, long pageId) {
        this(key, answer, reason, actorKey, pageId, false);
    }

    /** An answer that leaves the reason as it is, to a checklist that is not confidential. */
    public GivenAnswer(AnswerKey key, Answer answer, String actorKey, long pageId) {
        this(key, answer, ReasonEdit.KEEP, actorKey, pageId, false);
    }

    /** What an answer does to its reason. */
    public record ReasonEdit(boolean keep, Optional<String> text) {
        public static final ReasonEdit KEEP = new ReasonEdit(true, Optional.empty());
        public static final ReasonEdit DELETE = new ReasonEdit(false, Optional.empty());

        public static ReasonEdit replaceWith(Optional<String> text) {
            return new ReasonEdit(false, text);
        }

        /** The reason after the answer, given the one before. */
        Optional<String> applyTo(Optional<String> before) {
            return keep ? before : text;
        }
    }
}
