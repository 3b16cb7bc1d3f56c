package org.coplaunchpad.answers;

import java.time.LocalDate;

/** How many ticks and unticks a checklist received on one day (UTC), from the history. */
public record TimelineDay(String checklist, LocalDate day, int ticks, int unticks) {
}
