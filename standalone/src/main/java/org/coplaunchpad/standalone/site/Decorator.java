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

    /** Buffers what the servlet writes, so that it can be decorated once complete. */
    static final class BufferedResponse extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private PrintWriter writer;
        private ServletOutputStream stream;

        BufferedResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public ServletOutputStream getOutputStream() {
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
        public PrintWriter getWriter() {
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(bytes, charset()));
            }
            return writer;
        }

        /** As a container's buffer: what was written and not yet sent can be taken back. */
        @Override
        public void resetBuffer() {
            if (writer != null) {
                writer.flush();
            }
            bytes.reset();
            super.resetBuffer();
        }

        @Override
        public void reset() {
            resetBuffer();
            super.reset();
        }

        @Override
        public void setContentLength(int length) {
            // The length of what is finally sent is set when it is sent.
        }

        @Override
        public void setContentLengthLong(long length) {
        }

        @Override
        public void flushBuffer() {
            if (writer != null) {
                writer.flush();
            }
        }

        private Charset charset() {
            String name = getCharacterEncoding();
            return name == null ? StandardCharsets.ISO_8859_1 : Charset.forName(name);
        }

        byte[] content() {
            flushBuffer();
            return bytes.toByteArray();
        }
    }

    /** Sends what the servlet wrote: decorated when it asked for it. */
    void send(HttpServletRequest request, HttpServletResponse response, BufferedResponse buffered) throws IOException {
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
        response.getOutputStream().write(out);
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
