package org.coplaunchpad.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.coplaunchpad.answers.PageChecklist;
import org.coplaunchpad.catalog.Catalog;
import org.coplaunchpad.testing.ConfluenceFixture;
import org.junit.jupiter.api.Test;

class PageChecklistsTest {
    private final PageChecklists parser = new PageChecklists(new Catalog());

    private static String macro(String checklist, String mode, String sections) {
        return "<ac:structured-macro ac:name=\"cop-readiness-checklist\" ac:schema-version=\"1\">"
                + (checklist == null ? "" : "<ac:parameter ac:name=\"checklist\">" + checklist + "</ac:parameter>")
                + (mode == null ? "" : "<ac:parameter ac:name=\"mode\">" + mode + "</ac:parameter>")
                + (sections == null ? "" : "<ac:parameter ac:name=\"sections\">" + sections + "</ac:parameter>")
                + "</ac:structured-macro>";
    }

    @Test
    void a_checklist_macro_is_a_registry_row_with_its_mode_and_sections() {
        String body = "<p>Avant&nbsp;:</p>" + macro("launch-2027", "shared", "fundamentals, legitimacy");

        assertEquals(List.of(new PageChecklist("launch-2027", "shared", List.of("fundamentals", "legitimacy"))), parser.of(body));
    }

    @Test
    void a_macro_without_parameters_is_the_default_personal_checklist_of_every_section() {
        assertEquals(List.of(new PageChecklist("readiness", "personal", List.of())), parser.of(macro(null, null, null)));
    }

    @Test
    void the_first_macro_of_a_name_counts_and_other_names_follow_in_document_order() {
        String body = ConfluenceFixture.checklistMacro("readiness", "shared") + macro("readiness", "personal", null)
                + macro("launch-2027", "personal", null);

        assertEquals(List.of(new PageChecklist("readiness", "shared", List.of()),
                new PageChecklist("launch-2027", "personal", List.of())), parser.of(body));
    }

    @Test
    void a_macro_with_invalid_parameters_registers_nothing() {
        assertEquals(List.of(), parser.of(macro("readiness", "everyone", null) + macro("x y", null, null)
                + macro("readiness", null, "no-such-section")));
    }

    @Test
    void a_body_that_is_not_well_formed_or_empty_carries_no_checklist() {
        assertEquals(List.of(), parser.of("<p>" + macro("readiness", null, null)));
        assertEquals(List.of(), parser.of(""));
        assertEquals(List.of(), parser.of(null));
    }

    @Test
    void other_macros_and_nested_ones_are_told_apart() {
        String body = "<ac:structured-macro ac:name=\"expand\"><ac:parameter ac:name=\"title\">Plus</ac:parameter>"
                + "<ac:rich-text-body>" + macro("launch-2027", "shared", null) + "</ac:rich-text-body></ac:structured-macro>";

        assertEquals(List.of(new PageChecklist("launch-2027", "shared", List.of())), parser.of(body));
    }
}
