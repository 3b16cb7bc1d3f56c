package org.coplaunchpad.answers;

/**
 * How the members who answered a checklist answered one item in personal mode. Members who answered the checklist
 * but not this item are in none of the four: {@link #notAnswered(int)} says how many of the respondents they are.
 */
public record AnswerCounts(int yes, int partly, int no, int unknown) {
    public static final AnswerCounts NONE = new AnswerCounts(0, 0, 0, 0);

    public AnswerCounts {
        if (yes < 0 || partly < 0 || no < 0 || unknown < 0) {
            throw new IllegalArgumentException("Counts cannot be negative");
        }
    }

    /** The counts with one more (or, with {@code delta} -1, one fewer) of {@code answer}; NONE changes nothing. */
    public AnswerCounts plus(Answer answer, int delta) {
        return switch (answer) {
            case YES -> new AnswerCounts(yes + delta, partly, no, unknown);
            case PARTLY -> new AnswerCounts(yes, partly + delta, no, unknown);
            case NO -> new AnswerCounts(yes, partly, no + delta, unknown);
            case UNKNOWN -> new AnswerCounts(yes, partly, no, unknown + delta);
            case NONE -> this;
        };
    }

    public int of(Answer answer) {
        return switch (answer) {
            case YES -> yes;
            case PARTLY -> partly;
            case NO -> no;
            case UNKNOWN -> unknown;
            case NONE -> 0;
        };
    }

    /** Members who gave this item an answer, "I don't know" included. */
    public int given() {
        return yes + partly + no + unknown;
    }

    /** Of the checklist's respondents, those who left this item unanswered. */
    public int notAnswered(int respondents) {
        return Math.max(0, respondents - given());
    }
}
