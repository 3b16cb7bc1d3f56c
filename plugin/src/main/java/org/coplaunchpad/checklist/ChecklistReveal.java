package org.coplaunchpad.checklist;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * When a member sees how the others answered an item of a personal checklist (the macro's {@code reveal}
 * parameter): only once they have answered it themself, so that the others' answers do not anchor theirs, or
 * always. Pages that disagree give after-answer: the candid setting wins.
 */
public enum ChecklistReveal {
    AFTER_ANSWER("after-answer"),
    ALWAYS("always");

    private final String parameterValue;

    ChecklistReveal(String parameterValue) {
        this.parameterValue = parameterValue;
    }

    public String parameterValue() {
        return parameterValue;
    }

    public static Optional<ChecklistReveal> fromParameterValue(String value) {
        return Arrays.stream(values()).filter(reveal -> reveal.parameterValue.equals(value)).findFirst();
    }

    public static List<String> parameterValues() {
        return Arrays.stream(values()).map(ChecklistReveal::parameterValue).toList();
    }
}
