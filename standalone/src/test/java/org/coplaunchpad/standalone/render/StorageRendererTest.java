package org.coplaunchpad.standalone.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.coplaunchpad.standalone.services.HostConversionContext;
import org.junit.jupiter.api.Test;

class StorageRendererTest {
    private final Map<String, Macro> macros = new HashMap<>();
    private final StorageRenderer renderer = new StorageRenderer(new MacroLookup() {
        @Override
        public Optional<Macro> find(String macroName) {
            return Optional.ofNullable(macros.get(macroName));
        }

        @Override
        public <T> T call(Supplier<T> action) {
            return action.get();
        }
    }, "/confluence");

    private record Recorded(Map<String, String> parameters, String body, ConversionContext context) {
    }

    private Recorded[] recordingMacro(String name, String output) {
        Recorded[] seen = new Recorded[1];
        macros.put(name, new Macro() {
            @Override
            public String execute(Map<String, String> parameters, String body, ConversionContext context) {
                seen[0] = new Recorded(parameters, body, context);
                return output;
            }

            @Override
            public BodyType getBodyType() {
                return BodyType.RICH_TEXT;
            }

            @Override
            public OutputType getOutputType() {
                return OutputType.BLOCK;
            }
        });
        return seen;
    }

    private String render(String storage) {
        return renderer.render(storage, HostConversionContext.display("CDP"));
    }

    @Test
    void a_macro_gets_its_parameters_its_rendered_body_and_a_display_context() {
        Recorded[] seen = recordingMacro("panel", "<div class=\"out\">panel</div>");

        String html = render("<ac:structured-macro ac:name=\"panel\"><ac:parameter ac:name=\"category\">x</ac:parameter>"
                + "<ac:rich-text-body><p onclick=\"bad()\">note</p></ac:rich-text-body></ac:structured-macro>");

        assertEquals(Map.of("category", "x"), seen[0].parameters());
        assertEquals("<p>note</p>", seen[0].body());
        assertEquals("display", seen[0].context().getOutputType());
        assertEquals("CDP", seen[0].context().getSpaceKey());
        assertEquals("<div class=\"out\">panel</div>", html);
    }

    @Test
    void macros_inside_a_rich_text_body_run_before_the_outer_macro() {
        recordingMacro("inner", "<b>inner</b>");
        Recorded[] outer = recordingMacro("outer", "outer");

        render("<ac:structured-macro ac:name=\"outer\"><ac:rich-text-body><ac:structured-macro ac:name=\"inner\"/>"
                + "</ac:rich-text-body></ac:structured-macro>");

        assertEquals("<b>inner</b>", outer[0].body());
    }

    @Test
    void scripts_event_handlers_and_javascript_urls_are_removed_from_page_content() {
        String html = render("<p onmouseover=\"x()\">a<script>alert(1)</script><a href=\"javascript:alert(2)\">b</a>"
                + "<img src=\"x\" onerror=\"y()\"/></p>");

        assertFalse(html.contains("script"));
        assertFalse(html.contains("onmouseover") || html.contains("onerror"));
        assertFalse(html.contains("javascript:"));
        assertTrue(html.contains("a") && html.contains("b"));
    }

    @Test
    void page_text_cannot_forge_a_macro_placeholder() {
        recordingMacro("m", "<script>trusted()</script>");

        String html = render("<p>cop-macro-0000000000000000-0</p><ac:structured-macro ac:name=\"m\"/>");

        assertTrue(html.startsWith("<p>cop-macro-0000000000000000-0</p>"), html);
    }

    @Test
    void an_unknown_macro_becomes_an_inline_error() {
        String html = render("<ac:structured-macro ac:name=\"nope\"/>");

        assertTrue(html.contains("aui-message-error") && html.contains("Unknown macro: &#39;nope&#39;"), html);
    }

    @Test
    void a_macro_execution_exception_becomes_an_inline_error_with_its_message() {
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

        String html = render("<ac:structured-macro ac:name=\"failing\"/>");

        assertTrue(html.contains("Error rendering macro &#39;failing&#39;"), html);
        assertTrue(html.contains("bad &lt;input&gt;"), html);
    }

    @Test
    void a_page_link_points_at_the_display_url() {
        String html = render("<p><ac:link><ri:page ri:content-title=\"Se décider\"/></ac:link></p>");

        assertEquals("<p><a href=\"/confluence/display/CDP/Se+d%C3%A9cider\">Se décider</a></p>", html);
    }
}
