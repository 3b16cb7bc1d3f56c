package org.coplaunchpad.standalone.hosting.render;

import org.coplaunchpad.standalone.site.view.SiteTexts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.coplaunchpad.standalone.hosting.services.HostConversionContext;
import org.coplaunchpad.standalone.testing.RealWorldPage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class StorageRendererTest {
    private final Map<String, Macro> macros = new HashMap<>();
    private Locale viewer = Locale.ENGLISH;
    private final StorageRenderer renderer = new StorageRenderer(new MacroLookup() {
        @Override
        public Optional<Macro> find(String macroName) {
            return Optional.ofNullable(macros.get(macroName));
        }

        @Override
        public <T> T call(Supplier<T> action) {
            return action.get();
        }
    }, "/confluence", (key, arguments) -> SiteTexts.of(viewer).format(key, arguments));

    private record Call(Map<String, String> parameters, String body, ConversionContext context) {
    }

    private interface Output {
        String of(Map<String, String> parameters, String body);
    }

    private List<Call> macro(String name, Macro.BodyType bodyType, Output output) {
        List<Call> calls = new ArrayList<>();
        macros.put(name, new Macro() {
            @Override
            public String execute(Map<String, String> parameters, String body, ConversionContext context) {
                calls.add(new Call(parameters, body, context));
                return output.of(parameters, body);
            }

            @Override
            public BodyType getBodyType() {
                return bodyType;
            }

            @Override
            public OutputType getOutputType() {
                return OutputType.BLOCK;
            }
        });
        return calls;
    }

    private List<Call> macro(String name, String output) {
        return macro(name, Macro.BodyType.RICH_TEXT, (parameters, body) -> output);
    }

    private String render(String storage) {
        return renderer.render(storage, HostConversionContext.display("CDP"));
    }

    @Test
    void a_macro_gets_its_parameters_its_rendered_body_and_a_display_context() {
        List<Call> calls = macro("cop-test", "<div class=\"out\">panel</div>");

        String html = render("<ac:structured-macro ac:name=\"cop-test\"><ac:parameter ac:name=\"category\">x</ac:parameter>"
                + "<ac:rich-text-body><p onclick=\"bad()\">note</p></ac:rich-text-body></ac:structured-macro>");

        assertEquals("x", calls.get(0).parameters().get("category"));
        assertEquals("<p>note</p>", calls.get(0).body());
        assertEquals("display", calls.get(0).context().getOutputType());
        assertEquals("CDP", calls.get(0).context().getSpaceKey());
        assertEquals("<div class=\"out conf-macro output-block\" data-hasbody=\"true\" data-macro-name=\"cop-test\">panel</div>",
                html);
    }

    @Test
    void output_of_several_elements_or_text_is_wrapped_as_confluence_wraps_it() {
        macro("two", "<p>a</p><p>b</p>");
        macro("text", "just text");

        assertEquals("<div class=\"conf-macro output-block\" data-hasbody=\"false\" data-macro-name=\"two\"><p>a</p><p>b</p></div>",
                render("<ac:structured-macro ac:name=\"two\"/>"));
        assertEquals("<span class=\"conf-macro output-inline\" data-hasbody=\"false\" data-macro-name=\"text\">just text</span>",
                render("<ac:structured-macro ac:name=\"text\"/>"));
    }

    @Test
    void a_page_with_more_than_ten_macros_shows_each_output_in_its_place() {
        // The host once put placeholders "…-1" … "…-11" in the page and replaced them in turn: "…-1" is a prefix of
        // "…-10" and "…-11", so those showed macro 1's output followed by "0" and "1".
        macro("numbered", Macro.BodyType.NONE, (parameters, body) -> "<i data-n=\"" + parameters.get("n") + "\"></i>");
        StringBuilder page = new StringBuilder();
        IntStream.range(0, 12).forEach(n -> page.append("<p>before ").append(n).append("</p>")
                .append("<ac:structured-macro ac:name=\"numbered\"><ac:parameter ac:name=\"n\">").append(n)
                .append("</ac:parameter></ac:structured-macro>"));

        Document view = Jsoup.parseBodyFragment(render(page.toString()));

        assertEquals(IntStream.range(0, 12).mapToObj(Integer::toString).toList(), view.select("i").eachAttr("data-n"));
        for (int n = 0; n < 12; n++) {
            assertEquals("before " + n, view.select("i").get(n).previousElementSibling().text());
        }
        assertEquals(12, view.select("p").size());
    }

    @Test
    void a_real_world_page_shows_every_macro_in_its_place() {
        viewer = Locale.FRENCH;
        macro("cop-benefits-panel", Macro.BodyType.RICH_TEXT, (parameters, body) ->
                "<section><div data-category=\"" + parameters.get("category") + "\"></div>" + body + "</section>");
        macro("cop-readiness-checklist", Macro.BodyType.NONE, (parameters, body) -> "<section data-checklist=\""
                + parameters.get("checklist") + "\" data-mode=\"" + parameters.getOrDefault("mode", "personal")
                + "\"></section>");

        RealWorldPage.assertEachMacroInPlace(Jsoup.parseBodyFragment(render(RealWorldPage.storage())).body());
    }

    @Test
    void parameters_arrive_as_confluence_hands_them_to_a_macro() {
        List<Call> calls = macro("cop-test", "<b>x</b>");

        render("<ac:structured-macro ac:name=\"cop-test\" ac:schema-version=\"1\" ac:macro-id=\"m\" data-layout=\"default\">"
                + "<ac:default-parameter>first</ac:default-parameter>"
                + "<ac:parameter ac:name=\"text\"> a &amp; b</ac:parameter>"
                + "<ac:parameter ac:name=\"page\"><ac:link><ri:page ri:space-key=\"CDP\" ri:content-title=\"Se décider\"/></ac:link></ac:parameter>"
                + "<ac:parameter ac:name=\"here\"><ac:link><ri:page ri:content-title=\"Accueil\"/></ac:link></ac:parameter>"
                + "<ac:parameter ac:name=\"bare\"><ri:page ri:content-title=\"Accueil\"/></ac:parameter>"
                + "<ac:parameter ac:name=\"space\"><ri:space ri:space-key=\"CDP\"/></ac:parameter>"
                + "<ac:parameter ac:name=\"file\"><ri:attachment ri:filename=\"charte.pdf\"/></ac:parameter>"
                + "<ac:parameter ac:name=\"user\"><ri:user ri:userkey=\"8a7f\"/></ac:parameter>"
                + "<ac:parameter ac:name=\"url\"><a href=\"https://example.org\">site</a></ac:parameter>"
                + "</ac:structured-macro>");

        Map<String, String> parameters = calls.get(0).parameters();
        assertEquals("first", parameters.get(""));
        assertEquals("first", parameters.get("0"));
        assertEquals(" a & b", parameters.get("text"));
        assertEquals("CDP:Se décider", parameters.get("page"));
        assertEquals("Accueil", parameters.get("here"));
        assertTrue(parameters.containsKey("bare"));
        assertNull(parameters.get("bare"), "Confluence has no string for a bare ri:page");
        assertEquals("CDP", parameters.get("space"));
        assertEquals("charte.pdf", parameters.get("file"));
        assertEquals("8a7f", parameters.get("user"));
        assertEquals("https://example.org", parameters.get("url"));
        assertTrue(parameters.get(": = | RAW | = :").startsWith("first|text= a & b|page=CDP:Se décider"),
                parameters.get(": = | RAW | = :"));
    }

    @Test
    void a_macro_gets_only_the_body_kind_it_declares() {
        List<Call> none = macro("bodiless", Macro.BodyType.NONE, (parameters, body) -> "<b>n</b>");
        List<Call> plain = macro("plain", Macro.BodyType.PLAIN_TEXT, (parameters, body) -> "<b>p</b>");

        String html = render("<ac:structured-macro ac:name=\"bodiless\"><ac:rich-text-body><p>ignored</p></ac:rich-text-body>"
                + "</ac:structured-macro><ac:structured-macro ac:name=\"plain\"><ac:plain-text-body><![CDATA[a < b]]>"
                + "</ac:plain-text-body></ac:structured-macro>");

        assertEquals("", none.get(0).body());
        assertEquals("a < b", plain.get(0).body());
        assertTrue(html.contains("data-macro-name=\"bodiless\"") && html.contains("data-hasbody=\"false\""), html);
    }

    @Test
    void macros_inside_a_rich_text_body_run_before_the_outer_macro() {
        macro("inner", "<b>inner</b>");
        List<Call> outer = macro("outer", "outer");

        render("<ac:structured-macro ac:name=\"outer\"><ac:rich-text-body><ac:structured-macro ac:name=\"inner\"/>"
                + "</ac:rich-text-body></ac:structured-macro>");

        assertEquals("<b class=\"conf-macro output-block\" data-hasbody=\"false\" data-macro-name=\"inner\">inner</b>",
                outer.get(0).body());
    }

    @Test
    void scripts_event_handlers_and_javascript_urls_are_removed_from_page_content() {
        String html = render("<p onmouseover=\"x()\">a<script>alert(1)</script><a href=\"javascript:alert(2)\">b</a>"
                + "<img src=\"x\" onerror=\"y()\"/><SCRIPT>alert(3)</SCRIPT><style>p{}</style></p>"
                + "<ac:link><ri:url ri:value=\"javascript:alert(4)\"/>"
                + "<ac:plain-text-link-body><![CDATA[c]]></ac:plain-text-link-body></ac:link>");

        assertFalse(html.contains("script") || html.contains("alert"), html);
        assertFalse(html.contains("onmouseover") || html.contains("onerror"));
        assertFalse(html.contains("javascript:"));
        assertEquals("<p>a<a>b</a><img src=\"x\"></p>c", html);
    }

    @Test
    void container_titles_and_bodies_from_the_page_are_escaped_and_sanitised() {
        String html = render("<ac:structured-macro ac:name=\"panel\"><ac:parameter ac:name=\"title\">&lt;img src=x onerror=y()&gt;"
                + "</ac:parameter><ac:rich-text-body><p onclick=\"z()\">body</p></ac:rich-text-body></ac:structured-macro>");

        Document view = Jsoup.parseBodyFragment(html);
        assertEquals("<img src=x onerror=y()>", view.select(".panelHeader").text());
        assertTrue(view.select("img, [onclick], [onerror]").isEmpty(), html);
        assertEquals("body", view.select(".panelContent p").text());
    }

    @Test
    void an_unknown_macro_is_a_box_in_its_place_in_the_viewers_language() {
        assertTrue(render("<p>a <ac:structured-macro ac:name=\"nope\"/> b</p>").contains(
                "<p>a <span class=\"wysiwyg-unknown-macro aui-message aui-message-warning\" data-macro-name=\"nope\">"
                        + "Unknown macro: &#39;nope&#39;</span> b</p>"));
        viewer = Locale.FRENCH;
        assertTrue(render("<ac:structured-macro ac:name=\"nope\"/>").contains("Macro inconnue : « nope »"));
    }

    @Test
    void a_macro_execution_exception_becomes_an_inline_error_in_the_viewers_language() {
        macros.put("failing", new Macro() {
            @Override
            public String execute(Map<String, String> parameters, String body, ConversionContext context)
                    throws MacroExecutionException {
                throw new MacroExecutionException("bad <input>");
            }

            @Override
            public BodyType getBodyType() {
                return BodyType.NONE;
            }

            @Override
            public OutputType getOutputType() {
                return OutputType.INLINE;
            }
        });
        viewer = Locale.FRENCH;

        String html = render("<ac:structured-macro ac:name=\"failing\"/>");

        assertTrue(html.contains("Erreur d&#39;affichage de la macro « failing »"), html);
        assertTrue(html.contains("bad &lt;input&gt;"), html);
    }

    @Test
    void a_page_link_points_at_the_display_url() {
        String html = render("<p><ac:link><ri:page ri:content-title=\"Se décider\"/></ac:link></p>");

        assertEquals("<p><a href=\"/confluence/display/CDP/Se+d%C3%A9cider\">Se décider</a></p>", html);
    }

    @Test
    void layouts_tasks_and_emoticons_become_confluences_view_markup() {
        String html = render("<ac:layout><ac:layout-section ac:type=\"two_left_sidebar\"><ac:layout-cell><p>side</p>"
                + "</ac:layout-cell><ac:layout-cell><ac:task-list><ac:task><ac:task-id>7</ac:task-id>"
                + "<ac:task-status>complete</ac:task-status><ac:task-body>done <ac:emoticon ac:name=\"smile\"/></ac:task-body>"
                + "</ac:task></ac:task-list></ac:layout-cell></ac:layout-section></ac:layout>");

        Document view = Jsoup.parseBodyFragment(html);
        assertEquals(List.of("aside", "normal"),
                view.select(".contentLayout2 > .columnLayout.two-left-sidebar > .cell").eachAttr("data-type"));
        assertEquals("side", view.select(".cell.aside > .innerCell > p").text());
        assertEquals("7", view.select(".cell.normal ul.inline-task-list > li.checked").attr("data-inline-task-id"));
        assertEquals("done 🙂", view.select("li.checked").text());
    }
}
