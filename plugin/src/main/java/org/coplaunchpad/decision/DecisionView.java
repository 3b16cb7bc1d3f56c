package org.coplaunchpad.decision;

import java.util.List;

/**
 * The decision macro's view: either one line saying no decision was recorded yet ({@code decided} false, only
 * {@code language} and {@code noneText} set), or the latest decision of a checklist — what ({@code decisionKey},
 * {@code kindText}), who ({@code byText}: the decider's full name or "a removed user"), when, on which round, why
 * ({@code rationale}: plain text, empty when none) and on which conditions — with the decided round's frozen figures
 * in brief, and the plan it started ({@code plan}). Immutable.
 */
public record DecisionView(String language, boolean decided, String noneText, String decisionKey, int roundNumber,
                           String title, String kindText, String byLabel, String byText, String atLabel, String atText,
                           String roundText, String rationaleLabel, String rationale, String conditionsLabel,
                           List<String> conditions, FiguresView figures, PlanView plan) {
    public DecisionView {
        conditions = List.copyOf(conditions);
    }

    /** Before any decision of the checklist. */
    static DecisionView none(String language, String noneText) {
        return new DecisionView(language, false, noneText, "", 0, "", "", "", "", "", "", "", "", "", "", List.of(),
                FiguresView.NONE, PlanView.NONE);
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

    /**
     * The actions that follow from the decision shown, deleted ones left out ({@code shown} false when there is none):
     * each with its owner's name, its due day and status. {@code formsShown}: whether the page may offer its forms
     * (a page viewed in the browser, not its preview or an export); their {@code atl_token} and address are set by
     * the page script, which also marks overdue actions against the viewer's own today.
     */
    public record PlanView(boolean shown, String id, String title, String ownerLabel, String dueLabel,
                           String statusLabel, String overdueText, String doneButton, String reopenButton,
                           String servletPath, String spaceKey, long pageId, boolean formsShown,
                           List<PageActionView> actions) {
        static final PlanView NONE = new PlanView(false, "", "", "", "", "", "", "", "", "", "", 0L, false, List.of());

        public PlanView {
            actions = List.copyOf(actions);
        }
    }

    /**
     * One action on the page. {@code overdue}: open and due before today in UTC, what the page shows without script;
     * the script redoes it in the viewer's time zone from {@code dueIso}. {@code mayMarkDone} / {@code mayReopen}:
     * whether the viewer (its owner or a space administrator) is offered that form.
     */
    public record PageActionView(int id, String subjectText, String description, String ownerText, String dueText,
                             String dueIso, boolean overdue, String statusKey, String statusText, String doneText,
                             boolean mayMarkDone, boolean mayReopen) {
        public boolean hasDescription() {
            return !description.isEmpty();
        }
    }
}
