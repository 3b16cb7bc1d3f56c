package org.coplaunchpad.dashboard;

import java.util.Optional;
import org.coplaunchpad.answers.SharedAnswer;
import org.coplaunchpad.catalog.ReadinessItem;

/** One readiness item of a checklist, assessed: how many agree, whether it is met, how members agree. */
public record ItemAssessment(ReadinessItem item, int agree, int respondents, boolean met, Consensus consensus,
                             Optional<SharedAnswer> shared) {
    /** Share of respondents who tick the item, 0-100 (shared mode: 100 when ticked). */
    public int agreePercent() {
        if (consensus == Consensus.TEAM) {
            return met ? 100 : 0;
        }
        return respondents == 0 ? 0 : Math.round(100f * agree / respondents);
    }

    /** Distance from an even split: 0 = evenly split, 50 = unanimous. Orders split items, most divided first. */
    int distanceFromEvenSplit() {
        return Math.abs(agreePercent() - 50);
    }
}
