package org.coplaunchpad.answers;

import java.util.Arrays;
import java.util.Optional;

/** The columns the institution overview can be sorted by in SQL. */
public enum OverviewSort {
    SPACE("space"),
    RESPONDENTS("respondents"),
    ACTIVITY("activity");

    private final String parameterValue;

    OverviewSort(String parameterValue) {
        this.parameterValue = parameterValue;
    }

    public String parameterValue() {
        return parameterValue;
    }

    public static Optional<OverviewSort> fromParameterValue(String value) {
        return Arrays.stream(values()).filter(sort -> sort.parameterValue.equals(value)).findFirst();
    }
}
