package org.coplaunchpad.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.coplaunchpad.answers.LaunchThresholds;
import org.junit.jupiter.api.Test;

/** The settings the rules read. */
class RulesTest {
    @Test
    void the_defaults_are_the_stored_thresholds_and_a_quorum_of_three() {
        assertEquals(LaunchThresholds.DEFAULT, Rules.DEFAULT.thresholds());
        assertEquals(3, Rules.DEFAULT.quorum());
        assertEquals(new Rules(60, 80, 5), Rules.of(new LaunchThresholds(60, 80), 5));
    }

    @Test
    void thresholds_are_percentages_and_the_quorum_at_least_one_member() {
        assertThrows(IllegalArgumentException.class, () -> new Rules(101, 75, 3));
        assertThrows(IllegalArgumentException.class, () -> new Rules(50, -1, 3));
        assertThrows(IllegalArgumentException.class, () -> new Rules(50, 75, 0));
    }

    @Test
    void form_values_parse_to_rules_or_to_nothing() {
        assertEquals(Optional.of(new Rules(60, 80, 4)), Rules.parse(" 60", "80 ", " 4 "));
        assertEquals(Optional.empty(), Rules.parse("60", "80", "0"));
        assertEquals(Optional.empty(), Rules.parse("60", "80", "three"));
        assertEquals(Optional.empty(), Rules.parse("60", "180", "3"));
        assertEquals(Optional.empty(), Rules.parse(null, "80", "3"));
        assertEquals(Optional.empty(), Rules.parse("60", "80", null));
    }
}
