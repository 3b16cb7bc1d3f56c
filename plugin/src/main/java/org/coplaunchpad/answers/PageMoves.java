package org.coplaunchpad.answers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Pages moved to another space: a checklist goes with its last pages (registry rows, answers and history), in one
 * transaction with the pages' new registrations, unless the new space already has a checklist of that name.
 */
@Component
public class PageMoves {
    private final Transactions transactions;
    private final RegistryStore registry;
    private final AnswerStore answers;

    public PageMoves(Transactions transactions, RegistryStore registry, AnswerStore answers) {
        this.transactions = transactions;
        this.registry = registry;
        this.answers = answers;
    }

    /**
     * {@code movedPages}: every moved page (the page and its descendants) with the checklists it carries now. Returns
     * what became of each checklist that was registered for, or is carried by, a moved page.
     */
    public List<ChecklistMove> move(String fromSpace, String toSpace, Map<Long, List<PageChecklist>> movedPages) {
        return transactions.write("move pages with their checklists", () -> {
            List<ChecklistMove> moves = new ArrayList<>();
            if (!fromSpace.equals(toSpace)) {
                Map<String, Set<Long>> carriers = carriers(movedPages);
                movedPages.keySet().forEach(registry::forgetRefusals);
                carriers.forEach((checklist, pageIds) -> {
                    ChecklistMove.Outcome outcome = move(checklist, fromSpace, toSpace, pageIds, movedPages);
                    if (outcome != ChecklistMove.Outcome.MOVED) {
                        // A page joining the new space's checklist comes after that space's pages, never first.
                        pageIds.forEach(pageId -> registry.forget(pageId, checklist));
                    }
                    moves.add(new ChecklistMove(checklist, outcome));
                });
            }
            movedPages.forEach((pageId, checklists) -> registry.register(pageId, toSpace, checklists));
            return moves;
        });
    }

    private ChecklistMove.Outcome move(String checklist, String fromSpace, String toSpace, Set<Long> carriers,
                                       Map<Long, List<PageChecklist>> movedPages) {
        boolean othersStay = registry.checklist(fromSpace, checklist).stream()
                .anyMatch(page -> !movedPages.containsKey(page.pageId()));
        if (othersStay) {
            return ChecklistMove.Outcome.STAYED;
        }
        boolean targetHasIt = registry.checklist(toSpace, checklist).stream()
                .anyMatch(page -> !movedPages.containsKey(page.pageId())) || answers.hasAnswers(toSpace, checklist);
        if (targetHasIt && !answers.hasAnswers(fromSpace, checklist)) {
            return ChecklistMove.Outcome.JOINED;
        }
        if (targetHasIt) {
            carriers.forEach(pageId -> registry.recordRefusal(checklist, fromSpace, toSpace, pageId));
            return ChecklistMove.Outcome.REFUSED;
        }
        answers.moveChecklist(checklist, fromSpace, toSpace);
        registry.moveChecklist(checklist, fromSpace, toSpace);
        return ChecklistMove.Outcome.MOVED;
    }

    /** Per checklist, the moved pages that carry it now or were registered with it, in a stable order. */
    private Map<String, Set<Long>> carriers(Map<Long, List<PageChecklist>> movedPages) {
        Map<String, Set<Long>> carriers = new LinkedHashMap<>();
        movedPages.forEach((pageId, carried) -> {
            registry.page(pageId).forEach(registered ->
                    carriers.computeIfAbsent(registered.checklist(), name -> new LinkedHashSet<>()).add(pageId));
            carried.forEach(checklist ->
                    carriers.computeIfAbsent(checklist.checklist(), name -> new LinkedHashSet<>()).add(pageId));
        });
        return carriers;
    }
}
