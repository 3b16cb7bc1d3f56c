package org.coplaunchpad.answers;

import java.time.Instant;
import java.util.Optional;

/**
 * The team's answer to one item in shared mode: the answer, its reason (only where it was read: the checklist on
 * a page and the answering endpoint read it, the aggregations never do), by whom and when it was last changed.
 */
public record SharedAnswer(Answer answer, Optional<String> reason, String answeredBy, Instant answeredAt) {
    public SharedAnswer(Answer answer, String answeredBy, Instant answeredAt) {
        this(answer, Optional.empty(), answeredBy, answeredAt);
    }
}
