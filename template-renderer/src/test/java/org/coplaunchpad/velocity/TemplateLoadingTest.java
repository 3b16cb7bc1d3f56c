package org.coplaunchpad.velocity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.templaterenderer.RenderingException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateLoadingTest {

    private final ConfluenceTemplateRenderer renderer =
            new ConfluenceTemplateRenderer(getClass().getClassLoader(), VelocityAllowlist.empty());

    @Test
    void resolve_is_true_for_an_existing_template_and_false_otherwise() {
        assertTrue(renderer.resolve("templates/panel.vm"));
        assertTrue(renderer.resolve("/templates/panel.vm"));
        assertFalse(renderer.resolve("templates/no-such-template.vm"));
        assertFalse(renderer.resolve(null));
    }

    @Test
    void rendering_a_missing_template_fails_with_its_name() {
        RenderingException failure = assertThrows(RenderingException.class,
                () -> renderer.render("templates/no-such-template.vm", new StringWriter()));

        assertTrue(failure.getMessage().contains("templates/no-such-template.vm"), failure.getMessage());
        assertTrue(failure.getMessage().contains("not found"), failure.getMessage());
    }

    @Test
    void a_template_with_a_syntax_error_fails_with_its_name() {
        RenderingException failure = assertThrows(RenderingException.class,
                () -> renderer.render("templates/broken.vm", Map.of(), new StringWriter()));

        assertTrue(failure.getMessage().contains("templates/broken.vm"), failure.getMessage());
        assertTrue(failure.getMessage().contains("syntax error"), failure.getMessage());
    }

    @Test
    void a_fragment_with_a_syntax_error_fails() {
        RenderingException failure = assertThrows(RenderingException.class,
                () -> renderer.renderFragment("#if($x", Map.of()));

        assertTrue(failure.getMessage().contains("syntax error"), failure.getMessage());
    }

    @Test
    void render_without_a_context_sees_no_values() throws IOException {
        StringWriter out = new StringWriter();

        renderer.render("templates/page.html.vm", out);

        assertEquals("<p>$title</p>\n", out.toString());
    }

    @Test
    void renderFragment_evaluates_a_template_string_with_the_context() {
        assertEquals("Hello, Ada! 1 2 ", renderer.renderFragment(
                "Hello, $name! #foreach($n in $numbers)$n #end", Map.of("name", "Ada", "numbers", List.of(1, 2))));
    }

    @Test
    void templates_are_read_and_written_as_utf8() throws IOException {
        StringWriter out = new StringWriter();

        renderer.render("templates/unicode.vm", Map.of("name", "Zoë"), out);

        assertEquals("Grüße, Zoë — ✓\n", out.toString());
    }

    @Test
    void set_in_a_template_does_not_touch_the_callers_immutable_map() {
        Map<String, Object> context = Map.of("a", "1");

        assertEquals("2", renderer.renderFragment("#set($a = \"2\")$a", context));
        assertEquals(Map.of("a", "1"), context);
    }

    @Test
    void set_in_a_template_does_not_change_a_mutable_callers_map_either() {
        Map<String, Object> context = new HashMap<>(Map.of("a", "1"));

        renderer.renderFragment("#set($b = \"new\")", context);

        assertEquals(Map.of("a", "1"), context);
    }

    @Test
    void templates_come_from_the_given_class_loader_not_the_context_class_loader(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("only-here.vm"), "from $where");
        try (URLClassLoader pluginLoader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            ConfluenceTemplateRenderer pluginRenderer =
                    new ConfluenceTemplateRenderer(pluginLoader, VelocityAllowlist.empty());
            StringWriter out = new StringWriter();

            pluginRenderer.render("only-here.vm", Map.of("where", "plugin"), out);

            assertEquals("from plugin", out.toString());
            assertFalse(pluginRenderer.resolve("templates/panel.vm"));
            assertFalse(renderer.resolve("only-here.vm"));
        }
    }

    @Test
    void a_failing_writer_surfaces_as_IOException() {
        Writer broken = new Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };

        IOException failure = assertThrows(IOException.class,
                () -> renderer.render("templates/page.html.vm", Map.of("title", "t"), broken));
        assertEquals("disk full", failure.getMessage());
    }

    @Test
    void rendering_writes_no_velocity_log() throws IOException {
        renderer.render("templates/page.html.vm", Map.of("title", "t"), new StringWriter());

        assertFalse(Files.exists(Path.of("velocity.log")));
    }
}
