package org.coplaunchpad.answers;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything a checklist shows about its answers, read in one query: how many members answered and how many
 * agree per item (personal mode), what the viewer ticked, and the team's answers (shared mode).
 */
public record ChecklistAnswers(int respondents, Map<String, Integer> agreeByItem, Set<String> checkedByViewer,
                               Map<String, SharedAnswer> sharedByItem) {
    public ChecklistAnswers {
        agreeByItem = Map.copyOf(agreeByItem);
        checkedByViewer = Set.copyOf(checkedByViewer);
        sharedByItem = Map.copyOf(sharedByItem);
    }

    public int agree(String itemKey) {
        return agreeByItem.getOrDefault(itemKey, 0);
    }

    public boolean checkedByViewer(String itemKey) {
        return checkedByViewer.contains(itemKey);
    }

    public Optional<SharedAnswer> shared(String itemKey) {
        return Optional.ofNullable(sharedByItem.get(itemKey));
    }
}
