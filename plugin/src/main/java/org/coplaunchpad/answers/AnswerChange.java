package org.coplaunchpad.answers;

import java.time.Instant;

/** One real change of an answer or of its reason, from the history table. */
public record AnswerChange(AnswerKey key, int revision, Answer was, Answer now, boolean reasonChanged,
                           boolean givenAsTick, String changedBy, Instant changedAt, long pageId) {
}
