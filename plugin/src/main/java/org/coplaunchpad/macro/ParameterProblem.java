package org.coplaunchpad.macro;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A macro parameter value the app does not know (the parameter, the bad value(s) and what is allowed), or two
 * values that cannot go together ({@code other}: the second parameter and its value).
 */
public record ParameterProblem(String parameter, String value, List<String> allowed, Optional<Map.Entry<String, String>> other) {
    public ParameterProblem {
        allowed = List.copyOf(allowed);
    }

    public ParameterProblem(String parameter, String value, List<String> allowed) {
        this(parameter, value, allowed, Optional.empty());
    }

    /** {@code parameter=value} and {@code otherParameter=otherValue} cannot go together. */
    public static ParameterProblem conflict(String parameter, String value, String otherParameter, String otherValue) {
        return new ParameterProblem(parameter, value, List.of(), Optional.of(Map.entry(otherParameter, otherValue)));
    }

    /** The inline error a macro shows for this problem, in the viewer's language. */
    public MacroErrorView toErrorView(String titleKey, Texts texts) {
        if (other.isPresent()) {
            return new MacroErrorView(texts.get(titleKey), texts.get("cop-launchpad.macro.error.conflict", parameter,
                    value, other.get().getKey(), other.get().getValue()));
        }
        return new MacroErrorView(texts.get(titleKey),
                texts.get("cop-launchpad.macro.error.unknown-value", parameter, value, String.join(", ", allowed)));
    }
}
