package org.coplaunchpad.dashboard;

/**
 * How members agree on an item (personal mode). Two thirds is the line: an item is agreed when more than two thirds
 * tick it, not yet when fewer than a third do, and split in between (2 of 3, 1 of 3, 3 of 6…). A split item is
 * shown first, so that a polite average cannot hide a disagreement.
 */
public enum Consensus {
    /** Members disagree: between a third and two thirds of them tick it (both included). */
    SPLIT,
    /** More than two thirds of the respondents tick the item. */
    AGREED,
    /** Fewer than a third of the respondents tick it. */
    NOT_YET,
    /** Only one member answered: no consensus to speak of. */
    ONE_VOICE,
    /** Nobody answered. */
    NO_ANSWERS,
    /** Shared mode: the team answers once, there is nothing to agree on. */
    TEAM;

    static Consensus of(int agree, int respondents) {
        if (respondents == 0) {
            return NO_ANSWERS;
        }
        if (respondents == 1) {
            return ONE_VOICE;
        }
        if (agree * 3 > respondents * 2) {
            return AGREED;
        }
        if (agree * 3 < respondents) {
            return NOT_YET;
        }
        return SPLIT;
    }

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
