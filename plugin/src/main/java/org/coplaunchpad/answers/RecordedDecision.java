package org.coplaunchpad.answers;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A launch decision as recorded: on which closed round of the checklist, what ({@code decision}: launch,
 * launch-with-conditions, not-yet, abandon), why (empty: no rationale), on which conditions, who ({@code decidedBy}
 * empty once Confluence removed them) and when. The round's figures are its frozen ones.
 */
public record RecordedDecision(long id, String spaceKey, String checklist, int roundNumber, String decision,
                               String rationale, List<String> conditions, Optional<String> decidedBy,
                               Instant decidedAt) {
    public RecordedDecision {
        conditions = List.copyOf(conditions);
    }
}
