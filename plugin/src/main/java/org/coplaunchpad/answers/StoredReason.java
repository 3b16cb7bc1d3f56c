package org.coplaunchpad.answers;

import java.time.Instant;

/** One answer that has a reason, as the reasons export lists it: whose (a member, or the team's) and when. */
public record StoredReason(String checklist, String itemKey, String respondent, Answer answer, String reason,
                           String answeredBy, Instant answeredAt) {
    public boolean isTeams() {
        return AnswerKey.TEAM.equals(respondent);
    }
}
