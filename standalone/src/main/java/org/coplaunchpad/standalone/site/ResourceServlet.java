package org.coplaunchpad.standalone.site;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.coplaunchpad.standalone.hosting.osgi.PluginBundle;
import org.coplaunchpad.standalone.hosting.osgi.PluginDescriptor;

/**
 * Static files: the app's download resources (/download/resources/pluginKey:webResourceKey/name and
 * /download/resources/pluginKey/images/...), read from the bundle as Confluence serves them; AUI (/s/aui/...)
 * and the host's own stylesheet (/s/host/...).
 */
final class ResourceServlet extends HttpServlet {
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("css", "text/css;charset=UTF-8"), Map.entry("js", "text/javascript;charset=UTF-8"),
            Map.entry("png", "image/png"), Map.entry("svg", "image/svg+xml"), Map.entry("gif", "image/gif"),
            Map.entry("jpg", "image/jpeg"), Map.entry("woff", "font/woff"), Map.entry("woff2", "font/woff2"),
            Map.entry("ttf", "font/ttf"), Map.entry("eot", "application/vnd.ms-fontobject"));

    private final PluginBundle bundle;
    private final PluginDescriptor descriptor;
    private final Optional<Path> aui;

    ResourceServlet(PluginBundle bundle, PluginDescriptor descriptor, Optional<Path> aui) {
        this.bundle = bundle;
        this.descriptor = descriptor;
        this.aui = aui;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        if (path.contains("..") || path.contains("\\")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<byte[]> content = switch (request.getServletPath()) {
            case "/download/resources" -> download(path);
            case "/s/aui" -> aui.flatMap(dir -> file(dir.resolve(path)));
            case "/s/host" -> classpath(path);
            default -> Optional.empty();
        };
        if (content.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String extension = path.substring(path.lastIndexOf('.') + 1);
        response.setContentType(TYPES.getOrDefault(extension, "application/octet-stream"));
        response.setHeader("Cache-Control", "max-age=300");
        response.getOutputStream().write(content.get());
    }

    /** Only what the descriptor declares as a download resource is served: not the app's classes or templates. */
    private Optional<byte[]> download(String path) {
        int slash = path.indexOf('/');
        if (slash < 0) {
            return Optional.empty();
        }
        String key = path.substring(0, slash);
        String name = path.substring(slash + 1);
        if (key.equals(descriptor.key())) {
            return descriptor.downloads().stream()
                    .filter(d -> d.name().endsWith("/") ? name.startsWith(d.name()) : name.equals(d.name()))
                    .findFirst()
                    .flatMap(d -> bundle.entry(d.name().endsWith("/") ? d.location() + name.substring(d.name().length())
                            : d.location()));
        }
        if (key.startsWith(descriptor.key() + ":")) {
            PluginDescriptor.WebResource resource = descriptor.webResources().get(key.substring(key.indexOf(':') + 1));
            return resource == null ? Optional.empty() : resource.resources().stream()
                    .filter(d -> d.name().equals(name)).findFirst().flatMap(d -> bundle.entry(d.location()));
        }
        return Optional.empty();
    }

    private static Optional<byte[]> file(Path file) {
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<byte[]> classpath(String name) {
        try (InputStream in = ResourceServlet.class.getResourceAsStream(name)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
