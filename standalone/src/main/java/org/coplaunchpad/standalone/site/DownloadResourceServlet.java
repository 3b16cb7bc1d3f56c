package org.coplaunchpad.standalone.site;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.coplaunchpad.standalone.hosting.osgi.PluginBundle;
import org.coplaunchpad.standalone.hosting.osgi.PluginDescriptor;

/**
 * The app's download resources, read from its bundle as Confluence serves them:
 * /download/resources/pluginKey:webResourceKey/name (a web resource's file) and /download/resources/pluginKey/images/…
 * (a plugin-level download resource, a folder when its name ends with "/"). Only what the descriptor declares is
 * served, never the app's classes or templates. Hand-written because Confluence reads them through the bundle; the
 * host's own files and AUI are Jetty's ({@link StaticFiles}), whose content types this shares.
 */
final class DownloadResourceServlet extends HttpServlet {
    private final PluginBundle bundle;
    private final PluginDescriptor descriptor;

    DownloadResourceServlet(PluginBundle bundle, PluginDescriptor descriptor) {
        this.bundle = bundle;
        this.descriptor = descriptor;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        int slash = path.indexOf('/');
        // A folder resource appends the rest of the path to its location: it must stay inside that folder.
        Optional<byte[]> content = slash < 0 || path.contains("..") || path.contains("\\") ? Optional.empty()
                : location(path.substring(0, slash), path.substring(slash + 1)).flatMap(bundle::entry);
        if (content.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String type = getServletContext().getMimeType(path);
        response.setContentType(type == null ? "application/octet-stream" : type);
        response.setHeader("Cache-Control", StaticFiles.CACHE_CONTROL);
        response.getOutputStream().write(content.get());
    }

    /** Where in the bundle the descriptor puts the resource this URL names. */
    private Optional<String> location(String key, String name) {
        if (key.equals(descriptor.key())) {
            return descriptor.downloads().stream()
                    .filter(d -> d.name().endsWith("/") ? name.startsWith(d.name()) : name.equals(d.name()))
                    .findFirst()
                    .map(d -> d.name().endsWith("/") ? d.location() + name.substring(d.name().length()) : d.location());
        }
        if (key.startsWith(descriptor.key() + ":")) {
            PluginDescriptor.WebResource resource = descriptor.webResources().get(key.substring(key.indexOf(':') + 1));
            return resource == null ? Optional.empty() : resource.resources().stream()
                    .filter(d -> d.name().equals(name)).findFirst().map(PluginDescriptor.DownloadResource::location);
        }
        return Optional.empty();
    }
}
