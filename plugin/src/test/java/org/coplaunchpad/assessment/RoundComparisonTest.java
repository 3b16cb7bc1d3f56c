package org.coplaunchpad.assessment;

import static org.coplaunchpad.assessment.ItemState.MET;
import static org.coplaunchpad.assessment.ItemState.NOT_ASSESSED;
import static org.coplaunchpad.assessment.ItemState.NOT_MET;
import static org.coplaunchpad.assessment.ItemState.SPLIT;
import static org.coplaunchpad.assessment.ItemState.TOO_FEW;
import static org.coplaunchpad.assessment.ItemState.UNKNOWN;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coplaunchpad.assessment.RoundComparison.Change;
import org.coplaunchpad.assessment.RoundComparison.ItemChange;
import org.junit.jupiter.api.Test;

/** Better, worse, same, not asked then: the order of the states and the comparison of two rounds' items. */
class RoundComparisonTest {
    private static Map<String, ItemState> round(Object... keysAndStates) {
        Map<String, ItemState> round = new LinkedHashMap<>();
        for (int i = 0; i < keysAndStates.length; i += 2) {
            round.put((String) keysAndStates[i], (ItemState) keysAndStates[i + 1]);
        }
        return round;
    }

    @Test
    void met_ranks_above_every_answered_state_which_ranks_above_not_assessed() {
        assertEquals(2, RoundComparison.rank(MET));
        for (ItemState answered : List.of(UNKNOWN, TOO_FEW, SPLIT, NOT_MET)) {
            assertEquals(1, RoundComparison.rank(answered), answered.name());
        }
        assertEquals(0, RoundComparison.rank(NOT_ASSESSED));
    }

    @Test
    void every_state_has_a_rank() {
        for (ItemState state : ItemState.values()) {
            RoundComparison.rank(state);
        }
    }

    @Test
    void becoming_met_is_better_and_losing_it_worse() {
        assertEquals(Change.BETTER, RoundComparison.change(NOT_MET, MET));
        assertEquals(Change.BETTER, RoundComparison.change(NOT_ASSESSED, MET));
        assertEquals(Change.WORSE, RoundComparison.change(MET, SPLIT));
        assertEquals(Change.WORSE, RoundComparison.change(MET, NOT_ASSESSED));
    }

    @Test
    void being_answered_at_all_is_better_than_not_being_assessed_and_falling_silent_worse() {
        assertEquals(Change.BETTER, RoundComparison.change(NOT_ASSESSED, TOO_FEW));
        assertEquals(Change.WORSE, RoundComparison.change(NOT_MET, NOT_ASSESSED));
    }

    @Test
    void moving_between_the_answered_but_not_met_states_is_the_same() {
        assertEquals(Change.SAME, RoundComparison.change(NOT_MET, SPLIT));
        assertEquals(Change.SAME, RoundComparison.change(UNKNOWN, TOO_FEW));
        assertEquals(Change.SAME, RoundComparison.change(MET, MET));
        assertEquals(Change.SAME, RoundComparison.change(NOT_ASSESSED, NOT_ASSESSED));
    }

    @Test
    void items_outside_the_earlier_scope_were_not_asked_then_and_those_outside_the_later_one_are_not_asked_now() {
        List<ItemChange> changes = RoundComparison.compare(round("coach", NOT_MET, "purpose", MET, "dropped", SPLIT),
                round("coach", MET, "purpose", MET, "added", TOO_FEW));

        assertEquals(List.of(
                new ItemChange("coach", Optional.of(NOT_MET), Optional.of(MET), Change.BETTER),
                new ItemChange("purpose", Optional.of(MET), Optional.of(MET), Change.SAME),
                new ItemChange("added", Optional.empty(), Optional.of(TOO_FEW), Change.NOT_ASKED_THEN),
                new ItemChange("dropped", Optional.of(SPLIT), Optional.empty(), Change.NOT_ASKED_NOW)), changes);
    }

    @Test
    void the_later_rounds_order_comes_first() {
        List<ItemChange> changes = RoundComparison.compare(round("a", MET, "b", MET), round("b", NOT_MET, "a", MET));
        assertEquals(List.of("b", "a"), changes.stream().map(ItemChange::itemKey).toList());
        assertEquals(Change.WORSE, changes.get(0).change());
    }

    @Test
    void the_tally_counts_every_change_zero_included() {
        Map<Change, Integer> tally = RoundComparison.tally(RoundComparison.compare(round("a", NOT_MET, "b", MET),
                round("a", MET, "b", MET, "c", MET)));
        assertEquals(Map.of(Change.BETTER, 1, Change.WORSE, 0, Change.SAME, 1, Change.NOT_ASKED_THEN, 1,
                Change.NOT_ASKED_NOW, 0), tally);
        assertEquals(List.of(Change.values()), List.copyOf(tally.keySet()));
    }

    @Test
    void the_change_keys_are_those_of_the_texts_and_the_markup() {
        assertEquals(List.of("better", "worse", "same", "not-asked-then", "not-asked-now"),
                List.of(Change.values()).stream().map(Change::key).toList());
    }

    @Test
    void two_empty_rounds_compare_to_nothing() {
        assertEquals(List.of(), RoundComparison.compare(Map.of(), Map.of()));
    }
}
