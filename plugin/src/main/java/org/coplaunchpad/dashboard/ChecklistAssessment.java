package org.coplaunchpad.dashboard;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.coplaunchpad.answers.LaunchThresholds;

/**
 * A checklist of a space, judged against the space's thresholds: the readiness score, what is met per section,
 * where members disagree, the fundamental conditions still missing, and the go / not-yet decision.
 */
public record ChecklistAssessment(String spaceKey, String checklist, boolean shared, int respondents,
                                  Optional<Instant> lastActivity, List<Long> pageIds, LaunchThresholds thresholds,
                                  List<SectionAssessment> sections, List<ItemAssessment> itemsMixedFirst,
                                  List<ItemAssessment> missingFundamentals, int met, int total, LaunchDecision decision) {
    public ChecklistAssessment {
        pageIds = List.copyOf(pageIds);
        sections = List.copyOf(sections);
        itemsMixedFirst = List.copyOf(itemsMixedFirst);
        missingFundamentals = List.copyOf(missingFundamentals);
    }

    /** Share of items met, 0-100, rounded down: a community is never shown readier than it is. */
    public int score() {
        return total == 0 ? 0 : met * 100 / total;
    }

    public List<ItemAssessment> splitItems() {
        return itemsMixedFirst.stream().filter(item -> item.consensus() == Consensus.SPLIT).toList();
    }
}
