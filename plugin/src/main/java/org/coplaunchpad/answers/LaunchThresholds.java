package org.coplaunchpad.answers;

import java.util.Optional;

/**
 * When a community is ready, as a space's administrators set it: an item is met in personal mode when its
 * agreement is MORE than {@code majorityPercent} (so a tie is not met at 50 %); the community may launch when every
 * fundamental condition is met, the readiness score reaches {@code readinessPercent}, and at least {@code quorum}
 * members answered (the rules themselves are in {@code org.coplaunchpad.assessment}).
 */
public record LaunchThresholds(int majorityPercent, int readinessPercent, int quorum) {
    public static final int DEFAULT_QUORUM = 3;
    public static final LaunchThresholds DEFAULT = new LaunchThresholds(50, 75, DEFAULT_QUORUM);

    public LaunchThresholds {
        if (!valid(majorityPercent) || !valid(readinessPercent)) {
            throw new IllegalArgumentException("Thresholds are percentages from 0 to 100");
        }
        if (quorum < 1) {
            throw new IllegalArgumentException("The quorum is at least one member");
        }
    }

    /** The thresholds with the default quorum. */
    public LaunchThresholds(int majorityPercent, int readinessPercent) {
        this(majorityPercent, readinessPercent, DEFAULT_QUORUM);
    }

    /** Thresholds from form values, or empty when either is not a whole number from 0 to 100, the quorum not one from 1. */
    public static Optional<LaunchThresholds> parse(String majority, String readiness, String quorum) {
        try {
            int m = Integer.parseInt(majority == null ? "" : majority.trim());
            int r = Integer.parseInt(readiness == null ? "" : readiness.trim());
            int q = Integer.parseInt(quorum == null ? "" : quorum.trim());
            return valid(m) && valid(r) && q >= 1 && q <= MAX_QUORUM ? Optional.of(new LaunchThresholds(m, r, q))
                    : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A quorum a form may set: more members than any community has would only mean "never ready". */
    public static final int MAX_QUORUM = 10_000;

    private static boolean valid(int percent) {
        return percent >= 0 && percent <= 100;
    }
}
