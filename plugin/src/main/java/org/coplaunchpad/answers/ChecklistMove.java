package org.coplaunchpad.answers;

/** What became of one checklist when pages carrying it moved to another space. */
public record ChecklistMove(String checklist, Outcome outcome) {
    public enum Outcome {
        /** The last pages carrying it left: its registry rows, answers and history moved with them. */
        MOVED,
        /** The last pages carrying it left for a space that already had a checklist of that name: nothing moved. */
        REFUSED,
        /** Other pages of the old space still carry it: its answers stay there, the moved pages start afresh. */
        STAYED
    }
}
