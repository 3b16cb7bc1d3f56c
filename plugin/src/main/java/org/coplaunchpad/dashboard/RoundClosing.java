package org.coplaunchpad.dashboard;

import java.util.List;
import java.util.Optional;
import org.coplaunchpad.answers.ChecklistTally;
import org.coplaunchpad.answers.FigureStore;
import org.coplaunchpad.answers.LaunchSettingsStore;
import org.coplaunchpad.answers.LaunchThresholds;
import org.coplaunchpad.answers.OverviewSummaries;
import org.coplaunchpad.answers.RoundStore;
import org.coplaunchpad.answers.RoundStore.FrozenItem;
import org.coplaunchpad.answers.RoundStore.FrozenRound;
import org.coplaunchpad.assessment.AssessedItem;
import org.coplaunchpad.assessment.Assessment;
import org.coplaunchpad.assessment.Recommendation;
import org.coplaunchpad.registry.ChecklistRegistry;
import org.springframework.stereotype.Component;

/**
 * A space administrator closes a checklist's open round: in one transaction, the round's row is written first (so
 * that answers under way finish before and later ones wait for the next round), the figures are read and judged as
 * the dashboard judges them, frozen with the round's scope and thresholds, and the next round opens unanswered.
 */
@Component
public class RoundClosing {
    private final RoundStore rounds;
    private final FigureStore figures;
    private final LaunchSettingsStore settings;
    private final ChecklistRegistry registry;
    private final Assessor assessor;
    private final OverviewSummaries summaries;

    public RoundClosing(OverviewSummaries summaries, RoundStore rounds, FigureStore figures,
                        LaunchSettingsStore settings, ChecklistRegistry registry, Assessor assessor) {
        this.summaries = summaries;
        this.rounds = rounds;
        this.figures = figures;
        this.settings = settings;
        this.registry = registry;
        this.assessor = assessor;
    }

    /** The number of the round that opens, or empty when another administrator closed this one first. */
    public Optional<Integer> close(String spaceKey, String checklist, String closedBy) {
        return summaries.ofClosing(spaceKey, checklist, () -> {
            Optional<Integer> number = rounds.lockForClosing(spaceKey, checklist);
            if (number.isEmpty()) {
                return Optional.<Integer>empty();
            }
            ChecklistTally tally = figures.spaceTallies(spaceKey).stream()
                    .filter(candidate -> candidate.checklist().equals(checklist)).findFirst()
                    .orElse(new ChecklistTally(spaceKey, checklist, 0, java.util.Map.of(), java.util.Map.of(), List.of(),
                            Optional.empty(), 0));
            ListedChecklist listed = new ListedChecklist(tally, registry.checklist(spaceKey, checklist), List.of());
            LaunchThresholds thresholds = settings.thresholds(spaceKey);
            Assessment assessment = assessor.assess(tally, thresholds, listed.shared(), listed.scope(),
                    listed.confidential());
            return Optional.of(rounds.close(spaceKey, checklist, number.get(), frozen(assessment, listed, thresholds),
                    closedBy));
        });
    }

    private static FrozenRound frozen(Assessment assessment, ListedChecklist listed, LaunchThresholds thresholds) {
        List<FrozenItem> items = assessment.items().stream().map(RoundClosing::frozen).toList();
        return new FrozenRound(assessment.respondents(),
                assessment.score().map(share -> share.numerator()).orElse(0L),
                assessment.score().map(share -> share.denominator()).orElse(0L),
                DashboardService.decisionKey(assessment.decision()), listed.scope(), thresholds, assessment.shared(),
                listed.confidential(), items);
    }

    private static FrozenItem frozen(AssessedItem item) {
        return new FrozenItem(item.key(), item.counts(), DashboardService.stateKey(item.state()),
                Recommendation.ofSection(item.item().sectionKey()).map(Recommendation::key).orElse(""), item.isGate(),
                item.teamAnswer().orElse(org.coplaunchpad.answers.Answer.NONE));
    }
}
