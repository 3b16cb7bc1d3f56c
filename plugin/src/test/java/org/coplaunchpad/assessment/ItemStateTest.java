package org.coplaunchpad.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Optional;
import org.coplaunchpad.answers.Answer;
import org.coplaunchpad.answers.AnswerCounts;
import org.junit.jupiter.api.Test;

/** Each item state, its boundary and the order in which the states are tried (quorum 3, majority 50 % unless said). */
class ItemStateTest {
    private static final Rules RULES = Rules.DEFAULT;

    private static ItemState state(int yes, int partly, int no, int unknown) {
        return ItemState.personal(new AnswerCounts(yes, partly, no, unknown), RULES);
    }

    private static ItemState state(int yes, int partly, int no, int unknown, Rules rules) {
        return ItemState.personal(new AnswerCounts(yes, partly, no, unknown), rules);
    }

    @Test
    void the_default_rules_are_a_majority_of_50_a_readiness_of_75_and_a_quorum_of_3() {
        assertEquals(new Rules(50, 75, 3), RULES);
    }

    @Test
    void two_yes_and_one_no_is_met() {
        assertEquals(ItemState.MET, state(2, 0, 1, 0));
    }

    @Test
    void two_yes_and_two_no_is_split() {
        assertEquals(ItemState.SPLIT, state(2, 0, 2, 0));
    }

    @Test
    void one_yes_and_one_no_is_too_few() {
        assertEquals(ItemState.TOO_FEW, state(1, 0, 1, 0));
    }

    @Test
    void one_yes_and_two_unknown_is_unknown() {
        assertEquals(ItemState.UNKNOWN, state(1, 0, 0, 2));
    }

    @Test
    void no_answer_at_all_is_not_assessed() {
        assertEquals(ItemState.NOT_ASSESSED, state(0, 0, 0, 0));
    }

    @Test
    void only_i_dont_know_is_unknown_not_unassessed() {
        assertEquals(ItemState.UNKNOWN, state(0, 0, 0, 1));
    }

    @Test
    void as_many_unknown_as_opinions_is_unknown_one_fewer_is_not() {
        assertEquals(ItemState.UNKNOWN, state(2, 0, 1, 3));
        assertEquals(ItemState.MET, state(2, 0, 1, 2));
    }

    @Test
    void unknown_wins_over_too_few() {
        assertEquals(ItemState.UNKNOWN, state(1, 0, 0, 1));
    }

    @Test
    void the_quorum_counts_opinions_not_i_dont_know() {
        assertEquals(ItemState.TOO_FEW, state(2, 0, 0, 1));
        assertEquals(ItemState.MET, state(3, 0, 0, 1));
    }

    @Test
    void exactly_the_quorum_of_opinions_is_enough() {
        assertEquals(ItemState.MET, state(3, 0, 0, 0));
        assertEquals(ItemState.TOO_FEW, state(2, 0, 0, 0));
    }

    @Test
    void the_item_quorum_follows_the_setting() {
        assertEquals(ItemState.MET, state(1, 0, 0, 0, new Rules(50, 75, 1)));
        assertEquals(ItemState.TOO_FEW, state(4, 0, 0, 0, new Rules(50, 75, 5)));
    }

    @Test
    void too_few_wins_over_split() {
        assertEquals(ItemState.TOO_FEW, state(1, 0, 1, 0, new Rules(50, 75, 3)));
        assertEquals(ItemState.SPLIT, state(1, 0, 1, 0, new Rules(50, 75, 2)));
    }

    @Test
    void split_needs_more_than_a_third_on_each_side_exactly_a_third_is_not_split() {
        // 3 yes, 2 no, 1 partly: no is exactly a third of 6 opinions
        assertEquals(ItemState.MET, state(3, 1, 2, 0));
        // 3 yes, 3 no: both halves
        assertEquals(ItemState.SPLIT, state(3, 0, 3, 0));
        // 4 yes, 2 no: no is exactly a third
        assertEquals(ItemState.MET, state(4, 0, 2, 0));
        // 3 yes, 2 no: no is 40 %
        assertEquals(ItemState.SPLIT, state(3, 0, 2, 0));
    }

