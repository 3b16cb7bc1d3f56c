package org.coplaunchpad.standalone.hosting.blueprint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coplaunchpad.standalone.hosting.osgi.DescriptorXml;
import org.coplaunchpad.standalone.hosting.osgi.PluginLoadException;
import org.w3c.dom.Element;

/**
 * The create-content modules of atlassian-plugin.xml, as Confluence's create-content plugin reads them:
 * {@code <content-template>} (a storage-format resource and a context provider), {@code <blueprint>} (an index page
 * and the templates it creates) and the {@code system.create.dialog/content} web-items that offer a blueprint.
 */
public record BlueprintModules(Map<String, ContentTemplate> templates, Map<String, Blueprint> blueprints,
                               List<CreateDialogItem> createDialogItems) {
    public static final String CREATE_DIALOG_SECTION = "system.create.dialog/content";

    /** {@code <content-template>}: its resource "template" and its optional context provider with params. */
    public record ContentTemplate(String key, String nameKey, String location, Optional<String> contextProviderClass,
                                  Map<String, String> contextProviderParams) {
    }

    /** {@code <blueprint>}: the index page (by index-key, title key and template) and the content templates. */
    public record Blueprint(String key, String nameKey, String indexKey, Optional<String> indexTemplateKey,
                            String indexTitleKey, List<String> contentTemplateKeys, String createResult) {
    }

    /** A web-item of the create dialog offering a blueprint, with its name, description and icon resource. */
    public record CreateDialogItem(String key, String nameKey, String descriptionKey, Optional<String> iconLocation,
                                   String blueprintKey, int weight) {
    }

    public static BlueprintModules parse(byte[] descriptorXml) {
        Element root = DescriptorXml.document(descriptorXml).getDocumentElement();
        Map<String, ContentTemplate> templates = new LinkedHashMap<>();
        Map<String, Blueprint> blueprints = new LinkedHashMap<>();
        List<CreateDialogItem> items = new ArrayList<>();
        for (Element module : DescriptorXml.children(root, null)) {
            switch (module.getTagName()) {
                case "content-template" -> {
                    ContentTemplate template = template(module);
                    templates.put(template.key(), template);
                }
                case "blueprint" -> {
                    Blueprint blueprint = blueprint(module);
                    blueprints.put(blueprint.key(), blueprint);
                }
                case "web-item" -> {
                    if (CREATE_DIALOG_SECTION.equals(module.getAttribute("section"))) {
                        items.add(createDialogItem(module));
                    }
                }
                default -> {
                    // Other modules belong to the rest of the host.
                }
            }
        }
        BlueprintModules modules = new BlueprintModules(Map.copyOf(templates), Map.copyOf(blueprints),
                items.stream().sorted(java.util.Comparator.comparingInt(CreateDialogItem::weight)).toList());
        modules.checkReferences();
        return modules;
    }

    /** A reference to a missing module is a packaging mistake: Confluence would fail the blueprint, so the host stops. */
    private void checkReferences() {
        for (Blueprint blueprint : blueprints.values()) {
            List<String> refs = new ArrayList<>(blueprint.contentTemplateKeys());
            blueprint.indexTemplateKey().ifPresent(refs::add);
            for (String ref : refs) {
                if (!templates.containsKey(ref)) {
                    throw new PluginLoadException("blueprint " + blueprint.key() + " refers to content-template " + ref
                            + ", which atlassian-plugin.xml does not declare");
                }
            }
        }
        for (CreateDialogItem item : createDialogItems) {
            if (!blueprints.containsKey(item.blueprintKey())) {
                throw new PluginLoadException("web-item " + item.key() + " offers blueprint " + item.blueprintKey()
                        + ", which atlassian-plugin.xml does not declare");
            }
        }
    }

    private static ContentTemplate template(Element module) {
        String key = required(module, "key", "<content-template>");
        String location = DescriptorXml.children(module, "resource").stream()
                .filter(r -> "template".equals(r.getAttribute("name")))
                .map(r -> r.getAttribute("location").trim()).filter(l -> !l.isEmpty()).findFirst()
                .orElseThrow(() -> new PluginLoadException("content-template " + key
                        + " has no <resource name=\"template\" location=\"…\">"));
        Optional<Element> provider = DescriptorXml.children(module, "context-provider").stream().findFirst();
        Map<String, String> params = new LinkedHashMap<>();
        provider.ifPresent(p -> DescriptorXml.children(p, "param").forEach(param -> params.put(param.getAttribute("name"),
                param.hasAttribute("value") ? param.getAttribute("value") : param.getTextContent().trim())));
        return new ContentTemplate(key, module.getAttribute("i18n-name-key"), location,
                provider.map(p -> required(p, "class", "<context-provider> of content-template " + key)),
                Map.copyOf(params));
    }

    private static Blueprint blueprint(Element module) {
        String key = required(module, "key", "<blueprint>");
        String indexTemplate = module.getAttribute("index-template-key").trim();
        String createResult = module.getAttribute("create-result").trim();
        return new Blueprint(key, module.getAttribute("i18n-name-key"), required(module, "index-key", "<blueprint " + key + ">"),
                indexTemplate.isEmpty() ? Optional.empty() : Optional.of(indexTemplate),
                module.getAttribute("i18n-index-title-key"),
                DescriptorXml.children(module, "content-template").stream()
                        .map(ref -> required(ref, "ref", "<content-template> of blueprint " + key)).toList(),
                createResult.isEmpty() ? "edit" : createResult);
    }

    private static CreateDialogItem createDialogItem(Element module) {
        String key = required(module, "key", "<web-item>");
        String blueprintKey = DescriptorXml.children(module, "param").stream()
                .filter(p -> "blueprintKey".equals(p.getAttribute("name")))
                .map(p -> p.hasAttribute("value") ? p.getAttribute("value") : p.getTextContent().trim())
                .findFirst().orElseThrow(() -> new PluginLoadException("web-item " + key + " in " + CREATE_DIALOG_SECTION
                        + " has no <param name=\"blueprintKey\">"));
        Optional<String> icon = DescriptorXml.children(module, "resource").stream()
                .filter(r -> "icon".equals(r.getAttribute("name"))).map(r -> r.getAttribute("location")).findFirst();
        String description = DescriptorXml.children(module, "description").stream().map(d -> d.getAttribute("key")).findFirst().orElse("");
        String weight = module.getAttribute("weight").trim();
        return new CreateDialogItem(key, module.getAttribute("i18n-name-key"), description, icon, blueprintKey,
                weight.isEmpty() ? 1000 : Integer.parseInt(weight));
    }

    private static String required(Element element, String attribute, String where) {
        String value = element.getAttribute(attribute).trim();
        if (value.isEmpty()) {
            throw new PluginLoadException("atlassian-plugin.xml: " + where + " has no " + attribute + " attribute");
        }
        return value;
    }
}
