package org.coplaunchpad.answers;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A member's (or the team's) answer to one readiness item. {@link #NONE} is an item left or made unanswered: it is
 * stored (the answer's revisions go on) but counts for nothing. The value is what the form posts, what the JSON
 * says and what the ANSWER column holds.
 */
public enum Answer {
    YES("yes"),
    PARTLY("partly"),
    NO("no"),
    /** "I don't know": counted apart, because it says the information has not reached the members. */
    UNKNOWN("unknown"),
    NONE("none");

    /** The answers a member can give, in the order the page offers them. */
    public static final List<Answer> GIVEN = List.of(YES, PARTLY, NO, UNKNOWN);

    private final String value;

    Answer(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    public boolean isGiven() {
        return this != NONE;
    }

    /** The i18n key of the answer's name: « Oui », « En partie », « Non », « Je ne sais pas », « Sans réponse ». */
    public String labelKey() {
        return "cop-launchpad.answer." + value;
    }

    /** The answer a value names exactly (lower case, as posted), if any. */
    public static Optional<Answer> fromValue(String value) {
        return Arrays.stream(values()).filter(answer -> answer.value.equals(value)).findFirst();
    }

    /** The stored value read back; anything this version does not know reads as unanswered. */
    static Answer stored(String value) {
        return value == null ? NONE : fromValue(value.toLowerCase(Locale.ROOT)).orElse(NONE);
    }
}
