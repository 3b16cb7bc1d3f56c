package org.coplaunchpad.assessment;

import java.util.Optional;
import org.coplaunchpad.answers.Answer;
import org.coplaunchpad.answers.AnswerCounts;

/**
 * What the answers say of one item. In personal mode the first state that matches wins, in the order declared here
 * (opinions = yes + partly + no): NOT_ASSESSED, no answer at all; UNKNOWN, at least as many "I don't know" as
 * opinions; TOO_FEW, fewer opinions than the quorum; SPLIT, more than a third of the opinions yes AND more than a
 * third no (partly counts for neither side); MET, an agreement (yes + ½·partly) / opinions MORE than the majority
 * threshold; else NOT_MET. Only MET scores. Every comparison is on whole numbers.
 */
public enum ItemState {
    NOT_ASSESSED,
    UNKNOWN,
    TOO_FEW,
    SPLIT,
    MET,
    NOT_MET;

    public boolean isMet() {
        return this == MET;
    }

    /** The state of an item from the members' answers (personal mode). */
    public static ItemState personal(AnswerCounts counts, Rules rules) {
        int opinions = opinions(counts);
        if (counts.given() == 0) {
            return NOT_ASSESSED;
        }
        if (counts.unknown() >= opinions) {
            return UNKNOWN;
        }
        if (opinions < rules.quorum()) {
            return TOO_FEW;
        }
        if (3L * counts.yes() > opinions && 3L * counts.no() > opinions) {
            return SPLIT;
        }
        return agreement(counts).orElseThrow().isMoreThan(rules.majorityPercent()) ? MET : NOT_MET;
    }

    /** The state of an item from the team's single answer (shared mode): only yes is met; no quorum. */
    public static ItemState shared(Answer answer) {
        return switch (answer == null ? Answer.NONE : answer) {
            case YES -> MET;
            case PARTLY, NO -> NOT_MET;
            case UNKNOWN -> UNKNOWN;
            case NONE -> NOT_ASSESSED;
        };
    }

    /** (yes + ½·partly) / opinions, exact; empty when nobody gave an opinion. */
    public static Optional<Share> agreement(AnswerCounts counts) {
        int opinions = opinions(counts);
        return opinions == 0 ? Optional.empty()
                : Optional.of(Share.of(2L * counts.yes() + counts.partly(), 2L * opinions));
    }

    /** Yes, partly and no: the answers that take a side, "I don't know" apart. */
    public static int opinions(AnswerCounts counts) {
        return counts.yes() + counts.partly() + counts.no();
    }
}
