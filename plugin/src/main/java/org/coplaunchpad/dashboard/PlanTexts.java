package org.coplaunchpad.dashboard;

import java.util.Locale;
import org.coplaunchpad.decision.ActionRules;
import org.coplaunchpad.macro.Texts;

/** The words of a refused change of a plan, in the viewer's language. */
final class PlanTexts {
    private PlanTexts() {
    }

    static String refusal(ActionOutcome outcome, Texts texts) {
        ActionOutcome.Refusal refusal = outcome.refusal().orElseThrow();
        String key = "cop-launchpad.actions.refused." + refusal.name().toLowerCase(Locale.ROOT).replace('_', '-');
        return switch (refusal) {
            case UNKNOWN_OWNER, OWNER_CANNOT_VIEW, BAD_DUE_DATE -> texts.get(key, outcome.detail());
            case DESCRIPTION_TOO_LONG -> texts.get(key, ActionRules.MAX_DESCRIPTION_LENGTH);
            default -> texts.get(key);
        };
    }
}
