package org.coplaunchpad.answers;

import java.util.Map;
import java.util.Optional;

/**
 * Everything a checklist shows about its answers: how many members answered and how they answered each item
 * (personal mode), the viewer's own answers with their reasons, and the team's answers with theirs (shared mode).
 * Respondents are the members with at least one item answered (yes, partly, no or I don't know).
 * {@code confidentialAnswers}: how many answers were given while the checklist was confidential (they keep it so).
 */
public record ChecklistAnswers(int respondents, Map<String, AnswerCounts> countsByItem,
                               Map<String, MemberAnswer> viewerByItem, Map<String, SharedAnswer> sharedByItem,
                               int confidentialAnswers, Map<String, Answer> hintsByItem) {
    public ChecklistAnswers(int respondents, Map<String, AnswerCounts> countsByItem,
                            Map<String, MemberAnswer> viewerByItem, Map<String, SharedAnswer> sharedByItem) {
        this(respondents, countsByItem, viewerByItem, sharedByItem, 0, Map.of());
    }

    /** The viewer's (or, shared, the team's) answer of the last closed round: a hint, never an answer. */
    public Optional<Answer> hint(String itemKey) {
        return Optional.ofNullable(hintsByItem.get(itemKey));
    }

    public ChecklistAnswers {
        countsByItem = Map.copyOf(countsByItem);
        viewerByItem = Map.copyOf(viewerByItem);
        sharedByItem = Map.copyOf(sharedByItem);
        hintsByItem = Map.copyOf(hintsByItem);
    }

    public AnswerCounts counts(String itemKey) {
        return countsByItem.getOrDefault(itemKey, AnswerCounts.NONE);
    }

    public Optional<MemberAnswer> viewer(String itemKey) {
        return Optional.ofNullable(viewerByItem.get(itemKey));
    }

    public Optional<SharedAnswer> shared(String itemKey) {
        return Optional.ofNullable(sharedByItem.get(itemKey));
    }
}
