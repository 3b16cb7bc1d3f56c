package org.coplaunchpad.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.coplaunchpad.answers.PageChecklist;
import org.coplaunchpad.answers.RegisteredPage;
import org.coplaunchpad.checklist.ChecklistMode;
import org.junit.jupiter.api.Test;

class RegisteredChecklistTest {
    private static RegisteredPage page(long id, String mode, String... sections) {
        return new RegisteredPage("CDP", id, new PageChecklist("readiness", mode, List.of(sections)), Instant.EPOCH);
    }

    @Test
    void the_first_registered_page_gives_the_mode_and_a_page_with_another_mode_is_in_conflict() {
        RegisteredChecklist checklist = new RegisteredChecklist("CDP", "readiness",
                List.of(page(42, "shared"), page(43, "personal"), page(44, "shared")));

        assertEquals(ChecklistMode.SHARED, checklist.mode());
        assertTrue(checklist.hasModeConflict());
        assertEquals(List.of(43L), checklist.conflictingPages().stream().map(RegisteredPage::pageId).toList());
    }

    @Test
    void pages_with_one_mode_are_not_in_conflict() {
        assertFalse(new RegisteredChecklist("CDP", "readiness", List.of(page(42, "personal"), page(43, "personal")))
                .hasModeConflict());
    }

    @Test
    void the_scope_is_the_union_of_the_pages_sections() {
        RegisteredChecklist checklist = new RegisteredChecklist("CDP", "readiness",
                List.of(page(42, "personal", "fundamentals"), page(43, "personal", "legitimacy", "fundamentals")));

        assertEquals(List.of("fundamentals", "legitimacy"), checklist.scope());
        assertTrue(checklist.sectionsDiffer());
    }

    @Test
    void one_page_showing_every_section_makes_the_scope_every_section() {
        RegisteredChecklist checklist = new RegisteredChecklist("CDP", "readiness",
                List.of(page(42, "personal", "fundamentals"), page(43, "personal")));

        assertEquals(List.of(), checklist.scope());
    }

    @Test
    void pages_showing_the_same_sections_in_another_order_do_not_differ() {
        assertFalse(new RegisteredChecklist("CDP", "readiness",
                List.of(page(42, "personal", "legitimacy", "fundamentals"), page(43, "personal", "fundamentals", "legitimacy")))
                .sectionsDiffer());
    }
}
