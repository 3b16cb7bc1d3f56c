package org.coplaunchpad.velocity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AntiXssEscapingTest {

    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String ATTRIBUTE_BREAKOUT = "\"><img src=x onerror=alert(1)>";

    private final ConfluenceTemplateRenderer renderer = new ConfluenceTemplateRenderer(
            getClass().getClassLoader(),
            VelocityAllowlist.of(List.of(
                    "org.coplaunchpad.velocity.PanelView#getTitle()",
                    "org.coplaunchpad.velocity.PanelView#getNoteHtml()",
                    "org.coplaunchpad.velocity.PanelView#getTitleHtml()",
                    "org.coplaunchpad.velocity.PanelView#renderSummary()",
                    "org.coplaunchpad.velocity.PanelView#label(java.lang.String)")));

    private String render(String template, Map<String, Object> context) throws IOException {
        StringWriter out = new StringWriter();
        renderer.render(template, context, out);
        return out.toString();
    }

    private String fragment(String source, Map<String, Object> context) {
        return renderer.renderFragment(source, context);
    }

    @Test
    void htmlSafe_template_encodes_hostile_text_and_attribute_values() throws IOException {
        String html = render("templates/hostile.vm",
                Map.of("title", SCRIPT, "attribute", ATTRIBUTE_BREAKOUT, "bodyHtml", "<b>trusted</b>"));

        assertTrue(html.contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>"), html);
        assertTrue(html.contains("<a title=\"&quot;&gt;&lt;img src=x onerror=alert(1)&gt;\">x</a>"), html);
        assertFalse(html.contains("<script>"), html);
        assertFalse(html.contains("<img"), html);
    }

    @Test
    void encoding_covers_ampersand_and_both_quote_kinds() {
        assertEquals("&amp; &lt; &gt; &quot; &#39;", fragment("#htmlSafe()$v", Map.of("v", "& < > \" '")));
    }

    @Test
    void references_ending_in_html_are_not_encoded_whatever_the_case() {
        Map<String, Object> context = Map.of("bodyHtml", "<b>1</b>", "summaryHTML", "<i>2</i>", "x", SCRIPT);

        assertEquals("<b>1</b> <i>2</i> &lt;script&gt;alert(1)&lt;/script&gt;",
                fragment("#htmlSafe()$bodyHtml $summaryHTML $x", context));
    }

    @Test
    void properties_and_methods_whose_name_ends_in_html_are_not_encoded() {
        PanelView panel = new PanelView(SCRIPT, List.of());

        assertEquals("<em>note</em>|<b>" + SCRIPT + "</b>",
                fragment("#htmlSafe()$panel.noteHtml|$panel.getTitleHtml()", Map.of("panel", panel)));
        assertEquals("<em>note</em>", fragment("#htmlSafe()$!{panel.noteHtml}", Map.of("panel", panel)));
    }

    @Test
    void the_html_exemption_looks_at_the_last_name_not_at_arguments() {
        PanelView panel = new PanelView(SCRIPT, List.of());

        assertEquals("x.Html: &lt;script&gt;alert(1)&lt;/script&gt;",
                fragment("#htmlSafe()$panel.label(\"x.Html\")", Map.of("panel", panel)));
    }

    @Test
    void body_head_xHtmlContent_and_render_methods_are_not_encoded() {
        Map<String, Object> context = Map.of("body", "<p>b</p>", "head", "<meta>", "xHtmlContent", "<div/>",
                "panel", new PanelView("t", List.of()));

        assertEquals("<p>b</p><meta><div/><p>summary</p>",
                fragment("#htmlSafe()$body$head$xHtmlContent$panel.renderSummary()", context));
    }

    @Test
    void a_property_that_merely_contains_html_is_still_encoded() {
        assertEquals("&lt;b&gt;", fragment("#htmlSafe()$htmlTitle", Map.of("htmlTitle", "<b>")));
    }

    @Test
    void quiet_reference_to_a_missing_value_prints_nothing() {
        assertEquals("[]", fragment("#htmlSafe()[$!missing]", Map.of()));
    }

    @Test
    void loud_reference_to_a_missing_value_prints_itself_as_velocity_does() {
        assertEquals("[$missing]", fragment("#htmlSafe()[$missing]", Map.of()));
    }

    @Test
    void numbers_are_encoded_as_their_text() {
        assertEquals("42", fragment("#htmlSafe()$n", Map.of("n", 42)));
    }

    @Test
    void template_without_htmlSafe_is_not_encoded() throws IOException {
        assertEquals("<h1>" + SCRIPT + "</h1>\n", render("templates/hostile-unescaped.vm", Map.of("title", SCRIPT)));
        assertEquals(SCRIPT, fragment("$x", Map.of("x", SCRIPT)));
    }

    @Test
    void template_named_html_vm_is_encoded_without_the_directive() throws IOException {
        assertEquals("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n",
                render("templates/page.html.vm", Map.of("title", SCRIPT)));
    }

    @Test
    void disableAntiXss_opts_out_even_for_an_html_vm_template() throws IOException {
        assertTrue(render("templates/opted-out.html.vm", Map.of("title", SCRIPT)).contains("<p>" + SCRIPT + "</p>"));
        assertEquals(SCRIPT, fragment("#htmlSafe()#disableAntiXss()$x", Map.of("x", SCRIPT)));
    }

    @Test
    void htmlSafe_anywhere_in_the_template_applies_to_the_whole_template() {
        assertEquals("&lt;i&gt;", fragment("$x#htmlSafe()", Map.of("x", "<i>")));
    }

    @Test
    void anti_xss_directives_print_nothing() throws IOException {
        assertEquals("[][]\n", render("templates/directives-only.vm", Map.of()));
        assertEquals("ab", fragment("a#htmlSafe()b", Map.of()));
    }

    @Test
    void escaping_is_per_render_and_does_not_leak_into_the_next_template() throws IOException {
        render("templates/hostile.vm", Map.of("title", SCRIPT, "attribute", "", "bodyHtml", ""));

        assertEquals(SCRIPT, fragment("$x", Map.of("x", SCRIPT)));
    }
}
