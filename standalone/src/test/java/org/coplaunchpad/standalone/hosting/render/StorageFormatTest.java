package org.coplaunchpad.standalone.hosting.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class StorageFormatTest {
    @Test
    void confluence_namespaces_and_html_entities_are_well_formed_storage() {
        assertEquals(Optional.empty(), StorageFormat.check("<p>a&nbsp;b &eacute; &amp; &#233;</p>"
                + "<ac:structured-macro ac:name=\"x\" ac:schema-version=\"1\"><ac:parameter ac:name=\"p\">v</ac:parameter>"
                + "<ac:rich-text-body><p></p></ac:rich-text-body></ac:structured-macro>"
                + "<ac:link><ri:page ri:content-title=\"T\"/></ac:link>"));
    }

    @Test
    void an_unclosed_element_is_refused_with_the_users_line() {
        StorageFormat.Problem problem = StorageFormat.check("<p>ok</p>\n<p>two<br></p>").orElseThrow();

        assertEquals(2, problem.line());
        assertTrue(problem.describe().startsWith("line 2, column "), problem.describe());
    }

    @Test
    void a_bare_ampersand_an_unknown_entity_and_a_doctype_are_refused() {
        assertTrue(StorageFormat.check("<p>Tom & Jerry</p>").isPresent());
        assertTrue(StorageFormat.check("<p>&nosuchentity;</p>").isPresent());
        assertTrue(StorageFormat.check("<!DOCTYPE x [<!ENTITY e \"boom\">]><p>&e;</p>").isPresent());
    }

    @Test
    void text_and_several_top_level_elements_are_a_fragment_like_any_page() {
        assertEquals(Optional.empty(), StorageFormat.check("Plain text <p>then a paragraph</p><h2>and a heading</h2>"));
        assertEquals(Optional.empty(), StorageFormat.check(""));
    }
}
