package org.coplaunchpad.standalone.site;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coplaunchpad.standalone.hosting.osgi.PluginDescriptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The files behind the web resources a page required, as Confluence's web-resource manager orders them: each
 * resource's dependencies first, each file once. Dependencies on AUI ({@code com.atlassian.auiplugin:*}, e.g.
 * {@code :ajs}) are the host's AUI, which every page loads; the AUI components Confluence serves as web
 * resources of their own are there only when a required resource declares them (see {@link #WITHHELD_UNLESS_DECLARED}).
 */
final class WebResources {
    private static final Logger LOG = LoggerFactory.getLogger(WebResources.class);
    static final String AUI_PLUGIN_KEY = "com.atlassian.auiplugin";

    /**
     * AUI globals a page has only if its web resources declare the AUI web resource that provides them. AUI
     * 10.0.4's npm package ships browser-ready code only as one bundle (dist/aui/aui-prototyping.js, with every
     * component); its per-component entries (entry/aui.component.flag.js) are ES-module sources that need AUI's
     * own webpack build. So the host loads the bundle and then removes these globals when undeclared, which is
     * what a page whose resources forgot the dependency gets from Confluence's AUI plugin, which serves aui-flag
     * as its own web resource (Atlassian's Slack app declares it for its flag script). Confluence may still bring
     * AJS.flag through other resources on a page: the host does not count on that, and neither may the app.
     */
    static final Map<String, List<String>> WITHHELD_UNLESS_DECLARED =
            Map.of(AUI_PLUGIN_KEY + ":aui-flag", List.of("flag"));

    /**
     * The page's stylesheets and scripts (URLs), the keys no one provides (shown as HTML comments), and the AJS
     * globals to remove after AUI has loaded because no required resource declared them.
     */
    record Files(List<String> stylesheets, List<String> scripts, List<String> unknown, List<String> withheldAuiGlobals) {
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
        List<String> withheld = WITHHELD_UNLESS_DECLARED.entrySet().stream()
                .filter(component -> !visited.contains(component.getKey()))
                .flatMap(component -> component.getValue().stream()).sorted().toList();
        return new Files(List.copyOf(css), List.copyOf(js), List.copyOf(unknown), withheld);
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
