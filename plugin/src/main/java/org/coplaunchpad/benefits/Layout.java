package org.coplaunchpad.benefits;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** How the benefit lists are laid out: the macro's {@code layout} parameter. */
enum Layout {
    CARDS("cards"),
    LIST("list");

    private final String parameterValue;

    Layout(String parameterValue) {
        this.parameterValue = parameterValue;
    }

    String parameterValue() {
        return parameterValue;
    }

    static Optional<Layout> fromParameterValue(String value) {
        return Arrays.stream(values()).filter(layout -> layout.parameterValue.equals(value)).findFirst();
    }

    static List<String> parameterValues() {
        return Arrays.stream(values()).map(Layout::parameterValue).toList();
    }
}
