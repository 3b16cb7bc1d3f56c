package org.coplaunchpad.answers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An action of a checklist's plan as stored: the decision and round it follows from, the item or condition it is
 * about, what is to be done, its owner ({@code owner} empty once Confluence removed them), its due day, its status
 * (open, done, deleted) with who marked it done and when, and its history, oldest first.
 */
public record PlannedAction(int id, String spaceKey, String checklist, int decisionId, int roundNumber,
                            Optional<String> itemKey, Optional<String> condition, String description,
                            Optional<String> owner, LocalDate due, String status, Optional<String> doneBy,
                            Optional<Instant> doneAt, List<Change> history) {
    public static final String OPEN = "open";
    public static final String DONE = "done";
    public static final String DELETED = "deleted";

    public PlannedAction {
        history = List.copyOf(history);
    }

    public boolean isOpen() {
        return OPEN.equals(status);
    }

    /** Open and its due day is before {@code today} (the viewer's today: a due day lasts until it ends there). */
    public boolean isOverdue(LocalDate today) {
        return isOpen() && due.isBefore(today);
    }

    /**
     * One change: {@code kind} created, reassigned, rescheduled, done, reopened, deleted; the values before and after
     * (an owner's user key for created and reassigned, a due day for rescheduled); {@code by} empty once removed.
     */
    public record Change(String kind, Optional<String> oldValue, Optional<String> newValue, Optional<String> by,
                         Instant at) {
    }
}
