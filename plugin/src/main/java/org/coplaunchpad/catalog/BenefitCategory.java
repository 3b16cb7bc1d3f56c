package org.coplaunchpad.catalog;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The four benefit lists of the seed page, in the page's order. The parameter value is what a coach
 * types into the benefits macro, so it is a contract just like the item keys: never rename one.
 */
public enum BenefitCategory {
    INSTITUTION_POTENTIALS("institution-potentials"),
    INSTITUTION_BENEFITS("institution-benefits"),
    PARTICIPANT_ATTITUDES("participant-attitudes"),
    PARTICIPANT_BENEFITS("participant-benefits");

    private static final List<String> PARAMETER_VALUES =
            Arrays.stream(values()).map(BenefitCategory::parameterValue).toList();

    private final String parameterValue;

    BenefitCategory(String parameterValue) {
        this.parameterValue = parameterValue;
    }

    /** The value of the benefits macro's category parameter that selects this list. */
    public String parameterValue() {
        return parameterValue;
    }

    /** The i18n key of the list's heading. */
    public String titleKey() {
        return I18nKeys.categoryTitle(parameterValue);
    }

    /** The category whose parameter value is exactly {@code value}; empty for anything else, null included. */
    public static Optional<BenefitCategory> fromParameterValue(String value) {
        return Arrays.stream(values()).filter(c -> c.parameterValue.equals(value)).findFirst();
    }

    /** The four parameter values, in seed order (what the macro editor offers). */
    public static List<String> parameterValues() {
        return PARAMETER_VALUES;
    }
}
