package org.coplaunchpad.standalone.site;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Confluence's SiteMesh decoration of plugin servlet pages: an HTML response whose head carries
 * {@code <meta name="decorator" content="atl.general">} (or atl.admin, …) is shown inside the site's layout (header,
 * AUI, the web resources the servlet required, the atlassian-token meta tag), with the page's own title and body.
 * Anything else (JSON, CSV, redirects, undecorated HTML) goes out as the servlet wrote it.
 */
final class Decorator {
    private final PageLayout layout;

    Decorator(PageLayout layout) {
        this.layout = layout;
    }

    /**
     * Buffers what the servlet writes as HTML, so that it can be decorated once complete; anything else (a CSV, JSON)
     * goes straight to the response as it is written, as SiteMesh lets it through: a streamed download is streamed.
     */
    static final class BufferedResponse extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private PrintWriter writer;
        private ServletOutputStream stream;
        private boolean passedThrough;
        /** The response's own writer was taken (a download that then reset): what is sent later goes through it. */
        private boolean underlyingWriter;

        BufferedResponse(HttpServletResponse response) {
            super(response);
        }

        /** Whether the servlet wrote past the buffer, straight to the response (its type was set, and not HTML). */
        boolean passedThrough() {
            return passedThrough;
        }

        private boolean passesThrough() {
            if (stream == null && writer == null) {
                String type = getContentType();
                passedThrough = type != null && !type.startsWith("text/html");
            }
            return passedThrough;
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (passesThrough()) {
                return super.getOutputStream();
            }
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException("the standalone host buffers plugin servlet output");
                    }

                    @Override
                    public void write(int b) {
                        bytes.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        bytes.write(b, off, len);
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (passesThrough()) {
                underlyingWriter = true;
                return super.getWriter();
            }
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(bytes, charset()));
            }
            return writer;
        }

        /** As a container's buffer: what was written and not yet sent can be taken back. */
        @Override
        public void resetBuffer() {
            if (passedThrough) {
                super.resetBuffer();
                return;
            }
            if (writer != null) {
                writer.flush();
            }
            bytes.reset();
            super.resetBuffer();
        }

        /** Before anything was sent, the servlet may start over (an error page instead of a download): buffered again. */
        @Override
        public void reset() {
            resetBuffer();
            super.reset();
            if (passedThrough) {
                passedThrough = false;
                writer = null;
                stream = null;
            }
        }

        @Override
        public void setContentLength(int length) {
            // The length of what is finally sent is set when it is sent.
            if (passedThrough) {
                super.setContentLength(length);
            }
        }

        @Override
        public void setContentLengthLong(long length) {
            if (passedThrough) {
                super.setContentLengthLong(length);
            }
        }

        @Override
        public void flushBuffer() throws IOException {
            if (passedThrough) {
                super.flushBuffer();
                return;
            }
            if (writer != null) {
                writer.flush();
            }
        }

        private Charset charset() {
            String name = getCharacterEncoding();
            return name == null ? StandardCharsets.ISO_8859_1 : Charset.forName(name);
        }

        byte[] content() {
            if (writer != null) {
                writer.flush();
            }
            return bytes.toByteArray();
        }
    }

    /** Sends what the servlet wrote: decorated when it asked for it. */
    void send(HttpServletRequest request, HttpServletResponse response, BufferedResponse buffered) throws IOException {
        if (buffered.passedThrough()) {
            buffered.getResponse().flushBuffer();
            return;
        }
        if (response.isCommitted()) {
            return;
        }
        byte[] content = buffered.content();
        Optional<String> decorated = decorate(request, response, content, buffered.charset());
        byte[] out = decorated.map(html -> html.getBytes(StandardCharsets.UTF_8)).orElse(content);
        if (decorated.isPresent()) {
            response.setContentType("text/html;charset=UTF-8");
        }
        response.setContentLength(out.length);
        if (buffered.underlyingWriter) {
            response.getWriter().write(new String(out, StandardCharsets.UTF_8));
        } else {
            response.getOutputStream().write(out);
        }
    }

    private Optional<String> decorate(HttpServletRequest request, HttpServletResponse response, byte[] content,
                                      Charset charset) {
        String type = response.getContentType();
        if (type == null || !type.startsWith("text/html") || content.length == 0) {
            return Optional.empty();
        }
        Document page = Jsoup.parse(new String(content, charset));
        // Sitemesh copies the body as it is: pretty-printing would collapse the line breaks of plain texts shown
        // with white-space: pre-line (a decision's rationale), which Confluence keeps.
        page.outputSettings().prettyPrint(false);
        Element decorator = page.head().selectFirst("meta[name=decorator]");
        if (decorator == null || !decorator.attr("content").startsWith("atl.")) {
            return Optional.empty();
        }
        return Optional.of(layout.render(request, PageLayout.Screen.decorated(page.title(), page.body().html())));
    }
}
