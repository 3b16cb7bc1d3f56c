package org.coplaunchpad.decision;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an action of a plan may be about and carry, as pure rules: only a "not yet" or a "launch with conditions"
 * starts a plan; an action is about an item of the decided round that was not met (not met, split, members do not
 * know, too few opinions, not assessed) or about one of the decision's conditions; it has a due day and an optional
 * description of at most 500 characters.
 */
public final class ActionRules {
    public static final int MAX_DESCRIPTION_LENGTH = 500;
    /** The states of a frozen item an action may be about: every state but met. */
    private static final Set<String> WORTH_AN_ACTION = Set.of("not-met", "split", "unknown", "too-few", "not-assessed");
    /** A day as a date field sends it: ISO would also take a signed year of five digits or more (+12027-01-01). */
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private ActionRules() {
    }

    /** Whether a decision of this kind (its key) starts a plan. */
    public static boolean startsAPlan(String decisionKey) {
        return LaunchDecision.fromKey(decisionKey)
                .map(decision -> decision == LaunchDecision.NOT_YET || decision == LaunchDecision.LAUNCH_WITH_CONDITIONS)
                .orElse(false);
    }

    /** Whether an item of the decided round, in this frozen state, may become an action. */
    public static boolean worthAnAction(String frozenState) {
        // Set.of(...).contains(null) throws: no state is simply not one worth an action.
        return frozenState != null && WORTH_AN_ACTION.contains(frozenState);
    }

    /** A due day as a date field sends it (2027-01-15, a four-digit year); empty when it is not one. */
    public static Optional<LocalDate> dueDay(String value) {
        if (value == null || !DAY.matcher(value.trim()).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.trim()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A description as typed, made plain ({@code PlainText}); empty when it is longer than allowed. */
    public static Optional<String> description(String value) {
        String text = org.coplaunchpad.answers.PlainText.of(value);
        return text.codePointCount(0, text.length()) > MAX_DESCRIPTION_LENGTH ? Optional.empty() : Optional.of(text);
    }

    /**
     * What an action is about, as the form names it: {@code item:KEY} or {@code condition:N} (N from 1, the
     * decision's N-th condition).
     */
    public record Subject(Optional<String> itemKey, Optional<Integer> condition) {
        public static Optional<Subject> parse(String value) {
            if (value == null) {
                return Optional.empty();
            }
            if (value.startsWith("item:") && value.length() > "item:".length() && value.length() <= 105) {
                return Optional.of(new Subject(Optional.of(value.substring("item:".length())), Optional.empty()));
            }
            if (value.matches("condition:\\d{1,3}")) {
                return Optional.of(new Subject(Optional.empty(),
                        Optional.of(Integer.parseInt(value.substring("condition:".length())))));
            }
            return Optional.empty();
        }
    }
}
