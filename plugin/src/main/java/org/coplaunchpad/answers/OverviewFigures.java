package org.coplaunchpad.answers;

/** One row of the institution overview as the database aggregates it: a checklist's figures and its space's thresholds. */
public record OverviewFigures(ChecklistTally tally, LaunchThresholds thresholds) {
}
