package org.coplaunchpad.answers;

import java.util.Optional;

/**
 * When a community is ready: an item is met in personal mode when MORE than {@code majorityPercent} of the
 * respondents tick it (so a tie is not met at 50 %), and the community may launch when every fundamental condition
 * is met and at least {@code readinessPercent} of the items are.
 */
public record LaunchThresholds(int majorityPercent, int readinessPercent) {
    public static final LaunchThresholds DEFAULT = new LaunchThresholds(50, 75);

    public LaunchThresholds {
        if (!valid(majorityPercent) || !valid(readinessPercent)) {
            throw new IllegalArgumentException("Thresholds are percentages from 0 to 100");
        }
    }

    /** Thresholds from form values, or empty when either is not a whole number from 0 to 100. */
    public static Optional<LaunchThresholds> parse(String majority, String readiness) {
        try {
            int m = Integer.parseInt(majority == null ? "" : majority.trim());
            int r = Integer.parseInt(readiness == null ? "" : readiness.trim());
            return valid(m) && valid(r) ? Optional.of(new LaunchThresholds(m, r)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Whether {@code agree} of {@code respondents} is more than the majority. */
    public boolean isMajority(int agree, int respondents) {
        return respondents > 0 && agree * 100L > (long) majorityPercent * respondents;
    }

    private static boolean valid(int percent) {
        return percent >= 0 && percent <= 100;
    }
}
