package org.coplaunchpad.standalone.hosting.blueprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The title Confluence's create-content plugin gives a blueprint page, key by key (DefaultBlueprintContentGenerator). */
class BlueprintPageTitleTest {
    private static final Supplier<String> TEMPLATE_NAME = () -> "Decide template";

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static String title(Map<String, Object> returned) {
        return BlueprintPageTitle.of(returned, map(), "", TEMPLATE_NAME);
    }

    @Test
    void the_title_is_content_page_title_of_the_returned_map() {
        assertEquals("Se décider", title(map("ContentPageTitle", "Se décider")));
    }

    @Test
    void a_title_key_in_the_returned_map_is_not_read_so_the_page_is_untitled() {
        assertEquals("", title(map("title", "Se décider")), "what the app's provider returned before issue 9");
    }

    @Test
    void a_blank_content_page_title_gives_the_empty_title_not_the_template_name() {
        assertEquals("", title(map("ContentPageTitle", "  ")));
    }

    @Test
    void the_template_name_is_used_only_when_asked_for() {
        assertEquals("Decide template", title(map("UsePageTemplateNameForTitle", true)));
        assertEquals("Decide template", title(map("UsePageTemplateNameForTitle", "true")));
        assertEquals("Se décider", title(map("UsePageTemplateNameForTitle", true, "ContentPageTitle", "Se décider")));
    }

    @Test
    void a_parent_page_title_prefixes_the_title() {
        assertEquals("Lancement - Se décider", title(map("ContentPageTitle", "Se décider", "ParentPageTitle", "Lancement")));
    }

    @Test
    void a_title_typed_in_the_dialog_or_left_in_the_request_context_wins() {
        Map<String, Object> returned = map("ContentPageTitle", "Se décider");

        assertEquals("Typed", BlueprintPageTitle.of(returned, map("title", "Wizard"), "Typed", TEMPLATE_NAME));
        assertEquals("Wizard", BlueprintPageTitle.of(returned, map("title", "Wizard"), "", TEMPLATE_NAME));
        assertEquals("Se décider", BlueprintPageTitle.of(returned, map("title", " "), " ", TEMPLATE_NAME));
    }

    @Test
    void a_title_that_is_not_a_string_fails_as_in_confluence() {
        IllegalStateException failed = assertThrows(IllegalStateException.class, () -> title(map("ContentPageTitle", 42)));

        assertTrue(failed.getMessage().contains("ContentPageTitle"), failed.getMessage());
    }
}
