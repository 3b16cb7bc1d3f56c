package org.coplaunchpad.answers;

import java.time.Instant;

/** One real change of an answer, from the history table. */
public record AnswerChange(AnswerKey key, int revision, boolean wasChecked, boolean nowChecked,
                           String changedBy, Instant changedAt, long pageId) {
}
