package org.coplaunchpad.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.coplaunchpad.answers.ChecklistTally;
import org.coplaunchpad.answers.RefusedMove;
import org.coplaunchpad.checklist.ChecklistMode;
import org.coplaunchpad.registry.RegisteredChecklist;

/**
 * A checklist as the dashboard lists it: every registered checklist, answered or not, and every answered one
 * (a page saved before the app was installed may not be registered yet). The registry gives the mode and the
 * scope; without it the mode is guessed from the answers, as before the registry.
 */
record ListedChecklist(ChecklistTally tally, Optional<RegisteredChecklist> registered, List<RefusedMove> refusedMoves) {
    ListedChecklist {
        refusedMoves = List.copyOf(refusedMoves);
    }

    String name() {
        return tally.checklist();
    }

    boolean shared() {
        return registered.map(checklist -> checklist.mode() == ChecklistMode.SHARED).orElse(tally.isShared());
    }

    /**
     * Confidential when a page says so or when any answer was given while it was: an answer given confidential
     * stays so even after an editor removes the parameter.
     */
    boolean confidential() {
        return !shared() && (registered.map(RegisteredChecklist::confidential).orElse(false)
                || tally.confidentialAnswers() > 0);
    }

    /** The pages no longer say confidential, but answers given while they did still are. */
    boolean confidentialOnlyByItsAnswers() {
        return confidential() && !registered.map(RegisteredChecklist::confidential).orElse(false);
    }

    /** Section keys; empty: every section. */
    List<String> scope() {
        return registered.map(RegisteredChecklist::scope).orElse(List.of());
    }

    /** By name: the answered checklists' figures joined with the registry's checklists and the refused moves. */
    static List<ListedChecklist> of(String spaceKey, List<ChecklistTally> tallies, List<RegisteredChecklist> registered,
                                    List<RefusedMove> refusedMoves) {
        Map<String, ChecklistTally> byName = new LinkedHashMap<>();
        tallies.forEach(tally -> byName.put(tally.checklist(), tally));
        Map<String, RegisteredChecklist> registeredByName = new LinkedHashMap<>();
        registered.forEach(checklist -> registeredByName.put(checklist.name(), checklist));
        TreeSet<String> names = new TreeSet<>(byName.keySet());
        names.addAll(registeredByName.keySet());
        List<ListedChecklist> listed = new ArrayList<>();
        for (String name : names) {
            ChecklistTally tally = byName.getOrDefault(name,
                    new ChecklistTally(spaceKey, name, 0, Map.of(), Map.of(), List.of(), Optional.empty(), 0));
            listed.add(new ListedChecklist(tally, Optional.ofNullable(registeredByName.get(name)),
                    refusedMoves.stream().filter(move -> move.checklist().equals(name)).toList()));
        }
        return listed;
    }
}
