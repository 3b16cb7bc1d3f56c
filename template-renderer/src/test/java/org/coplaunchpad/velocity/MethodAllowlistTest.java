package org.coplaunchpad.velocity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.templaterenderer.RenderingException;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MethodAllowlistTest {

    private static final List<String> PANEL_ENTRIES = List.of(
            "org.coplaunchpad.velocity.PanelView#getTitle()",
            "org.coplaunchpad.velocity.PanelView#getItems()",
            "org.coplaunchpad.velocity.ItemView#key()",
            "org.coplaunchpad.velocity.ItemView#getLabel()");

    private static final PanelView PANEL = new PanelView("Benefits & costs",
            List.of(new ItemView("a", "<Alpha>"), new ItemView("b", "Beta")));

    private static ConfluenceTemplateRenderer rendererAllowing(List<String> entries) {
        return new ConfluenceTemplateRenderer(MethodAllowlistTest.class.getClassLoader(), VelocityAllowlist.of(entries));
    }

    private static String render(ConfluenceTemplateRenderer renderer, String template, Map<String, Object> context)
            throws IOException {
        StringWriter out = new StringWriter();
        renderer.render(template, context, out);
        return out.toString();
    }

    @Test
    void foreach_over_an_immutable_list_of_allowlisted_view_objects_renders_every_item() throws IOException {
        String html = render(rendererAllowing(PANEL_ENTRIES), "templates/panel.vm", Map.of("panel", PANEL));

        assertEquals("<h2>Benefits &amp; costs</h2>\n<ul>\n"
                + "<li data-key=\"a\">&lt;Alpha&gt;</li>\n"
                + "<li data-key=\"b\">Beta</li>\n"
                + "</ul>\n", html);
    }

    @Test
    void a_getter_that_is_not_allowlisted_fails_rendering_and_names_the_method() {
        ConfluenceTemplateRenderer renderer = rendererAllowing(PANEL_ENTRIES);

        RenderingException failure = assertThrows(RenderingException.class,
                () -> render(renderer, "templates/secret.vm", Map.of("panel", PANEL)));

        assertTrue(failure.getMessage().contains("org.coplaunchpad.velocity.PanelView#getSecret()"), failure.getMessage());
        assertTrue(failure.getMessage().contains("templates/secret.vm line 3"), failure.getMessage());
        assertTrue(failure.getMessage().contains("<velocity-allowlist"), failure.getMessage());
    }

    @Test
    void a_failed_render_writes_nothing_to_the_writer() {
        StringWriter out = new StringWriter();

        assertThrows(RenderingException.class,
                () -> rendererAllowing(PANEL_ENTRIES).render("templates/secret.vm", Map.of("panel", PANEL), out));

        assertEquals("", out.toString());
    }

    @Test
    void allowlisting_the_getter_lets_the_template_render() throws IOException {
        List<String> entries = new ArrayList<>(PANEL_ENTRIES);
        entries.add("org.coplaunchpad.velocity.PanelView#getSecret()");

        String html = render(rendererAllowing(entries), "templates/secret.vm", Map.of("panel", PANEL));

        assertEquals("<p>Benefits &amp; costs</p>\n<p>&lt;secret&gt;</p>\n", html);
    }

    @Test
    void a_method_call_with_arguments_needs_its_parameter_types_in_the_entry() {
        String call = "$panel.label(\"Title\")";

        RenderingException failure = assertThrows(RenderingException.class,
                () -> rendererAllowing(PANEL_ENTRIES).renderFragment(call, Map.of("panel", PANEL)));
        assertTrue(failure.getMessage().contains("PanelView#label(java.lang.String)"), failure.getMessage());

        assertEquals("Title: Benefits & costs", rendererAllowing(List.of(
                "org.coplaunchpad.velocity.PanelView#label(java.lang.String)")).renderFragment(call, Map.of("panel", PANEL)));
    }

    @Test
    void boolean_properties_resolve_to_is_getters_and_are_checked_too() {
        assertThrows(RenderingException.class,
                () -> rendererAllowing(List.of()).renderFragment("#if($panel.empty)x#end", Map.of("panel", PANEL)));

        assertEquals("no", rendererAllowing(List.of("org.coplaunchpad.velocity.PanelView#isEmpty()"))
                .renderFragment("#if($panel.empty)yes#else no#end", Map.of("panel", PANEL)).trim());
    }

    @Test
    void an_entry_on_an_interface_allows_the_method_on_every_implementation() {
        ConfluenceTemplateRenderer renderer = rendererAllowing(List.of("java.lang.CharSequence#length()"));

        assertEquals("3", renderer.renderFragment("$b.length()", Map.of("b", new StringBuilder("abc"))));
    }

    @Test
    void string_number_and_boolean_methods_are_built_in() {
        ConfluenceTemplateRenderer renderer = rendererAllowing(List.of());
        Map<String, Object> context = Map.of("s", "Launch", "n", 41, "flag", Boolean.TRUE, "c", 'x');

        assertEquals("LAUNCH 6 true 41 1 true x", renderer.renderFragment(
                "$s.toUpperCase() $s.length() $s.startsWith(\"La\") $n.intValue() $n.compareTo(40)"
                        + " $flag.booleanValue() $c.charValue()", context));
    }

    @Test
    void list_and_map_methods_and_map_keys_are_built_in() {
        ConfluenceTemplateRenderer renderer = rendererAllowing(List.of());
        Map<String, Object> context = Map.of("list", List.of("a", "b"), "map", Map.of("phase", "pilot"));

        assertEquals("2 b true pilot pilot 1",
                renderer.renderFragment(
                        "$list.size() $list.get(1) $list.contains(\"a\") $map.phase $map.get(\"phase\") $map.size()",
                        context));
    }

    @Test
    void map_entries_are_built_in_when_iterating_a_map() {
        ConfluenceTemplateRenderer renderer = rendererAllowing(List.of());

        assertEquals("k=v;", renderer.renderFragment(
                "#foreach($e in $map.entrySet())$e.key=$e.value;#end", Map.of("map", Map.of("k", "v"))));
    }

    @Test
    void getClass_is_not_built_in_so_templates_cannot_reach_reflection() {
        RenderingException failure = assertThrows(RenderingException.class,
                () -> rendererAllowing(List.of()).renderFragment("$s.getClass().getName()", Map.of("s", "x")));

        assertTrue(failure.getMessage().contains("java.lang.Object#getClass()"), failure.getMessage());
    }

    @Test
    void static_methods_of_built_in_types_are_not_built_in() {
        assertThrows(RenderingException.class,
                () -> rendererAllowing(List.of()).renderFragment("$n.getInteger(\"user.home\")", Map.of("n", 1)));
    }

    @Test
    void velocity_foreach_scope_is_not_allowlisted_and_the_error_suggests_velocityCount() {
        RenderingException failure = assertThrows(RenderingException.class, () -> rendererAllowing(List.of())
                .renderFragment("#foreach($x in $list)$foreach.count#end", Map.of("list", List.of("a"))));

        assertTrue(failure.getMessage().contains("$velocityCount"), failure.getMessage());
        assertEquals("1a2b", rendererAllowing(List.of())
                .renderFragment("#foreach($x in $list)$velocityCount$x#end", Map.of("list", List.of("a", "b"))));
    }

    @Test
    void an_exception_thrown_by_an_allowlisted_method_becomes_a_rendering_exception() {
        ConfluenceTemplateRenderer renderer = rendererAllowing(List.of());

        RenderingException failure = assertThrows(RenderingException.class,
                () -> renderer.renderFragment("$list.get(5)", Map.of("list", List.of("a"))));

        assertTrue(failure.getMessage().contains("get"), failure.getMessage());
    }
}
