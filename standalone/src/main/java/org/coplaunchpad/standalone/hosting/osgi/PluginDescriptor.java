package org.coplaunchpad.standalone.hosting.osgi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * The parts of atlassian-plugin.xml the host acts on (confluence-api.md §3). Module types the host does not
 * know are listed in {@link #unsupportedModules()} so that the host can say so, as Confluence logs them.
 */
public record PluginDescriptor(String key, String name, String version, PluginInfo info, List<String> i18nLocations,
                               List<DownloadResource> downloads, Map<String, WebResource> webResources,
                               List<MacroModule> macros, List<ServletModule> servlets, List<AoModule> aoModules,
                               List<WebItemModule> webItems, List<String> unsupportedModules, byte[] xml) {

    /** Module elements handled elsewhere or only informational. */
    private static final Set<String> KNOWN = Set.of("plugin-info", "resource", "web-resource", "xhtml-macro",
            "servlet", "ao", "web-item", "velocity-allowlist", "web-section",
            // Read by blueprint/BlueprintModules.
            "content-template", "blueprint");

    /**
     * {@code <plugin-info>}: the description (text and i18n key) and the {@code <param>}s, e.g. configure.url, the
     * page Confluence's "Manage apps" links to as "Configure".
     */
    public record PluginInfo(String description, String descriptionKey, Map<String, String> params) {
        public Optional<String> configureUrl() {
            return Optional.ofNullable(params.get("configure.url")).filter(url -> !url.isBlank());
        }
    }

    public record DownloadResource(String name, String location) {
    }

    public record WebResource(String key, List<DownloadResource> resources, List<String> dependencies) {
    }

    public record MacroModule(String key, String name, String className) {
    }

    public record ServletModule(String key, String className, List<String> urlPatterns, Map<String, String> initParams) {
    }

    public record AoModule(String key, String namespace, List<String> entities, List<String> upgradeTasks) {
    }

    public record ConditionRef(String className, Map<String, String> params, boolean invert) {
    }

    public record WebItemModule(String key, String section, int weight, String labelKey, String labelText,
                                String link, List<ConditionRef> conditions) {
    }

    public Optional<MacroModule> macro(String macroName) {
        return macros.stream().filter(m -> m.name().equals(macroName)).findFirst();
    }

    public static PluginDescriptor parse(byte[] xml) {
        Element root = DescriptorXml.document(xml).getDocumentElement();
        if (!"atlassian-plugin".equals(root.getTagName())) {
            throw new PluginLoadException("atlassian-plugin.xml: the root element is <" + root.getTagName()
                    + ">, expected <atlassian-plugin>");
        }
        String key = required(root, "key", "<atlassian-plugin>");
        Optional<Element> pluginInfo = child(root, "plugin-info");
        String version = pluginInfo.flatMap(info -> child(info, "version"))
                .map(Element::getTextContent).map(String::trim).orElse("");
        Map<String, String> infoParams = new LinkedHashMap<>();
        pluginInfo.ifPresent(info -> DescriptorXml.children(info, "param").forEach(param ->
                infoParams.put(param.getAttribute("name"), param.getTextContent().trim())));
        Optional<Element> description = pluginInfo.flatMap(info -> child(info, "description"));
        PluginInfo info = new PluginInfo(description.map(d -> d.getTextContent().trim()).orElse(""),
                description.map(d -> d.getAttribute("key")).orElse(""), Map.copyOf(infoParams));
        List<String> i18n = new ArrayList<>();
        List<DownloadResource> downloads = new ArrayList<>();
        Map<String, WebResource> webResources = new LinkedHashMap<>();
        List<MacroModule> macros = new ArrayList<>();
        List<ServletModule> servlets = new ArrayList<>();
        List<AoModule> ao = new ArrayList<>();
        List<WebItemModule> webItems = new ArrayList<>();
        List<String> unsupported = new ArrayList<>();
        for (Element module : DescriptorXml.children(root, null)) {
            switch (module.getTagName()) {
                case "resource" -> {
                    if ("i18n".equals(module.getAttribute("type"))) {
                        i18n.add(required(module, "location", "<resource type=\"i18n\">"));
                    } else if ("download".equals(module.getAttribute("type"))) {
                        downloads.add(download(module));
                    }
                }
                case "web-resource" -> {
                    String moduleKey = required(module, "key", "<web-resource>");
                    List<DownloadResource> resources = DescriptorXml.children(module, "resource").stream()
                            .filter(r -> "download".equals(r.getAttribute("type")))
                            .map(PluginDescriptor::download).toList();
                    List<String> dependencies = DescriptorXml.children(module, "dependency").stream()
                            .map(d -> d.getTextContent().trim()).toList();
                    webResources.put(moduleKey, new WebResource(moduleKey, resources, dependencies));
                }
                case "xhtml-macro" -> macros.add(new MacroModule(required(module, "key", "<xhtml-macro>"),
                        required(module, "name", "<xhtml-macro>"), required(module, "class", "<xhtml-macro>")));
                case "servlet" -> {
                    Map<String, String> params = new LinkedHashMap<>();
                    for (Element param : DescriptorXml.children(module, "init-param")) {
                        params.put(text(param, "param-name"), text(param, "param-value"));
                    }
                    servlets.add(new ServletModule(required(module, "key", "<servlet>"),
                            required(module, "class", "<servlet>"),
                            DescriptorXml.children(module, "url-pattern").stream().map(p -> p.getTextContent().trim()).toList(),
                            params));
                }
                case "ao" -> ao.add(new AoModule(required(module, "key", "<ao>"),
                        module.hasAttribute("namespace") ? module.getAttribute("namespace") : key,
                        DescriptorXml.children(module, "entity").stream().map(e -> e.getTextContent().trim()).toList(),
                        DescriptorXml.children(module, "upgradeTask").stream().map(e -> e.getTextContent().trim()).toList()));
                case "web-item" -> webItems.add(webItem(module));
                default -> {
                    if (!KNOWN.contains(module.getTagName())) {
                        unsupported.add(module.getTagName() + " " + module.getAttribute("key"));
                    }
                }
            }
        }
        return new PluginDescriptor(key, root.getAttribute("name"), version, info, List.copyOf(i18n), List.copyOf(downloads),
                Map.copyOf(webResources), List.copyOf(macros), List.copyOf(servlets), List.copyOf(ao),
                List.copyOf(webItems), List.copyOf(unsupported), xml.clone());
    }

    private static WebItemModule webItem(Element module) {
        Optional<Element> label = child(module, "label");
        List<ConditionRef> conditions = new ArrayList<>();
        for (Element condition : DescriptorXml.children(module, null)) {
            if (condition.getTagName().equals("condition")) {
                conditions.add(condition(condition));
            } else if (condition.getTagName().equals("conditions")) {
                // Only AND-ed groups are supported; an OR group would need the host to say so, not to guess.
                if ("OR".equalsIgnoreCase(condition.getAttribute("type"))) {
                    throw new PluginLoadException("web-item " + module.getAttribute("key")
                            + ": <conditions type=\"OR\"> is not supported by the standalone host");
                }
                DescriptorXml.children(condition, "condition").forEach(c -> conditions.add(condition(c)));
            }
        }
        String weight = module.getAttribute("weight");
        return new WebItemModule(required(module, "key", "<web-item>"), required(module, "section", "<web-item>"),
                weight.isBlank() ? 1000 : Integer.parseInt(weight.trim()),
                label.map(l -> l.getAttribute("key")).orElse(""),
                label.map(l -> l.getTextContent().trim()).orElse(module.getAttribute("name")),
                child(module, "link").map(l -> l.getTextContent().trim()).orElse(""), List.copyOf(conditions));
    }

    private static ConditionRef condition(Element condition) {
        Map<String, String> params = new LinkedHashMap<>();
        for (Element param : DescriptorXml.children(condition, "param")) {
            params.put(param.getAttribute("name"),
                    param.hasAttribute("value") ? param.getAttribute("value") : param.getTextContent().trim());
        }
        return new ConditionRef(required(condition, "class", "<condition>"), Map.copyOf(params),
                Boolean.parseBoolean(condition.getAttribute("invert")));
    }

    private static DownloadResource download(Element resource) {
        return new DownloadResource(required(resource, "name", "<resource>"), required(resource, "location", "<resource>"));
    }

    private static String text(Element parent, String childName) {
        return child(parent, childName).map(e -> e.getTextContent().trim()).orElse("");
    }

    private static String required(Element element, String attribute, String where) {
        String value = element.getAttribute(attribute).trim();
        if (value.isEmpty()) {
            throw new PluginLoadException("atlassian-plugin.xml: " + where + " has no " + attribute + " attribute");
        }
        return value;
    }

    private static Optional<Element> child(Element parent, String name) {
        return DescriptorXml.children(parent, name).stream().findFirst();
    }
}
