package org.coplaunchpad.answers;

import java.util.List;

/**
 * What a view of a checklist's page reads, in one round of statements on one connection: the checklist's registry rows
 * (in the order of registration), its answers as the page shows them, and its open round.
 */
public record ChecklistPageRecords(List<RegisteredPage> registered, ChecklistAnswers answers, RoundStore.OpenRound round) {
    public ChecklistPageRecords {
        registered = List.copyOf(registered);
    }
}
