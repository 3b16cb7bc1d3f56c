package org.coplaunchpad.answers;

import java.util.List;

/** A decision to record, already checked by the rules: see {@link RecordedDecision} for its parts. */
public record NewDecision(String spaceKey, String checklist, int roundNumber, String decision, String rationale,
                          List<String> conditions, String decidedBy) {
    public NewDecision {
        conditions = List.copyOf(conditions);
    }
}
