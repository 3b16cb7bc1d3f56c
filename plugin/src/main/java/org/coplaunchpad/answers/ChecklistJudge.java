package org.coplaunchpad.answers;

import java.util.List;

/**
 * What the overview's summary needs from outside the stores: a checklist judged as the dashboard judges it (its
 * scope, mode and confidentiality from its pages, its thresholds and quorum). Implemented once, by the dashboard's
 * Assessor, so that the rules live in one place and answers/ knows nothing of them.
 */
public interface ChecklistJudge {
    /** {@code pages}: the checklist's registered pages, oldest registration first (empty: not registered). */
    Judgement judge(ChecklistTally tally, List<RegisteredPage> pages, LaunchThresholds thresholds);

    /**
     * The open round's score (a denominator of 0: no score), the suggestion's key (ready, not-yet, cannot-decide),
     * and whether the checklist is confidential (then the overview shows no last activity).
     */
    record Judgement(long scoreNumerator, long scoreDenominator, String suggestion, boolean confidential) {
    }
}
