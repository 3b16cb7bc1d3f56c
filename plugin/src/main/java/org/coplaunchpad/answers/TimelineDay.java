package org.coplaunchpad.answers;

import java.time.LocalDate;

/**
 * How many answers a checklist received on one day (UTC), from the history: {@code answered} changes to yes,
 * partly, no or I don't know, {@code cleared} changes back to no answer. Changes of a reason alone are not counted.
 */
public record TimelineDay(String checklist, LocalDate day, int answered, int cleared) {
}
