package org.coplaunchpad.dashboard;

import java.util.Arrays;
import java.util.Optional;

/** The columns the institution overview can be sorted by ({@code ?sort=}); ties go by space, then checklist. */
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
