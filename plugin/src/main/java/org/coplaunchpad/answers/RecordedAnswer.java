package org.coplaunchpad.answers;

import java.time.Instant;
import java.util.Optional;

/**
 * The state of an answer after it was given, read inside the recording transaction. {@code changed} is false when
 * the answer and the reason repeated the current ones. {@code answeredBy}/{@code answeredAt} are empty for an item
 * nobody has ever answered. {@code figures} are the item's new figures for a member's answer, empty for the team's.
 */
public record RecordedAnswer(boolean changed, Answer answer, Optional<String> reason, Optional<String> answeredBy,
                             Optional<Instant> answeredAt, Optional<ItemFigures> figures) {
    /** The same answer with its item's figures. */
    public RecordedAnswer withFigures(ItemFigures itemFigures) {
        return new RecordedAnswer(changed, answer, reason, answeredBy, answeredAt, Optional.of(itemFigures));
    }

    /**
     * A personal checklist's figures for one item: how members answered it, of how many answered the checklist, and
     * whether any answer of the checklist was given confidential (then the figures of an item with fewer than three
     * opinions are not shown, whatever the page says now).
     */
    public record ItemFigures(AnswerCounts counts, int respondents, boolean confidentialAnswers) {
        public ItemFigures(AnswerCounts counts, int respondents) {
            this(counts, respondents, false);
        }
    }
}
