package org.coplaunchpad.standalone.site;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.coplaunchpad.standalone.osgi.PluginDescriptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The files behind the web resources a page required, as Confluence's web-resource manager orders them: each
 * resource's dependencies first, each file once. Dependencies on AUI ({@code com.atlassian.auiplugin:*}, e.g.
 * {@code :ajs}) are the host's AUI, which every page loads anyway (as Confluence's superbatch does).
 */
final class WebResources {
    private static final Logger LOG = LoggerFactory.getLogger(WebResources.class);
    static final String AUI_PLUGIN_KEY = "com.atlassian.auiplugin";

    /** The page's stylesheets and scripts (URLs), and the keys no one provides (shown as HTML comments). */
    record Files(List<String> stylesheets, List<String> scripts, List<String> unknown) {
    }

    private final PluginDescriptor descriptor;

    WebResources(PluginDescriptor descriptor) {
        this.descriptor = descriptor;
    }

    Files resolve(List<String> required, String contextPath) {
        Set<String> visited = new LinkedHashSet<>();
        List<String> css = new ArrayList<>();
        List<String> js = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String key : required) {
            add(key, contextPath, visited, css, js, unknown);
        }
        return new Files(List.copyOf(css), List.copyOf(js), List.copyOf(unknown));
    }

    private void add(String completeKey, String contextPath, Set<String> visited, List<String> css, List<String> js,
                     List<String> unknown) {
        if (!visited.add(completeKey)) {
            return;
        }
        int colon = completeKey.indexOf(':');
        String pluginKey = colon < 0 ? completeKey : completeKey.substring(0, colon);
        if (pluginKey.equals(AUI_PLUGIN_KEY)) {
            return;
        }
        PluginDescriptor.WebResource resource = pluginKey.equals(descriptor.key())
                ? descriptor.webResources().get(completeKey.substring(colon + 1)) : null;
        if (resource == null) {
            LOG.warn("Web resource {} is not provided by the standalone host or the app", completeKey);
            unknown.add(completeKey);
            return;
        }
        for (String dependency : resource.dependencies()) {
            add(dependency, contextPath, visited, css, js, unknown);
        }
        for (PluginDescriptor.DownloadResource download : resource.resources()) {
            String url = contextPath + "/download/resources/" + completeKey + "/" + download.name();
            if (download.name().endsWith(".css")) {
                css.add(url);
            } else if (download.name().endsWith(".js")) {
                js.add(url);
            }
        }
    }
}
