package org.coplaunchpad.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.coplaunchpad.answers.AnswerCounts;
import org.coplaunchpad.catalog.Catalog;
import org.coplaunchpad.catalog.ReadinessItem;
import org.coplaunchpad.catalog.ReadinessSection;

/**
 * Judges a checklist as the seed weighs it. Items: see {@link ItemState}. Score: the mean, over the recommendations
 * in scope, of each one's share of met items, kept exact (a {@link Share}) and compared exactly with the readiness
 * threshold; none when no recommendation is in scope. Verdict: CANNOT_DECIDE when no fundamental condition is in
 * scope; otherwise READY when every gate is met, the quorum of respondents is reached (personal mode) and the score, if
 * any, reaches the readiness threshold; NOT_YET with every reason otherwise, or with NO_ANSWERS alone when no item in
 * scope has an answer.
 */
public final class ChecklistAssessor {
    private final Catalog catalog;

    public ChecklistAssessor(Catalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    public Assessment assess(ChecklistFigures figures, Rules rules) {
        List<AssessedItem> items = new ArrayList<>();
        for (ReadinessSection section : catalog.readinessSections()) {
            if (figures.inScope(section.key())) {
                section.items().forEach(item -> items.add(item(item, figures, rules)));
            }
        }
        List<RecommendationScore> recommendations = new ArrayList<>();
        for (Recommendation recommendation : Recommendation.values()) {
            List<AssessedItem> asked = items.stream()
                    .filter(item -> recommendation.sectionKeys().contains(item.item().sectionKey())).toList();
            if (!asked.isEmpty()) {
                recommendations.add(new RecommendationScore(recommendation, asked));
            }
        }
        Optional<Share> score = recommendations.isEmpty() ? Optional.empty()
                : Optional.of(Share.mean(recommendations.stream().map(RecommendationScore::share).toList()));
        return new Assessment(figures.shared(), figures.respondents(), rules, items, recommendations, score,
                verdict(items, figures, rules, score));
    }

    private static AssessedItem item(ReadinessItem item, ChecklistFigures figures, Rules rules) {
        if (figures.shared()) {
            return new AssessedItem(item, ItemState.shared(figures.teamAnswer(item.key())), AnswerCounts.NONE,
                    Optional.of(figures.teamAnswer(item.key())), Optional.empty());
        }
        AnswerCounts counts = figures.counts(item.key());
        return new AssessedItem(item, ItemState.personal(counts, rules), counts, Optional.empty(),
                ItemState.agreement(counts));
    }

    private static Verdict verdict(List<AssessedItem> items, ChecklistFigures figures, Rules rules, Optional<Share> score) {
        if (items.stream().noneMatch(AssessedItem::isGate)) {
            return new Verdict(Decision.CANNOT_DECIDE, List.of(new Reason.FundamentalsNotAsked()));
        }
        if (items.stream().allMatch(item -> item.state() == ItemState.NOT_ASSESSED)) {
            return new Verdict(Decision.NOT_YET, List.of(new Reason.NoAnswers()));
        }
        List<Reason> reasons = new ArrayList<>();
        items.stream().filter(item -> item.isGate() && !item.state().isMet())
                .forEach(gate -> reasons.add(new Reason.GateNotMet(gate.key(), gate.state())));
        if (!figures.shared() && figures.respondents() < rules.quorum()) {
            reasons.add(new Reason.QuorumNotReached(figures.respondents(), rules.quorum()));
        }
        score.filter(s -> !s.reaches(rules.readinessPercent()))
                .ifPresent(s -> reasons.add(new Reason.ScoreBelow(s, rules.readinessPercent())));
        return new Verdict(reasons.isEmpty() ? Decision.READY : Decision.NOT_YET, reasons);
    }
}
