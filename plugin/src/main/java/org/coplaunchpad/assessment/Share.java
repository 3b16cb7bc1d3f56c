package org.coplaunchpad.assessment;

import java.util.List;

/**
 * An exact fraction from 0 to 1 (an agreement, a recommendation's share of met items, the score), kept in lowest
 * terms so that equal shares are equal records. Decisions compare it exactly with whole percentages; {@link #percent()}
 * rounds once, half up, for display only. So with a threshold of, say, 77 % a score of 23/30 shows as « 77 % » and is
 * still below it: the verdict follows the exact value (the figures of the ScoreBelow reason carry it).
 */
public record Share(long numerator, long denominator) {
    public static final Share NONE = new Share(0, 1);
    public static final Share ALL = new Share(1, 1);

    public Share {
        if (denominator <= 0 || numerator < 0 || numerator > denominator) {
            throw new IllegalArgumentException("A share is a fraction from 0 to 1 with a positive denominator");
        }
        long gcd = gcd(numerator, denominator);
        numerator /= gcd;
        denominator /= gcd;
    }

    public static Share of(long numerator, long denominator) {
        return new Share(numerator, denominator);
    }

    /** The mean of at least one share, exact. */
    public static Share mean(List<Share> shares) {
        if (shares.isEmpty()) {
            throw new IllegalArgumentException("The mean of no share is undefined");
        }
        long numerator = 0;
        long denominator = 1;
        for (Share share : shares) {
            long lcm = denominator / gcd(denominator, share.denominator) * share.denominator;
            numerator = numerator * (lcm / denominator) + share.numerator * (lcm / share.denominator);
            denominator = lcm;
        }
        return new Share(numerator, denominator * shares.size());
    }

    /** Strictly more than {@code percent} %: how an agreement beats the majority threshold. */
    public boolean isMoreThan(int percent) {
        return numerator * 100 > (long) percent * denominator;
    }

    /** At least {@code percent} %: how a score reaches the readiness threshold. */
    public boolean reaches(int percent) {
        return numerator * 100 >= (long) percent * denominator;
    }

    /** The share as a whole percentage, rounded half up (2/3 is 67, 1/8 is 13): for display, never for a decision. */
    public int percent() {
        return (int) ((numerator * 200 + denominator) / (denominator * 2));
    }

    private static long gcd(long a, long b) {
        return b == 0 ? Math.max(a, 1) : gcd(b, a % b);
    }
}
