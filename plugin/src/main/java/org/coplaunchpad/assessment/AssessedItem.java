package org.coplaunchpad.assessment;

import java.util.Objects;
import java.util.Optional;
import org.coplaunchpad.answers.Answer;
import org.coplaunchpad.answers.AnswerCounts;
import org.coplaunchpad.catalog.ReadinessItem;

/**
 * One item in scope as the rules see it: its state, the members' counts (personal mode; {@link AnswerCounts#NONE} in
 * shared mode), the team's answer (shared mode, {@link Answer#NONE} when unanswered; empty in personal mode) and the
 * agreement (yes + ½·partly) / opinions (personal mode, when anyone gave an opinion).
 */
public record AssessedItem(ReadinessItem item, ItemState state, AnswerCounts counts, Optional<Answer> teamAnswer,
                           Optional<Share> agreement) {
    static final int NOT_BLOCKING = 4;

    public AssessedItem {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(counts, "counts");
        Objects.requireNonNull(teamAnswer, "teamAnswer must be Optional.empty(), not null");
        Objects.requireNonNull(agreement, "agreement must be Optional.empty(), not null");
    }

    public String key() {
        return item.key();
    }

    /** A fundamental condition: the verdict needs it met. */
    public boolean isGate() {
        return item.fundamental();
    }

    /** An unmet gate, or an item the members are split on, do not know, or too few gave an opinion on. */
    public boolean isBlocking() {
        return blockingRank() < NOT_BLOCKING;
    }

    /** Unmet gates first, then split, unknown, too few; everything else after. */
    int blockingRank() {
        if (isGate() && !state.isMet()) {
            return 0;
        }
        return switch (state) {
            case SPLIT -> 1;
            case UNKNOWN -> 2;
            case TOO_FEW -> 3;
            default -> NOT_BLOCKING;
        };
    }
}
