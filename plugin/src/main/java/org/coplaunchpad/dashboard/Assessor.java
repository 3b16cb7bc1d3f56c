package org.coplaunchpad.dashboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.coplaunchpad.answers.Answer;
import org.coplaunchpad.answers.AnswerCounts;
import org.coplaunchpad.answers.ChecklistTally;
import org.coplaunchpad.answers.LaunchThresholds;
import org.coplaunchpad.answers.SharedAnswer;
import org.coplaunchpad.catalog.Catalog;
import org.coplaunchpad.catalog.ReadinessItem;
import org.coplaunchpad.catalog.ReadinessSection;
import org.springframework.stereotype.Component;

/**
 * Turns a checklist's figures into a decision. An item is met, in personal mode, when more than the majority
 * threshold of the respondents answer yes; in shared mode, when the team answered yes. The community is ready to launch
 * when every fundamental condition is met and the share of items met reaches the readiness threshold.
 */
@Component
public class Assessor {
    private final Catalog catalog;

    public Assessor(Catalog catalog) {
        this.catalog = catalog;
    }

    /** A checklist the registry does not know: its mode guessed from its answers, every section in scope. */
    public ChecklistAssessment assess(ChecklistTally tally, LaunchThresholds thresholds) {
        return assess(tally, thresholds, tally.isShared(), List.of());
    }

    /**
     * A checklist of a known mode, judged on the sections in {@code scope} (its pages' sections; empty: every
     * section), so that items no page shows neither count nor block the decision.
     */
    public ChecklistAssessment assess(ChecklistTally tally, LaunchThresholds thresholds, boolean shared, List<String> scope) {
        List<SectionAssessment> sections = new ArrayList<>();
        List<ItemAssessment> all = new ArrayList<>();
        for (ReadinessSection section : catalog.readinessSections()) {
            if (!scope.isEmpty() && !scope.contains(section.key())) {
                continue;
            }
            List<ItemAssessment> items = section.items().stream()
                    .map(item -> item(item, tally, thresholds, shared)).toList();
            sections.add(new SectionAssessment(section, (int) items.stream().filter(ItemAssessment::met).count(),
                    items.size(), items));
            all.addAll(items);
        }
        int met = (int) all.stream().filter(ItemAssessment::met).count();
        List<ItemAssessment> missingFundamentals = all.stream()
                .filter(item -> item.item().fundamental() && !item.met()).toList();
        boolean answered = shared ? !tally.sharedByItem().isEmpty() : tally.respondents() > 0;
        boolean ready = answered && missingFundamentals.isEmpty()
                && met * 100L >= (long) thresholds.readinessPercent() * all.size();
        return new ChecklistAssessment(tally.spaceKey(), tally.checklist(), shared, tally.respondents(),
                tally.lastActivity(), tally.pageIds(), thresholds, sections, mixedFirst(all), missingFundamentals,
                met, all.size(), ready ? LaunchDecision.READY : LaunchDecision.NOT_YET);
    }

    private static ItemAssessment item(ReadinessItem item, ChecklistTally tally, LaunchThresholds thresholds, boolean shared) {
        if (shared) {
            Optional<SharedAnswer> answer = Optional.ofNullable(tally.sharedByItem().get(item.key()));
            return new ItemAssessment(item, AnswerCounts.NONE, 0,
                    answer.map(team -> team.answer() == Answer.YES).orElse(false), Consensus.TEAM, answer);
        }
        AnswerCounts counts = tally.counts(item.key());
        return new ItemAssessment(item, counts, tally.respondents(), thresholds.isMajority(counts.yes(), tally.respondents()),
                Consensus.of(counts.yes(), tally.respondents()), Optional.empty());
    }

    /** Split items first, the most divided first; then every other item in catalog order. */
    private static List<ItemAssessment> mixedFirst(List<ItemAssessment> items) {
        List<ItemAssessment> split = items.stream().filter(item -> item.consensus() == Consensus.SPLIT)
                .sorted(Comparator.comparingInt(ItemAssessment::distanceFromEvenSplit)).toList();
        List<ItemAssessment> ordered = new ArrayList<>(split);
        items.stream().filter(item -> item.consensus() != Consensus.SPLIT).forEach(ordered::add);
        return ordered;
    }
}
