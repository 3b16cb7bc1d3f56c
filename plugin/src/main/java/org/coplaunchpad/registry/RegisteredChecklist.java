package org.coplaunchpad.registry;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.coplaunchpad.answers.RegisteredPage;
import org.coplaunchpad.checklist.ChecklistMode;
import org.coplaunchpad.checklist.ChecklistReveal;

/**
 * A checklist of a space as the registry knows it: the pages that carry it, in the order they were registered. The
 * first page's mode is the checklist's; a page with another mode is in conflict. The scope is the union of the
 * pages' sections (every section as soon as one page shows them all). After-answer and confidential win when pages
 * disagree.
 */
public record RegisteredChecklist(String spaceKey, String name, List<RegisteredPage> pages) {
    public RegisteredChecklist {
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("A registered checklist has at least one page");
        }
        pages = List.copyOf(pages);
    }

    public ChecklistMode mode() {
        return modeOf(pages.get(0));
    }

    /** The pages whose mode differs from the first registered page's: they take no answer. */
    public List<RegisteredPage> conflictingPages() {
        return pages.stream().filter(page -> modeOf(page) != mode()).toList();
    }

    public boolean hasModeConflict() {
        return !conflictingPages().isEmpty();
    }

    /** Whether the pages show different sections (not a conflict: the scope is their union). */
    public boolean sectionsDiffer() {
        return pages.stream().map(page -> Set.copyOf(page.settings().sections())).distinct().count() > 1;
    }

    /** The section keys the checklist covers; empty means every section. */
    public List<String> scope() {
        Set<String> union = new LinkedHashSet<>();
        for (RegisteredPage page : pages) {
            if (page.settings().sections().isEmpty()) {
                return List.of();
            }
            union.addAll(page.settings().sections());
        }
        return List.copyOf(union);
    }

    /** Members see the others' answers only after answering, as soon as one page says so (the candid setting wins). */
    public ChecklistReveal reveal() {
        return pages.stream().allMatch(page -> "always".equals(page.settings().reveal()))
                ? ChecklistReveal.ALWAYS : ChecklistReveal.AFTER_ANSWER;
    }

    /** Confidential as soon as one page says so: confidentiality wins over a page that forgot it. */
    public boolean confidential() {
        return pages.stream().anyMatch(page -> page.settings().confidential());
    }

    /** A row's mode; a value no longer known (written by a later version) counts as personal, the macro's default. */
    static ChecklistMode modeOf(RegisteredPage page) {
        return ChecklistMode.fromParameterValue(page.settings().mode()).orElse(ChecklistMode.PERSONAL);
    }
}