    @Test
    void partly_counts_for_neither_side_of_a_split_but_in_the_opinions() {
        // 2 yes, 2 no, 2 partly: each side exactly a third of 6 opinions, so not split; agreement 50 %, not met
        assertEquals(ItemState.NOT_MET, state(2, 2, 2, 0));
        // 2 yes, 2 no, 1 partly: each side 40 %
        assertEquals(ItemState.SPLIT, state(2, 1, 2, 0));
    }

    @Test
    void split_wins_over_met() {
        // agreement (3 + 0) / 5 = 60 % would be met, but 2 of 5 said no
        assertEquals(ItemState.SPLIT, state(3, 0, 2, 0));
    }

    @Test
    void partly_counts_half_for_agreement() {
        assertEquals(Optional.of(Share.of(2, 3)), ItemState.agreement(new AnswerCounts(1, 2, 0, 0)));
        assertEquals(ItemState.MET, state(1, 2, 0, 0));
        assertEquals(ItemState.NOT_MET, state(0, 3, 0, 0));
        assertEquals(ItemState.MET, state(0, 3, 0, 0, new Rules(49, 75, 3)));
    }

    @Test
    void the_agreement_leaves_i_dont_know_out() {
        // (2 + 0.5) / 4, the five "I don't know" aside
        assertEquals(Optional.of(Share.of(5, 8)), ItemState.agreement(new AnswerCounts(2, 1, 1, 5)));
    }

    @Test
    void nobody_with_an_opinion_has_no_agreement() {
        assertEquals(Optional.empty(), ItemState.agreement(new AnswerCounts(0, 0, 0, 2)));
        assertEquals(Optional.empty(), ItemState.agreement(AnswerCounts.NONE));
    }

    @Test
    void the_majority_must_be_strictly_exceeded() {
        // 1 yes, 1 partly, 1 no: (1 + 0.5) / 3 = exactly 50 %
        assertEquals(ItemState.NOT_MET, state(1, 1, 1, 0));
        // 3 yes, 2 partly: (3 + 1) / 5 = exactly 80 %
        assertEquals(ItemState.NOT_MET, state(3, 2, 0, 0, new Rules(80, 75, 3)));
        assertEquals(ItemState.MET, state(3, 2, 0, 0, new Rules(79, 75, 3)));
    }

    @Test
    void a_majority_threshold_just_below_the_agreement_meets_it_and_one_at_it_does_not() {
        // 2 yes, 1 partly, 1 no: 62.5 %, one no of 4 is not a split
        assertEquals(ItemState.MET, state(2, 1, 1, 0, new Rules(62, 75, 3)));
        assertEquals(ItemState.NOT_MET, state(2, 1, 1, 0, new Rules(63, 75, 3)));
        // 1 yes, 3 partly: (1 + 1.5) / 4 = 62.5 % too
        assertEquals(ItemState.NOT_MET, state(1, 3, 0, 0, new Rules(63, 75, 3)));
    }

    @Test
    void a_majority_of_100_is_never_met_and_a_majority_of_0_needs_some_agreement() {
        assertEquals(ItemState.NOT_MET, state(5, 0, 0, 0, new Rules(100, 75, 3)));
        assertEquals(ItemState.MET, state(1, 0, 2, 0, new Rules(0, 75, 3)));
        assertEquals(ItemState.NOT_MET, state(0, 0, 3, 0, new Rules(0, 75, 3)));
    }

    @Test
    void all_no_is_not_met() {
        assertEquals(ItemState.NOT_MET, state(0, 0, 3, 0));
    }

    @Test
    void in_shared_mode_only_yes_is_met() {
        assertEquals(ItemState.MET, ItemState.shared(Answer.YES));
        assertEquals(ItemState.NOT_MET, ItemState.shared(Answer.PARTLY));
        assertEquals(ItemState.NOT_MET, ItemState.shared(Answer.NO));
        assertEquals(ItemState.UNKNOWN, ItemState.shared(Answer.UNKNOWN));
        assertEquals(ItemState.NOT_ASSESSED, ItemState.shared(Answer.NONE));
        assertEquals(ItemState.NOT_ASSESSED, ItemState.shared(null));
    }

    @Test
    void only_met_scores() {
        Arrays.stream(ItemState.values())
                .forEach(state -> assertEquals(state == ItemState.MET, state.isMet(), state.name()));
        assertTrue(ItemState.MET.isMet());
        assertFalse(ItemState.NOT_MET.isMet());
    }
}
