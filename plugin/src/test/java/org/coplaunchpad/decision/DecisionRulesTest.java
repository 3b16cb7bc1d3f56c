package org.coplaunchpad.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.coplaunchpad.assessment.Decision;
import org.coplaunchpad.decision.DecisionRules.Checked;
import org.coplaunchpad.decision.DecisionRules.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a recorded decision must carry, without Confluence or a database: a known decision, a rationale for abandon
 * (and, once the round is known, for any decision that differs from its suggestion), conditions with
 * launch-with-conditions and only with it, and plain texts that are never cut: too long is refused, counted in
 * characters as people see them (code points), not in UTF-16 units.
 */
class DecisionRulesTest {
    /** A character outside the Basic Multilingual Plane: one code point, two Java chars. */
    private static final String GRINNING = "\uD83D\uDE00";

    private static DecisionRules.Result check(String decision, String rationale, String conditions) {
        return DecisionRules.check(new DecisionForm("readiness", decision, rationale, conditions, false));
    }

    private static Optional<Refusal> refusal(String decision, String rationale, String conditions) {
        return check(decision, rationale, conditions).refusal();
    }

    private static Checked accepted(String decision, String rationale, String conditions) {
        DecisionRules.Result result = check(decision, rationale, conditions);
        assertEquals(Optional.empty(), result.refusal(), "accepted");
        return result.checked().orElseThrow();
    }

