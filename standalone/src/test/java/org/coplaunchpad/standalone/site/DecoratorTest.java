package org.coplaunchpad.standalone.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The host's stand-in for SiteMesh: HTML a plugin servlet writes is held until it is complete (to be decorated);
 * anything else reaches the response as it is written, as SiteMesh lets it through, so that a streamed download is
 * streamed on the host as in Confluence.
 */
class DecoratorTest {
    /** A container's response, reduced to what the wrapper uses: its type, its bytes, whether they were flushed. */
    private static final class Container {
        final ByteArrayOutputStream sent = new ByteArrayOutputStream();
        final Map<String, Object> state = new HashMap<>();
        final PrintWriter writer = new PrintWriter(new OutputStreamWriter(sent, StandardCharsets.UTF_8), true);

        HttpServletResponse response() {
            ServletOutputStream stream = new ServletOutputStream() {
                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                }

                @Override
                public void write(int b) {
                    sent.write(b);
                }
            };
            return (HttpServletResponse) Proxy.newProxyInstance(HttpServletResponse.class.getClassLoader(),
                    new Class<?>[] {HttpServletResponse.class}, (self, method, args) -> switch (method.getName()) {
                        case "setContentType" -> state.put("type", args[0]);
                        case "getContentType" -> state.get("type");
                        case "getCharacterEncoding" -> "UTF-8";
                        case "getWriter" -> writer;
                        case "getOutputStream" -> stream;
                        case "isCommitted" -> false;
                        default -> null;
                    });
        }
    }

    @Test
    void a_csv_reaches_the_response_as_it_is_written_while_the_servlet_is_still_writing() throws Exception {
        Container container = new Container();
        Decorator.BufferedResponse buffered = new Decorator.BufferedResponse(container.response());

        buffered.setContentType("text/csv;charset=UTF-8");
        PrintWriter writer = buffered.getWriter();
        writer.write("space,checklist\n");
        writer.flush();

        assertEquals("space,checklist\n", container.sent.toString(StandardCharsets.UTF_8), "sent before the end");
        assertTrue(buffered.passedThrough());
    }

    @Test
    void html_is_held_until_the_servlet_is_done_so_that_it_can_be_decorated() throws Exception {
        Container container = new Container();
        Decorator.BufferedResponse buffered = new Decorator.BufferedResponse(container.response());

        buffered.setContentType("text/html;charset=UTF-8");
        PrintWriter writer = buffered.getWriter();
        writer.write("<html><body>Le tableau de bord</body></html>");
        writer.flush();

        assertEquals(0, container.sent.size(), "nothing sent yet");
        assertFalse(buffered.passedThrough());
        assertEquals("<html><body>Le tableau de bord</body></html>",
                new String(buffered.content(), StandardCharsets.UTF_8));
    }

    @Test
    void a_download_reset_before_any_byte_left_is_held_again_for_its_error_page() throws Exception {
        Container container = new Container();
        Decorator.BufferedResponse buffered = new Decorator.BufferedResponse(container.response());
        buffered.setContentType("text/csv;charset=UTF-8");
        buffered.getWriter();

        buffered.reset();
        buffered.setContentType("text/html;charset=UTF-8");
        buffered.getWriter().write("<html><body>503</body></html>");

        assertFalse(buffered.passedThrough());
        assertEquals(0, container.sent.size());
    }
}
