package org.coplaunchpad.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Exact fractions: decided exactly, rounded once for display. */
class ShareTest {
    @Test
    void a_share_is_kept_in_lowest_terms_so_equal_shares_are_equal() {
        assertEquals(Share.of(2, 3), Share.of(4, 6));
        assertEquals(2, Share.of(4, 6).numerator());
        assertEquals(3, Share.of(4, 6).denominator());
        assertEquals(Share.NONE, Share.of(0, 7));
        assertEquals(Share.ALL, Share.of(5, 5));
    }

    @Test
    void a_share_is_between_none_and_all_with_a_positive_denominator() {
        assertThrows(IllegalArgumentException.class, () -> Share.of(1, 0));
        assertThrows(IllegalArgumentException.class, () -> Share.of(-1, 2));
        assertThrows(IllegalArgumentException.class, () -> Share.of(3, 2));
    }

    @Test
    void the_mean_is_exact() {
        assertEquals(Share.of(2, 5), Share.mean(List.of(Share.NONE, Share.ALL, Share.NONE, Share.NONE, Share.ALL)));
        assertEquals(Share.of(5, 12), Share.mean(List.of(Share.of(1, 2), Share.of(1, 3))));
        assertEquals(Share.of(1, 3), Share.mean(List.of(Share.of(1, 3))));
        assertThrows(IllegalArgumentException.class, () -> Share.mean(List.of()));
    }

    @Test
    void more_than_is_strict_and_reaches_is_not() {
        Share threeQuarters = Share.of(3, 4);
        assertFalse(threeQuarters.isMoreThan(75));
        assertTrue(threeQuarters.isMoreThan(74));
        assertTrue(threeQuarters.reaches(75));
        assertFalse(threeQuarters.reaches(76));
    }

    @Test
    void two_thirds_is_more_than_66_and_below_67_whatever_its_rounding() {
        assertTrue(Share.of(2, 3).isMoreThan(66));
        assertFalse(Share.of(2, 3).reaches(67));
        assertEquals(67, Share.of(2, 3).percent());
    }

    @Test
    void the_percentage_is_rounded_half_up_for_display() {
        assertEquals(33, Share.of(1, 3).percent());
        assertEquals(13, Share.of(1, 8).percent());
        assertEquals(63, Share.of(5, 8).percent());
        assertEquals(0, Share.NONE.percent());
        assertEquals(100, Share.ALL.percent());
    }
}
