package org.coplaunchpad.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoredMacrosTest {
    @Test
    void finds_the_parameters_of_each_macro_with_that_name_in_document_order() {
        String page = "<p>Intro&nbsp;&eacute;</p>"
                + "<ac:structured-macro ac:name=\"cop-readiness-checklist\" ac:schema-version=\"1\">"
                + "<ac:parameter ac:name=\"checklist\">readiness</ac:parameter>"
                + "<ac:parameter ac:name=\"mode\">shared</ac:parameter></ac:structured-macro>"
                + "<ac:structured-macro ac:name=\"info\"><ac:rich-text-body>"
                + "<ac:structured-macro ac:name=\"cop-readiness-checklist\"><ac:parameter ac:name=\"checklist\">b &amp; c</ac:parameter>"
                + "</ac:structured-macro></ac:rich-text-body></ac:structured-macro>";

        List<Map<String, String>> macros = StoredMacros.parameters(page, "cop-readiness-checklist");

        assertEquals(List.of(Map.of("checklist", "readiness", "mode", "shared"), Map.of("checklist", "b & c")), macros);
    }

    @Test
    void parameters_of_other_macros_are_not_mixed_in() {
        String page = "<ac:structured-macro ac:name=\"cop-readiness-checklist\">"
                + "<ac:rich-text-body><ac:structured-macro ac:name=\"status\"><ac:parameter ac:name=\"mode\">shared</ac:parameter>"
                + "</ac:structured-macro></ac:rich-text-body></ac:structured-macro>";

        assertEquals(List.of(Map.of()), StoredMacros.parameters(page, "cop-readiness-checklist"));
    }

    @Test
    void a_page_without_the_macro_has_none() {
        assertTrue(StoredMacros.parameters("<p>Nothing here</p>", "cop-readiness-checklist").isEmpty());
        assertTrue(StoredMacros.parameters("", "cop-readiness-checklist").isEmpty());
        assertTrue(StoredMacros.parameters(null, "cop-readiness-checklist").isEmpty());
    }

    @Test
    void broken_storage_format_is_reported_not_guessed() {
        assertThrows(IllegalArgumentException.class, () -> StoredMacros.parameters("<p>open", "x"));
    }

    @Test
    void external_entities_are_never_resolved() {
        String attack = "<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><p>&x;</p>";

        assertThrows(IllegalArgumentException.class, () -> StoredMacros.parameters(attack, "x"));
    }
}
