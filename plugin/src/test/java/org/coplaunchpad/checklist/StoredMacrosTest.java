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
    void finds_checklists_nested_in_layouts_tables_and_confluences_containers_as_confluence_9_writes_them() {
        String checklist = "<ac:structured-macro ac:name=\"cop-readiness-checklist\" ac:schema-version=\"1\""
                + " data-layout=\"default\" ac:local-id=\"6f1c2a7e-0b2d-4c55-9d1e-0c3f2d1a9b%s\""
                + " ac:macro-id=\"5b0f7c8e-2a41-4d3b-8a9e-1f2e3d4c5b%<s\"><ac:parameter ac:name=\"checklist\">%s"
                + "</ac:parameter>%s</ac:structured-macro>";
        String page = "<ac:layout><ac:layout-section ac:type=\"two_equal\" ac:breakout-mode=\"default\"><ac:layout-cell>"
                + "<p>Bienvenue <ac:emoticon ac:name=\"smile\" ac:emoji-fallback=\"🙂\" />&nbsp;<ac:link>"
                + "<ri:page ri:space-key=\"CDP\" ri:content-title=\"Accueil\" /></ac:link></p>"
                + "<table data-layout=\"default\" ac:local-id=\"t1\"><tbody><tr><td>"
                + String.format(checklist, "01", "in-table", "")
                + "</td></tr></tbody></table></ac:layout-cell><ac:layout-cell>"
                + "<ac:structured-macro ac:name=\"expand\" ac:schema-version=\"1\"><ac:parameter ac:name=\"title\">Voir"
                + "</ac:parameter><ac:rich-text-body>" + String.format(checklist, "02", "in-expand", "")
                + "</ac:rich-text-body></ac:structured-macro>"
                + "<ac:structured-macro ac:name=\"panel\"><ac:parameter ac:name=\"title\">Équipe</ac:parameter>"
                + "<ac:rich-text-body><ac:structured-macro ac:name=\"warning\"><ac:rich-text-body>"
                + String.format(checklist, "03", "in-panel", "<ac:parameter ac:name=\"mode\">shared</ac:parameter>")
                + "</ac:rich-text-body></ac:structured-macro></ac:rich-text-body></ac:structured-macro>"
                + "<ac:structured-macro ac:name=\"code\"><ac:plain-text-body><![CDATA[<ac:structured-macro"
                + " ac:name=\"cop-readiness-checklist\"/>]]></ac:plain-text-body></ac:structured-macro>"
                + "<ac:task-list><ac:task><ac:task-id>1</ac:task-id><ac:task-status>incomplete</ac:task-status>"
                + "<ac:task-body>Inviter <ac:link><ri:user ri:userkey=\"8a7f\" /></ac:link></ac:task-body></ac:task>"
                + "</ac:task-list></ac:layout-cell></ac:layout-section></ac:layout>";

        List<Map<String, String>> macros = StoredMacros.parameters(page, "cop-readiness-checklist");

        assertEquals(List.of(Map.of("checklist", "in-table"), Map.of("checklist", "in-expand"),
                Map.of("checklist", "in-panel", "mode", "shared")), macros);
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
