package org.coplaunchpad.answers;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A checklist's figures in a space, aggregated by the database: members who answered, agreement per item
 * (personal mode), the team's answers (shared mode), the pages it was answered on and the last activity.
 */
public record ChecklistTally(String spaceKey, String checklist, int respondents, Map<String, Integer> agreeByItem,
                             Map<String, SharedAnswer> sharedByItem, List<Long> pageIds, Optional<Instant> lastActivity) {
    public ChecklistTally {
        agreeByItem = Map.copyOf(agreeByItem);
        sharedByItem = Map.copyOf(sharedByItem);
        pageIds = List.copyOf(pageIds);
    }

    /** Answered as a team (shared mode) when the team answered and no member answered for themself. */
    public boolean isShared() {
        return !sharedByItem.isEmpty() && respondents == 0;
    }

    public int agree(String itemKey) {
        return agreeByItem.getOrDefault(itemKey, 0);
    }
}
