package org.coplaunchpad.macro;

import java.util.List;

/** A macro parameter value the app does not know: the parameter, the bad value(s) and what is allowed. */
public record ParameterProblem(String parameter, String value, List<String> allowed) {
    public ParameterProblem {
        allowed = List.copyOf(allowed);
    }

    /** The inline error a macro shows for this problem, in the viewer's language. */
    public MacroErrorView toErrorView(String titleKey, Texts texts) {
        return new MacroErrorView(texts.get(titleKey),
                texts.get("cop-launchpad.macro.error.unknown-value", parameter, value, String.join(", ", allowed)));
    }
}
