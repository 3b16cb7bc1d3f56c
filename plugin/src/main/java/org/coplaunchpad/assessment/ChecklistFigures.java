package org.coplaunchpad.assessment;

import java.util.List;
import java.util.Map;
import org.coplaunchpad.answers.Answer;
import org.coplaunchpad.answers.AnswerCounts;

/**
 * What the rules need of a checklist: its mode, the members who answered it, how they answered each item (personal
 * mode) or the team's answer to each (shared mode; an absent item is unanswered), and its scope: the sections its
 * pages show, an empty list meaning every section. The maps and the list are immutable copies.
 */
public record ChecklistFigures(boolean shared, int respondents, Map<String, AnswerCounts> countsByItem,
                               Map<String, Answer> teamAnswers, List<String> scope) {
    public ChecklistFigures {
        if (respondents < 0) {
            throw new IllegalArgumentException("Respondents cannot be negative");
        }
        countsByItem = Map.copyOf(countsByItem);
        teamAnswers = Map.copyOf(teamAnswers);
        scope = List.copyOf(scope);
    }

    /** A checklist each member answers for themself. */
    public static ChecklistFigures personal(int respondents, Map<String, AnswerCounts> countsByItem, List<String> scope) {
        return new ChecklistFigures(false, respondents, countsByItem, Map.of(), scope);
    }

    /** A checklist the team answers once. */
    public static ChecklistFigures shared(Map<String, Answer> teamAnswers, List<String> scope) {
        return new ChecklistFigures(true, 0, Map.of(), teamAnswers, scope);
    }

    /** Whether the checklist's pages show this section. */
    public boolean inScope(String sectionKey) {
        return scope.isEmpty() || scope.contains(sectionKey);
    }

    public AnswerCounts counts(String itemKey) {
        return countsByItem.getOrDefault(itemKey, AnswerCounts.NONE);
    }

    public Answer teamAnswer(String itemKey) {
        return teamAnswers.getOrDefault(itemKey, Answer.NONE);
    }
}
