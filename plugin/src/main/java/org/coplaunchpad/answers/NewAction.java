package org.coplaunchpad.answers;

import java.time.LocalDate;
import java.util.Optional;

/** An action to add to a plan, already checked: see {@link PlannedAction} for its parts. */
public record NewAction(String spaceKey, String checklist, int decisionId, int roundNumber, Optional<String> itemKey,
                        Optional<String> condition, String description, String owner, LocalDate due,
                        String createdBy) {
}
