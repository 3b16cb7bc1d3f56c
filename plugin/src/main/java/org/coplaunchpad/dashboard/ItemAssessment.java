package org.coplaunchpad.dashboard;

import java.util.Optional;
import org.coplaunchpad.answers.AnswerCounts;
import org.coplaunchpad.answers.SharedAnswer;
import org.coplaunchpad.catalog.ReadinessItem;

/**
 * One readiness item of a checklist, assessed: how members answered it, whether it is met, how members agree.
 * Until the verdict rules weigh "partly" and "I don't know" (next issue), agreeing means answering yes.
 */
public record ItemAssessment(ReadinessItem item, AnswerCounts counts, int respondents, boolean met, Consensus consensus,
                             Optional<SharedAnswer> shared) {
    /** Members who answered yes. */
    public int agree() {
        return counts.yes();
    }

    /** Share of respondents who answer yes, 0-100 (shared mode: 100 when the team's answer is yes). */
    public int agreePercent() {
        if (consensus == Consensus.TEAM) {
            return met ? 100 : 0;
        }
        return respondents == 0 ? 0 : Math.round(100f * agree() / respondents);
    }

    /** Distance from an even split: 0 = evenly split, 50 = unanimous. Orders split items, most divided first. */
    int distanceFromEvenSplit() {
        return Math.abs(agreePercent() - 50);
    }
}
