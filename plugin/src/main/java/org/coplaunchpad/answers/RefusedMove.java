package org.coplaunchpad.answers;

import java.time.Instant;

/** The page carrying {@code checklist} moved from one space to another, which had that checklist already: nothing moved. */
public record RefusedMove(String checklist, String fromSpace, String toSpace, long pageId, Instant refusedAt) {
}
