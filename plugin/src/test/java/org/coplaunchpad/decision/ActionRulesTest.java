package org.coplaunchpad.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.coplaunchpad.decision.ActionRules.Subject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What an action of a plan may be about and carry, without Confluence or a database: only "not yet" and "launch with
 * conditions" start a plan; every frozen state but met is worth an action; a due day is an ISO day with a four-digit
 * year, as a date field sends it; a description is plain text of at most 500 characters as people see them (code
 * points); a subject is an item or a condition, as the form names it.
 */
class ActionRulesTest {
    /** A character outside the Basic Multilingual Plane: one code point, two Java chars. */
    private static final String GRINNING = "\uD83D\uDE00";

    @ParameterizedTest(name = "{0}")
    @EnumSource(LaunchDecision.class)
    void only_not_yet_and_launch_with_conditions_start_a_plan(LaunchDecision decision) {
        boolean expected = decision == LaunchDecision.NOT_YET || decision == LaunchDecision.LAUNCH_WITH_CONDITIONS;

        assertEquals(expected, ActionRules.startsAPlan(decision.key()));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {"NOT-YET", "not_yet", " not-yet", "launch-with-conditions ", "ready", "maybe"})
    void a_key_that_is_no_decision_starts_no_plan(String key) {
        assertFalse(ActionRules.startsAPlan(key));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"not-met", "split", "unknown", "too-few", "not-assessed"})
    void every_frozen_state_but_met_is_worth_an_action(String state) {
        assertTrue(ActionRules.worthAnAction(state));
    }

    @Test
    void a_met_item_is_not_worth_an_action() {
        assertFalse(ActionRules.worthAnAction("met"));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "MET", "Not-met", "not met", "not-met ", "ready"})
    void a_state_no_round_freezes_is_not_worth_an_action(String state) {
        assertFalse(ActionRules.worthAnAction(state));
    }

    /** A frozen item without a state (a row an older release wrote) must not break the plan: Set.of throws on null. */
    @ParameterizedTest
    @NullSource
    void no_state_is_not_worth_an_action_and_does_not_throw(String state) {
        assertFalse(ActionRules.worthAnAction(state));
    }

    @Test
    void a_due_day_is_read_as_a_date_field_sends_it() {
        assertEquals(Optional.of(LocalDate.of(2027, 1, 15)), ActionRules.dueDay("2027-01-15"));
    }

    @Test
    void a_due_day_is_trimmed() {
        assertEquals(Optional.of(LocalDate.of(2027, 1, 15)), ActionRules.dueDay(" \t2027-01-15\n "));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t\r\n"})
    void a_blank_due_day_is_none(String value) {
        assertEquals(Optional.empty(), ActionRules.dueDay(value));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"tomorrow", "15/01/2027", "2027-1-15", "2027-01-15T12:00", "2027-01", "2027-13-01",
            "2027-01-32", "2027 01 15", "2027-01-15x"})
    void a_due_day_that_is_no_iso_day_is_refused(String value) {
        assertEquals(Optional.empty(), ActionRules.dueDay(value));
    }

    @Test
    void a_day_the_calendar_does_not_have_is_refused_not_moved_to_the_end_of_the_month() {
        assertEquals(Optional.empty(), ActionRules.dueDay("2027-02-30"));
        assertEquals(Optional.empty(), ActionRules.dueDay("2027-02-29"), "2027 is no leap year");
        assertEquals(Optional.of(LocalDate.of(2028, 2, 29)), ActionRules.dueDay("2028-02-29"));
    }

    /** ISO lets a year have more digits with a sign; a date field never sends one, and a plan lives in this era. */
    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"+12027-01-01", "12027-01-01", "-2027-01-01", "+2027-01-01", "27-01-01", "027-01-01"})
    void a_due_day_needs_a_year_of_exactly_four_digits(String value) {
        assertEquals(Optional.empty(), ActionRules.dueDay(value));
    }

    @Test
    void digits_of_another_script_are_no_due_day() {
        // Arabic-Indic digits: Character.isDigit says yes, a date field never sends them.
        assertEquals(Optional.empty(), ActionRules.dueDay("\u0662\u0660\u0662\u0667-01-15"));
    }

    @Test
    void a_description_is_plain_text_line_ends_lf_control_characters_dropped_and_trimmed() {
        assertEquals(Optional.of("Call the sponsor\nand the coach"),
                ActionRules.description("  Call the\u0000 sponsor\r\nand the coach\u0007 \r\n"));
    }

    @Test
    void no_description_is_an_empty_one() {
        assertEquals(Optional.of(""), ActionRules.description(null));
        assertEquals(Optional.of(""), ActionRules.description(" \r\n\t"));
    }

    @Test
    void a_description_of_five_hundred_code_points_is_accepted_counted_in_code_points_not_chars() {
        String longest = GRINNING.repeat(ActionRules.MAX_DESCRIPTION_LENGTH);
        assertEquals(1_000, longest.length(), "twice as many chars as the limit");

        assertEquals(Optional.of(longest), ActionRules.description(longest), "kept whole");
    }

    @Test
    void a_description_of_five_hundred_and_one_code_points_is_refused_not_cut() {
        assertEquals(Optional.empty(), ActionRules.description(GRINNING.repeat(ActionRules.MAX_DESCRIPTION_LENGTH + 1)));
        assertEquals(Optional.empty(), ActionRules.description("a".repeat(ActionRules.MAX_DESCRIPTION_LENGTH + 1)));
    }

    @Test
    void a_description_is_measured_once_made_plain() {
        String longest = "a".repeat(ActionRules.MAX_DESCRIPTION_LENGTH);

        assertEquals(Optional.of(longest), ActionRules.description("  \r\n" + longest + "\u0000\u0000\n\t "),
                "spaces around and control characters are not counted");
    }

    @Test
    void an_item_subject_names_the_item_key() {
        assertEquals(Optional.of(new Subject(Optional.of("relevant-purpose"), Optional.empty())),
                Subject.parse("item:relevant-purpose"));
    }

    @Test
    void an_item_key_of_one_hundred_characters_fits_the_column_and_one_more_is_refused() {
        String longest = "k".repeat(100);

        assertEquals(Optional.of(longest), Subject.parse("item:" + longest).flatMap(Subject::itemKey));
        assertEquals(Optional.empty(), Subject.parse("item:" + longest + "k"));
    }

    @Test
    void a_condition_subject_names_the_condition_by_its_number_from_one() {
        assertEquals(Optional.of(new Subject(Optional.empty(), Optional.of(1))), Subject.parse("condition:1"));
        assertEquals(Optional.of(20), Subject.parse("condition:20").flatMap(Subject::condition));
        assertEquals(Optional.of(7), Subject.parse("condition:007").flatMap(Subject::condition));
    }

    /** The rules only read the number: whether the decision has that condition is for the plan to check. */
    @Test
    void condition_zero_parses_and_is_left_to_the_decision_to_refuse() {
        assertEquals(Optional.of(0), Subject.parse("condition:0").flatMap(Subject::condition));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {"item:", "condition:", "condition:1234", "condition:-1", "condition:1a", "condition: 1",
            "Item:coach", "ITEM:coach", " item:coach", "coach", "condition", "item", "decision:1"})
    void anything_else_is_no_subject(String value) {
        assertEquals(Optional.empty(), Subject.parse(value));
    }
}