    private static String lines(int count, String line) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> line + " " + i).collect(Collectors.joining("\n"));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "maybe", "LAUNCH", "launch_with_conditions", "ready"})
    void a_decision_that_is_not_one_of_the_four_is_refused(String key) {
        assertEquals(Optional.of(Refusal.UNKNOWN_DECISION), refusal(key, "Because.", ""));
    }

    @Test
    void a_missing_decision_is_refused_as_unknown() {
        assertEquals(Optional.of(Refusal.UNKNOWN_DECISION),
                DecisionRules.check(new DecisionForm("readiness", null, null, null, false)).refusal());
    }

    @Test
    void each_of_the_four_decisions_is_known_by_its_key() {
        assertEquals(LaunchDecision.LAUNCH, accepted("launch", "", "").decision());
        assertEquals(LaunchDecision.LAUNCH_WITH_CONDITIONS, accepted("launch-with-conditions", "", "A coach").decision());
        assertEquals(LaunchDecision.NOT_YET, accepted("not-yet", "", "").decision());
        assertEquals(LaunchDecision.ABANDON, accepted("abandon", "No sponsor.", "").decision());
    }

    @Test
    void abandoning_needs_a_rationale_and_blank_is_none() {
        assertEquals(Optional.of(Refusal.RATIONALE_REQUIRED_FOR_ABANDON), refusal("abandon", "", ""));
        assertEquals(Optional.of(Refusal.RATIONALE_REQUIRED_FOR_ABANDON), refusal("abandon", " \r\n\t \n", ""));
        assertEquals("No sponsor.", accepted("abandon", "No sponsor.", "").rationale());
    }

    @Test
    void a_rationale_of_ten_thousand_characters_is_accepted_counted_in_code_points_not_chars() {
        String longest = GRINNING.repeat(DecisionRules.MAX_RATIONALE_LENGTH);
        assertEquals(20_000, longest.length(), "twice as many chars as the limit");

        assertEquals(longest, accepted("launch", longest, "").rationale(), "kept whole");
    }

    @Test
    void a_rationale_of_ten_thousand_and_one_characters_is_refused_not_cut() {
        String tooLong = GRINNING.repeat(DecisionRules.MAX_RATIONALE_LENGTH + 1);

        assertEquals(Optional.of(Refusal.RATIONALE_TOO_LONG), refusal("launch", tooLong, ""));
        assertEquals(Optional.of(Refusal.RATIONALE_TOO_LONG), refusal("launch", "a".repeat(10_001), ""));
    }

    @Test
    void the_length_is_counted_after_trimming() {
        String longest = "a".repeat(DecisionRules.MAX_RATIONALE_LENGTH);

        assertEquals(longest, accepted("launch", "  \r\n" + longest + "\n\t ", "").rationale());
    }

    @Test
    void line_ends_become_lf_and_the_rationale_is_trimmed() {
        assertEquals("First.\nSecond.\nThird.\n\nFourth.",
                accepted("launch", "  \r\n First.\r\nSecond.\rThird.\r\n\r\nFourth. \r\n ", "").rationale());
    }

    @Test
    void control_characters_but_tab_and_line_ends_are_dropped_from_every_text() {
        Checked checked = accepted("launch-with-conditions", "\u0000Ready\u0007\tnow\u001B[0m\u007F\u000B",
                "A\u0000 coach\n\u0000\n\tA budget\u000C");

        assertEquals("Ready\tnow[0m", checked.rationale());
        assertEquals(List.of("A coach", "A budget"), checked.conditions(), "a line of control characters is blank");
        assertEquals(Optional.of(Refusal.RATIONALE_REQUIRED_FOR_ABANDON), refusal("abandon", "\u0000\u0007", ""));
    }

    @Test
    void conditions_are_one_a_line_trimmed_with_blank_lines_dropped_whatever_the_line_ends() {
        Checked checked = accepted("launch-with-conditions", "",
                "\r\n  A coach is named  \r\n\r\n   \r\tA budget\rA date for the first meeting\n\n");

        assertEquals(List.of("A coach is named", "A budget", "A date for the first meeting"), checked.conditions());
    }

    @Test
    void launching_with_conditions_needs_at_least_one_condition() {
        assertEquals(Optional.of(Refusal.CONDITIONS_REQUIRED), refusal("launch-with-conditions", "Why not.", ""));
        assertEquals(Optional.of(Refusal.CONDITIONS_REQUIRED),
                refusal("launch-with-conditions", "Why not.", " \r\n \n\t\r "), "blank lines are no condition");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"launch", "not-yet", "abandon"})
    void conditions_come_only_with_launch_with_conditions(String decision) {
        assertEquals(Optional.of(Refusal.CONDITIONS_ONLY_WITH_CONDITIONS), refusal(decision, "A reason.", "A coach"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"launch", "not-yet", "abandon"})
    void blank_conditions_with_another_decision_are_no_conditions(String decision) {
        assertEquals(List.of(), accepted(decision, "A reason.", "\r\n  \n").conditions());
    }

    @Test
    void twenty_conditions_are_accepted_and_twenty_one_refused() {
        assertEquals(20, accepted("launch-with-conditions", "", lines(20, "Condition")).conditions().size());
        assertEquals(Optional.of(Refusal.TOO_MANY_CONDITIONS),
                refusal("launch-with-conditions", "", lines(21, "Condition")));
    }

    @Test
    void blank_lines_do_not_count_as_conditions() {
        String twentyAmongBlanks = lines(20, "Condition").replace("\n", "\n\n  \r\n");

        assertEquals(20, accepted("launch-with-conditions", "", twentyAmongBlanks).conditions().size());
    }

    @Test
    void a_condition_of_five_hundred_code_points_is_accepted_and_of_five_hundred_and_one_refused() {
        String longest = GRINNING.repeat(DecisionRules.MAX_CONDITION_LENGTH);
        String tooLong = GRINNING.repeat(DecisionRules.MAX_CONDITION_LENGTH + 1);

        assertEquals(List.of("Short", longest), accepted("launch-with-conditions", "", "Short\n" + longest).conditions());
        assertEquals(Optional.of(Refusal.CONDITION_TOO_LONG),
                refusal("launch-with-conditions", "", "Short\n" + tooLong + "\nShort again"));
    }

    @Test
    void a_condition_is_measured_after_trimming() {
        String longest = "a".repeat(DecisionRules.MAX_CONDITION_LENGTH);

        assertEquals(List.of(longest), accepted("launch-with-conditions", "", "   " + longest + "\t ").conditions());
    }

    @Test
    void the_form_refuses_nothing_about_the_suggestion_before_the_round_is_known() {
        assertEquals(Optional.empty(), refusal("not-yet", "", ""));
        assertEquals(Optional.empty(), refusal("launch", "", ""));
    }

    /**
     * Ready ↔ launch or launch with conditions; not yet ↔ not yet or abandon; when the app cannot decide, no decision
     * follows it. A decision that does not follow needs a rationale; with one, every decision is accepted.
     */
    @ParameterizedTest(name = "{0} on a {1} suggestion follows it: {2}")
    @CsvSource({
            "launch,                 READY,         true",
            "launch-with-conditions, READY,         true",
            "not-yet,                READY,         false",
            "abandon,                READY,         false",
            "launch,                 NOT_YET,       false",
            "launch-with-conditions, NOT_YET,       false",
            "not-yet,                NOT_YET,       true",
            "abandon,                NOT_YET,       true",
            "launch,                 CANNOT_DECIDE, false",
            "launch-with-conditions, CANNOT_DECIDE, false",
            "not-yet,                CANNOT_DECIDE, false",
            "abandon,                CANNOT_DECIDE, false",
    })
    void a_decision_that_differs_from_the_suggestion_needs_a_rationale(String key, Decision suggested, boolean follows) {
        LaunchDecision decision = LaunchDecision.fromKey(key).orElseThrow();
        List<String> conditions = decision == LaunchDecision.LAUNCH_WITH_CONDITIONS ? List.of("A coach") : List.of();

        assertEquals(follows, decision.follows(suggested));
        assertEquals(follows ? Optional.empty() : Optional.of(Refusal.RATIONALE_REQUIRED),
                DecisionRules.onRound(new Checked(decision, "", conditions), suggested), "without a rationale");
        assertEquals(Optional.empty(), DecisionRules.onRound(new Checked(decision, "Because.", conditions), suggested),
                "with a rationale");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(value = {"ready, READY", "not-yet, NOT_YET", "cannot-decide, CANNOT_DECIDE", "'', CANNOT_DECIDE"})
    void the_suggestion_a_frozen_round_stores_is_read_back(String stored, Decision suggestion) {
        assertEquals(suggestion, LaunchDecision.suggestion(stored));
        assertEquals(Decision.CANNOT_DECIDE, LaunchDecision.suggestion(null));
    }
}
