package org.coplaunchpad.assessment;

import java.util.Objects;

/**
 * Why a checklist is not ready, as data: a {@link Kind} and its figures. The dashboard, the overview and the CSV turn
 * them into texts; {@link #kind()} is there to switch on (Java 17 has no pattern switch).
 */
public sealed interface Reason {
    enum Kind { NO_ANSWERS, FUNDAMENTALS_NOT_ASKED, GATE_NOT_MET, QUORUM_NOT_REACHED, SCORE_BELOW }

    Kind kind();

    /** No item in scope has any answer: the only reason given then. */
    record NoAnswers() implements Reason {
        @Override
        public Kind kind() {
            return Kind.NO_ANSWERS;
        }
    }

    /** No section of fundamental conditions is in scope: the verdict is CANNOT_DECIDE, with this reason alone. */
    record FundamentalsNotAsked() implements Reason {
        @Override
        public Kind kind() {
            return Kind.FUNDAMENTALS_NOT_ASKED;
        }
    }

    /** A fundamental condition in scope that is not met, and the state it is in. */
    record GateNotMet(String itemKey, ItemState state) implements Reason {
        public GateNotMet {
            Objects.requireNonNull(itemKey, "itemKey");
            Objects.requireNonNull(state, "state");
        }

        @Override
        public Kind kind() {
            return Kind.GATE_NOT_MET;
        }
    }

    /** Fewer members answered the checklist than the quorum (personal mode). */
    record QuorumNotReached(int respondents, int quorum) implements Reason {
        @Override
        public Kind kind() {
            return Kind.QUORUM_NOT_REACHED;
        }
    }

    /** The score (exact) is below the readiness threshold. */
    record ScoreBelow(Share score, int thresholdPercent) implements Reason {
        public ScoreBelow {
            Objects.requireNonNull(score, "score");
        }

        @Override
        public Kind kind() {
            return Kind.SCORE_BELOW;
        }
    }
}
