package org.coplaunchpad.answers;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A checklist's figures in a space, aggregated by the database: members who answered, how they answered each item
 * (personal mode), the team's answers (shared mode), the pages it was answered on, the last activity, and how many
 * of its answers are still ticks given before model version 2 (a tick could not say "partly" or "I don't know"), and
 * how many were given while it was confidential (they stay so).
 */
public record ChecklistTally(String spaceKey, String checklist, int respondents, Map<String, AnswerCounts> countsByItem,
                             Map<String, SharedAnswer> sharedByItem, List<Long> pageIds, Optional<Instant> lastActivity,
                             int answersGivenAsTicks, int confidentialAnswers) {
    public ChecklistTally(String spaceKey, String checklist, int respondents, Map<String, AnswerCounts> countsByItem,
                          Map<String, SharedAnswer> sharedByItem, List<Long> pageIds, Optional<Instant> lastActivity,
                          int answersGivenAsTicks) {
        this(spaceKey, checklist, respondents, countsByItem, sharedByItem, pageIds, lastActivity, answersGivenAsTicks, 0);
    }

    public ChecklistTally {
        countsByItem = Map.copyOf(countsByItem);
        sharedByItem = Map.copyOf(sharedByItem);
        pageIds = List.copyOf(pageIds);
    }

    /** Answered as a team (shared mode) when the team answered and no member answered for themself. */
    public boolean isShared() {
        return !sharedByItem.isEmpty() && respondents == 0;
    }

    public AnswerCounts counts(String itemKey) {
        return countsByItem.getOrDefault(itemKey, AnswerCounts.NONE);
    }
}
