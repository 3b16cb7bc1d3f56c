package org.coplaunchpad.assessment;

import java.util.Optional;
import org.coplaunchpad.answers.LaunchThresholds;

/**
 * The settings the rules read: an item is met when its agreement is MORE than {@code majorityPercent} (so 50 % is
 * not met at 50); a checklist may be ready when its score reaches {@code readinessPercent}; {@code quorum} members
 * must have answered the checklist (personal mode) before it may be ready, and an item needs that many opinions
 * before its state says more than "too few".
 */
public record Rules(int majorityPercent, int readinessPercent, int quorum) {
    public static final int DEFAULT_QUORUM = LaunchThresholds.DEFAULT_QUORUM;
    public static final Rules DEFAULT = of(LaunchThresholds.DEFAULT);

    public Rules {
        if (!percent(majorityPercent) || !percent(readinessPercent)) {
            throw new IllegalArgumentException("Thresholds are percentages from 0 to 100");
        }
        if (quorum < 1) {
            throw new IllegalArgumentException("The quorum is at least one member");
        }
    }

    /** The stored thresholds with a quorum. */
    public static Rules of(LaunchThresholds thresholds, int quorum) {
        return new Rules(thresholds.majorityPercent(), thresholds.readinessPercent(), quorum);
    }

    /** A space's stored thresholds and quorum. */
    public static Rules of(LaunchThresholds thresholds) {
        return of(thresholds, thresholds.quorum());
    }

    /** The thresholds and quorum these rules hold, as the settings store keeps them. */
    public LaunchThresholds thresholds() {
        return new LaunchThresholds(majorityPercent, readinessPercent, quorum);
    }

    /** Rules from form values, or empty when a threshold is not a whole number from 0 to 100 or the quorum not one from 1. */
    public static Optional<Rules> parse(String majority, String readiness, String quorum) {
        return LaunchThresholds.parse(majority, readiness, quorum).map(Rules::of);
    }

    private static boolean percent(int value) {
        return value >= 0 && value <= 100;
    }
}
