package org.coplaunchpad.decision;

import java.util.Locale;
import java.util.Optional;
import org.coplaunchpad.answers.RecordedDecision;
import org.coplaunchpad.answers.RoundStore.DecidedRound;
import org.coplaunchpad.assessment.Share;
import org.coplaunchpad.checklist.AnswerTexts;
import org.coplaunchpad.decision.DecisionView.FiguresView;
import org.coplaunchpad.macro.Texts;

/**
 * Builds the decision macro's view from what was recorded: the decision and the figures its round froze when it
 * closed. A confidential round (then, or its checklist now) shows no figure unless at least three members answered:
 * a figure of one or two members would tell what they answered.
 */
final class DecisionViews {
    /** The checklist's confidential rule: a figure of fewer opinions is not shown. */
    static final int MIN_CONFIDENTIAL_OPINIONS = AnswerTexts.MIN_CONFIDENTIAL_OPINIONS;
    private static final String K = "cop-launchpad.decision.macro.";
    private static final String MET = "met";

    private DecisionViews() {
    }

    static DecisionView none(String checklist, Texts texts) {
        return DecisionView.none(texts.languageTag(), texts.get(K + "none", checklist));
    }

    /**
     * {@code deciderText}: the decider's full name, or "a removed user". {@code round}: the decided
     * round, empty if it cannot be found. {@code confidentialNow}: whether the checklist's pages say so today.
     */
    static DecisionView decided(RecordedDecision decision, String deciderText, Optional<DecidedRound> round,
                                boolean confidentialNow, DecisionView.PlanView plan, Texts texts) {
        String kind = LaunchDecision.fromKey(decision.decision())
                .map(known -> texts.get("cop-launchpad.decision.kind." + known.key())).orElse(decision.decision());
        return new DecisionView(texts.languageTag(), true, "", decision.decision(), decision.roundNumber(),
                texts.get(K + "title"), kind, texts.get(K + "label.by"),
                deciderText,
                texts.get(K + "label.at"), texts.dateTime(decision.decidedAt()),
                texts.get(K + "round", decision.roundNumber()), texts.get(K + "label.rationale"), decision.rationale(),
                texts.get(K + "label.conditions"), decision.conditions(),
                round.map(closed -> figures(closed, confidentialNow, texts)).orElse(FiguresView.NONE), plan);
    }

    /**
     * Whether the checklist's confidentiality today can change what the round shows: only for a personal round that
     * was not confidential when it closed and has fewer than three respondents. Otherwise the macro does not read it.
     */
    static boolean dependsOnConfidentialityNow(DecidedRound round) {
        return !round.shared() && !round.confidential() && round.respondents() < MIN_CONFIDENTIAL_OPINIONS;
    }

    /** A shared round's figures are the team's answers, which have an author by nature: never confidential. */
    private static FiguresView figures(DecidedRound round, boolean confidentialNow, Texts texts) {
        DecidedRound figures = round;
        // The suggestion as stored (ready, not-yet, cannot-decide); a key a later release wrote reads as cannot-decide.
        String suggestion = LaunchDecision.suggestion(figures.decision()).name().toLowerCase(Locale.ROOT)
                .replace('_', '-');
        String suggestionText = texts.get(K + "suggestion", texts.get("cop-launchpad.dashboard.decision." + suggestion));
        String title = texts.get(K + "figures.title", round.number());
        boolean confidential = figures.confidential() || confidentialNow;
        if (confidential && !figures.shared() && figures.respondents() < MIN_CONFIDENTIAL_OPINIONS) {
            return new FiguresView(true, title, "", "", suggestion, suggestionText, "",
                    texts.get(K + "withheld", MIN_CONFIDENTIAL_OPINIONS));
        }
        String respondents = figures.shared() ? "" : texts.get(K + "respondents", figures.respondents());
        String score = figures.hasScore()
                ? texts.get(K + "score", Share.of(figures.scoreNumerator(), figures.scoreDenominator()).percent()) : "";
        long met = figures.itemStates().stream().filter(MET::equals).count();
        String metText = figures.itemStates().isEmpty() ? "" : texts.get(K + "met", met, figures.itemStates().size());
        return new FiguresView(true, title, respondents, score, suggestion, suggestionText, metText, "");
    }
}
