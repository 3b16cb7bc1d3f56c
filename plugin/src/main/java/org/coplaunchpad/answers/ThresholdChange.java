package org.coplaunchpad.answers;

import java.time.Instant;
import java.util.Optional;

/** A change of a space's thresholds: who ({@code changedBy} empty once Confluence removed them), when, old → new. */
public record ThresholdChange(Optional<String> changedBy, Instant changedAt, LaunchThresholds before,
                              LaunchThresholds after) {
}
