package org.coplaunchpad.standalone.site;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jetty.ee10.servlet.ResourceServlet;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;

/**
 * The site's static files, served by Jetty's own ResourceServlet (content types, Last-Modified and ETags with
 * conditional requests, HEAD, ranges, path normalisation and alias checks are Jetty's): /s/aui/… AUI and jQuery from
 * the folder the build unpacks them into, /s/host/… the host's own stylesheets and scripts from the class path
 * (site/static/, a folder of their own so that no class or template of the site is ever served).
 */
final class StaticFiles {
    /** Short: the files change with every build of the host and carry no version in their URLs. */
    static final String CACHE_CONTROL = "max-age=300";

    private StaticFiles() {
    }

    static void mount(ServletContextHandler context, Optional<Path> auiDirectory) {
        // With their charset, as before and as Confluence sends its resources: AUI's and the host's texts are UTF-8.
        context.getMimeTypes().addMimeMapping("css", "text/css;charset=UTF-8");
        context.getMimeTypes().addMimeMapping("js", "text/javascript;charset=UTF-8");
        // Without AUI (no npm at build time) /s/aui/… is simply not found and the site falls back to host.css.
        auiDirectory.ifPresent(dir -> context.addServlet(holder("aui", dir.toUri().toString()), "/s/aui/*"));
        context.addServlet(holder("host-static", classPathFolder("static/")), "/s/host/*");
    }

    private static ServletHolder holder(String name, String baseResource) {
        ServletHolder holder = new ServletHolder(name, ResourceServlet.class);
        holder.setInitParameter("baseResource", baseResource);
        holder.setInitParameter("pathInfoOnly", "true");
        holder.setInitParameter("dirAllowed", "false");
        holder.setInitParameter("etags", "true");
        holder.setInitParameter("cacheControl", CACHE_CONTROL);
        return holder;
    }

    /** A folder beside this class, in target/classes or in the host's jar (./run). */
    private static String classPathFolder(String name) {
        URL folder = StaticFiles.class.getResource(name);
        if (folder == null) {
            throw new IllegalStateException("The host's static files are missing from the class path: " + name);
        }
        try {
            return folder.toURI().toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot serve the host's static files from " + folder, e);
        }
    }
}
