package org.coplaunchpad.answers;

import java.util.List;

/**
 * What an answer reads about its checklist before it is recorded: the registry rows (in the order of registration;
 * the first gives the mode) and the open round (its deadline).
 */
public record ChecklistToAnswer(List<RegisteredPage> registered, RoundStore.OpenRound round) {
    public ChecklistToAnswer {
        registered = List.copyOf(registered);
    }
}
