package org.coplaunchpad.decision;

import java.util.List;

/**
 * The decision macro's view: either one line saying no decision was recorded yet ({@code decided} false, only
 * {@code language} and {@code noneText} set), or the latest decision of a checklist — what ({@code decisionKey},
 * {@code kindText}), who ({@code byText}: the decider's full name or "a removed user"), when, on which round, why
 * ({@code rationale}: plain text, empty when none) and on which conditions — with the decided round's frozen figures
 * in brief. Immutable.
 */
public record DecisionView(String language, boolean decided, String noneText, String decisionKey, int roundNumber,
                           String title, String kindText, String byLabel, String byText, String atLabel, String atText,
                           String roundText, String rationaleLabel, String rationale, String conditionsLabel,
                           List<String> conditions, FiguresView figures) {
    public DecisionView {
        conditions = List.copyOf(conditions);
    }

    /** Before any decision of the checklist. */
    static DecisionView none(String language, String noneText) {
        return new DecisionView(language, false, noneText, "", 0, "", "", "", "", "", "", "", "", "", "", List.of(),
                FiguresView.NONE);
    }

    public boolean hasRationale() {
        return !rationale.isEmpty();
    }

    public boolean hasConditions() {
        return !conditions.isEmpty();
    }

    /**
     * The decided round's figures as frozen when it closed, never the open round's: each text is empty when it is not
     * shown. {@code withheldText}: a confidential round with fewer than three respondents shows that line and no
     * figure at all. {@code shown} false when the round's figures could not be found (then nothing is shown).
     */
    public record FiguresView(boolean shown, String title, String respondentsText, String scoreText,
                              String suggestionKey, String suggestionText, String metText, String withheldText) {
        static final FiguresView NONE = new FiguresView(false, "", "", "", "", "", "", "");

        public boolean withheld() {
            return !withheldText.isEmpty();
        }
    }
}
