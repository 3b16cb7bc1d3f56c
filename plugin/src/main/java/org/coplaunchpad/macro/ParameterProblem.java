package org.coplaunchpad.benefits;

import java.util.List;

/** A macro parameter value the app does not know: the parameter, the bad value(s) and what is allowed. */
record ParameterProblem(String parameter, String value, List<String> allowed) {
    ParameterProblem {
        allowed = List.copyOf(allowed);
    }
}
