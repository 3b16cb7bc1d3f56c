package org.coplaunchpad.answers;

/** What became of one checklist when pages carrying it moved to another space. */
public record ChecklistMove(String checklist, Outcome outcome) {
    public enum Outcome {
        /** The last pages carrying it left: its registry rows, answers and history moved with them. */
        MOVED,
        /** The last pages carrying it left, with its answers, for a space that already had a checklist of that name: nothing moved. */
        REFUSED,
        /** The last pages carrying it left, without answers, for a space that has a checklist of that name: they join it. */
        JOINED,
        /** Other pages of the old space still carry it: its answers stay there, the moved pages start afresh. */
        STAYED
    }
}
