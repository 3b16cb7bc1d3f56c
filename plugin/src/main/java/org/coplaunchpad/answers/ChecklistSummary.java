package org.coplaunchpad.answers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A (space, checklist) as the institution overview lists it: members who answered and the last answer, the open
 * round with its score and the app's suggestion, the decision in force, and the open actions with the earliest due
 * day. What {@link OverviewSummaries} keeps, and what a full recomputation must give again.
 */
public record ChecklistSummary(String spaceKey, String checklist, int respondents, Optional<Instant> lastActivity,
                               boolean confidential, int roundNumber, long scoreNumerator, long scoreDenominator,
                               String suggestion, Optional<String> decision, Optional<Instant> decidedAt,
                               int openActions, Optional<LocalDate> earliestOpenDue) {
    public boolean hasScore() {
        return scoreDenominator > 0;
    }
}
