package org.coplaunchpad.standalone.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import org.coplaunchpad.standalone.testing.HostPerClass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Static files as a web server serves them: the host's own (/s/host/…) and AUI (/s/aui/…) with their content types,
 * validators a browser revalidates with, HEAD and ranges; nothing beside them (the site's classes, its other
 * resources, a path that climbs out); the app's download resources from its bundle, only those its descriptor
 * declares, as Confluence serves them.
 */
class StaticFilesIT {
    private static final String APP = "/download/resources/org.coplaunchpad.cop-launchpad";

    @RegisterExtension
    static final HostPerClass host = new HostPerClass();

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void the_hosts_stylesheet_is_utf8_css_with_validators_and_a_short_cache() throws Exception {
        HttpResponse<String> css = send(get("/s/host/host.css"));

        assertEquals(200, css.statusCode());
        assertEquals("text/css;charset=utf-8", contentType(css));
        assertEquals("max-age=300", header(css, "Cache-Control"));
        assertTrue(!header(css, "ETag").isEmpty() && !header(css, "Last-Modified").isEmpty());
    }

    @Test
    void a_browser_revalidating_with_the_etag_or_the_date_gets_304_without_the_file() throws Exception {
        HttpResponse<String> first = send(get("/s/host/editor.css"));

        HttpResponse<String> byEtag = send(get("/s/host/editor.css").header("If-None-Match", header(first, "ETag")));
        HttpResponse<String> byDate = send(get("/s/host/editor.css")
                .header("If-Modified-Since", header(first, "Last-Modified")));

        assertEquals(304, byEtag.statusCode());
        assertEquals("", byEtag.body());
        assertEquals(304, byDate.statusCode());
    }

    @Test
    void head_gives_the_length_without_the_file_and_a_range_gives_that_part() throws Exception {
        String script = send(get("/s/host/context-path.js")).body();

        HttpResponse<String> head = send(request("/s/host/context-path.js").method("HEAD",
                HttpRequest.BodyPublishers.noBody()));
        HttpResponse<String> part = send(get("/s/host/context-path.js").header("Range", "bytes=0-9"));

        assertEquals(200, head.statusCode());
        assertEquals("text/javascript;charset=utf-8", contentType(head));
        assertEquals("", head.body());
        assertEquals(206, part.statusCode());
        assertEquals(script.substring(0, 10), part.body());
    }

    @Test
    void aui_and_jquery_are_served_from_the_unpacked_aui_folder() throws Exception {
        assumeTrue(host.site().auiDirectory().isPresent(), "AUI was not fetched (no npm at build time)");

        HttpResponse<String> css = send(get("/s/aui/aui-prototyping.css"));
        HttpResponse<String> jquery = send(get("/s/aui/jquery.min.js"));

        assertEquals(200, css.statusCode());
        assertEquals("text/css;charset=utf-8", contentType(css));
        assertEquals(200, jquery.statusCode());
        assertEquals("text/javascript;charset=utf-8", contentType(jquery));
        assertTrue(jquery.body().contains("jQuery"));
    }

    @Test
    void nothing_beside_the_hosts_static_files_is_served() throws Exception {
        assertEquals(404, send(get("/s/host/PageServlet.class")).statusCode(), "a class of the site");
        assertEquals(404, send(get("/s/host/demo/demo-space.xml")).statusCode(), "another resource of the site");
        assertEquals(404, send(get("/s/host/no-such-file.css")).statusCode());
        int climbing = send(get("/s/host/%2e%2e/PageServlet.class")).statusCode();
        assertTrue(climbing == 400 || climbing == 404, "a path climbing out of the folder is refused: " + climbing);
    }

    @Test
    void the_apps_download_resources_come_from_its_bundle() throws Exception {
        HttpResponse<String> css = send(get(APP + ":benefits-panel-resources/benefits-panel.css"));
        HttpResponse<byte[]> image = client.send(get(APP + "/images/blueprint.png").build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertEquals(200, css.statusCode());
        assertEquals("text/css;charset=utf-8", contentType(css));
        assertTrue(css.body().contains(".cop-benefits"));
        assertEquals(200, image.statusCode());
        assertEquals("image/png", contentType(image));
    }

    @Test
    void only_what_the_descriptor_declares_is_downloaded_from_the_bundle() throws Exception {
        assertEquals(404, send(get(APP + "/atlassian-plugin.xml")).statusCode(), "in the bundle, not declared");
        assertEquals(404, send(get(APP + ":benefits-panel-resources/checklist.css")).statusCode(),
                "another web resource's file");
        int climbing = send(get(APP + "/images/%2e%2e/atlassian-plugin.xml")).statusCode();
        assertTrue(climbing == 400 || climbing == 404, "out of a declared folder: " + climbing);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(host.baseUri() + path));
    }

    private HttpRequest.Builder get(String path) {
        return request(path).GET();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Lower case: charset names are case-insensitive (RFC 9110), and Jetty writes utf-8. */
    private static String contentType(HttpResponse<?> response) {
        return header(response, "Content-Type").toLowerCase(Locale.ROOT);
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }
}
