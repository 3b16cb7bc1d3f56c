package org.coplaunchpad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.confluence.macro.Macro;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.coplaunchpad.testing.AppClasses;
import org.coplaunchpad.testing.BundleI18nResolver;
import org.coplaunchpad.testing.PluginResources;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** atlassian-plugin.xml as Confluence reads it, checked against what the build produced. */
class PluginDescriptorTest {
    /** The type each module's class must be, as the plugin framework checks when it loads the module. */
    private static final Map<String, Class<?>> MODULE_TYPES = Map.of(
            "xhtml-macro", Macro.class,
            "servlet", jakarta.servlet.http.HttpServlet.class,
            "context-provider", com.atlassian.plugin.web.ContextProvider.class,
            "entity", net.java.ao.RawEntity.class);

    private final Document descriptor = PluginResources.descriptor();
    private final Element root = descriptor.getDocumentElement();

    private static String pluginInfoParam(Element pluginInfo, String name) {
        return PluginResources.children(pluginInfo, "param").stream()
                .filter(param -> param.getAttribute("name").equals(name))
                .map(Element::getTextContent).findFirst().orElse(null);
    }

    @Test
    void the_plugin_key_is_the_apps_key_and_the_version_is_filtered_in() {
        assertEquals(App.PLUGIN_KEY, root.getAttribute("key"));
        assertEquals("2", root.getAttribute("plugins-version"));
        String version = PluginResources.elements(descriptor, "version").get(0).getTextContent();
        assertTrue(version.matches("\\d+\\.\\d+\\.\\d+.*"), version);
        assertFalse(root.getAttribute("key").contains("${"));
    }

    @Test
    void plugin_info_declares_data_center_compatibility_vendor_icon_and_logo() {
        Element info = PluginResources.elements(descriptor, "plugin-info").get(0);

        assertEquals("compatible", pluginInfoParam(info, "atlassian-data-center-status"));
        assertEquals("true", pluginInfoParam(info, "atlassian-data-center-compatible"));
        assertFalse(PluginResources.children(info, "vendor").get(0).getAttribute("name").isBlank());
        assertNotNull(getClass().getClassLoader().getResource(pluginInfoParam(info, "plugin-icon")));
        assertNotNull(getClass().getClassLoader().getResource(pluginInfoParam(info, "plugin-logo")));
    }

    @Test
    void every_module_class_is_in_the_app_and_has_the_type_its_module_needs() {
        for (Map.Entry<String, Class<?>> moduleType : MODULE_TYPES.entrySet()) {
            for (Element module : PluginResources.elements(descriptor, moduleType.getKey())) {
                // Modules name their class in a class attribute; <ao> entities as the element's text.
                String className = module.hasAttribute("class") ? module.getAttribute("class") : module.getTextContent().trim();
                Class<?> moduleClass = AppClasses.load(className);
                if (moduleClass.isInterface()) {
                    assertTrue(moduleType.getValue().isAssignableFrom(moduleClass), moduleClass + " must extend " + moduleType.getValue());
                    continue;
                }
                assertTrue(moduleType.getValue().isAssignableFrom(moduleClass),
                        moduleClass + " must implement " + moduleType.getValue().getName());
                assertFalse(Modifier.isAbstract(moduleClass.getModifiers()), moduleClass + " must be concrete");
                assertEquals(1, moduleClass.getConstructors().length, moduleClass + ": one public constructor to autowire");
            }
        }
    }

    @Test
    void ao_upgrade_tasks_are_autowirable_tasks_with_distinct_ascending_versions() throws Exception {
        List<Integer> versions = new ArrayList<>();
        for (Element task : PluginResources.elements(descriptor, "upgradeTask")) {
            assertEquals("ao", ((Element) task.getParentNode()).getTagName(), "an upgradeTask belongs inside <ao>");
            Class<?> taskClass = AppClasses.load(task.getTextContent().trim());
            assertTrue(ActiveObjectsUpgradeTask.class.isAssignableFrom(taskClass),
                    taskClass + " must implement ActiveObjectsUpgradeTask");
            assertEquals(1, taskClass.getConstructors().length, taskClass + ": one public constructor to autowire");
            Constructor<?> constructor = taskClass.getConstructors()[0];
            Object instance = constructor.newInstance(new Object[constructor.getParameterCount()]);
            versions.add(Integer.parseInt(((ActiveObjectsUpgradeTask) instance)
                    .getModelVersion().toString()));
        }
        assertFalse(versions.isEmpty(), "the registry's upgrade task is declared");
        assertEquals(versions.stream().distinct().sorted().toList(), versions, "one task per version, in ascending order");
    }

    @Test
    void the_ao_module_declares_exactly_the_entities_the_store_tests_migrate() {
        assertEquals(org.coplaunchpad.testing.StoreDatabase.EVERY_ENTITY.stream().map(Class::getName).toList(),
                PluginResources.elements(descriptor, "entity").stream().map(entity -> entity.getTextContent().trim())
                        .toList(), "an entity the descriptor forgets has no table in Confluence");
    }

    @Test
    void every_servlet_carries_a_confluence_access_annotation() {
        for (Element servlet : PluginResources.elements(descriptor, "servlet")) {
            Class<?> servletClass = AppClasses.load(servlet.getAttribute("class"));
            assertTrue(servletClass.isAnnotationPresent(com.atlassian.annotations.security.LicensedOnly.class)
                            || servletClass.isAnnotationPresent(com.atlassian.annotations.security.AdminOnly.class),
                    servletClass + " must declare who may call it (Confluence 9+ secure endpoints)");
        }
    }

    @Test
    void active_objects_use_the_apps_fixed_namespace() {
        Element ao = PluginResources.elements(descriptor, "ao").get(0);
        assertEquals(App.AO_NAMESPACE, ao.getAttribute("namespace"));
    }

    @Test
    void every_resource_location_exists_in_the_app() {
        for (Element resource : PluginResources.elements(descriptor, "resource")) {
            String location = resource.getAttribute("location");
            if (resource.getAttribute("type").equals("i18n")) {
                String path = location.replace('.', '/');
                assertNotNull(getClass().getClassLoader().getResource(path + ".properties"), location);
                assertNotNull(getClass().getClassLoader().getResource(path + "_fr.properties"), location + " (fr)");
            } else {
                assertNotNull(getClass().getClassLoader().getResource(location), "resource " + location);
            }
        }
    }

    @Test
    void macro_icons_point_at_downloadable_images_of_this_plugin() {
        String prefix = "/download/resources/" + App.PLUGIN_KEY + "/";
        for (Element macro : PluginResources.elements(descriptor, "xhtml-macro")) {
            String icon = macro.getAttribute("icon");
            assertTrue(icon.startsWith(prefix + "images/"), icon);
            assertNotNull(getClass().getClassLoader().getResource(icon.substring(prefix.length())), icon);
        }
    }

    @Test
    void every_i18n_key_of_the_descriptor_exists_in_english_and_french() {
        Set<String> keys = new TreeSet<>();
        for (String attribute : List.of("key", "i18n-name-key")) {
            for (String tag : List.of("description", "label", "tooltip")) {
                PluginResources.elements(descriptor, tag).stream()
                        .map(element -> element.getAttribute(attribute))
                        .filter(key -> !key.isEmpty()).forEach(keys::add);
            }
        }
        for (Element element : PluginResources.elements(descriptor, "*")) {
            for (String attribute : List.of("i18n-name-key", "i18n-index-title-key")) {
                if (!element.getAttribute(attribute).isEmpty()) {
                    keys.add(element.getAttribute(attribute));
                }
            }
        }
        keys.addAll(macroBrowserKeys());
        assertFalse(keys.isEmpty());
        List<String> missing = new ArrayList<>();
        for (String key : keys) {
            for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
                if (!BundleI18nResolver.exists(locale, key)) {
                    missing.add(key + " (" + locale + ")");
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    /** The keys Confluence's macro browser looks up: pluginKey.macro.label/.desc and .param.name.label/.desc. */
    private Set<String> macroBrowserKeys() {
        Set<String> keys = new LinkedHashSet<>();
        for (Element macro : PluginResources.elements(descriptor, "xhtml-macro")) {
            String prefix = App.PLUGIN_KEY + "." + macro.getAttribute("name");
            keys.add(prefix + ".label");
            keys.add(prefix + ".desc");
            for (Element parameter : PluginResources.elements(descriptor, "parameter")) {
                if (parameter.getParentNode().getParentNode() == macro) {
                    keys.add(prefix + ".param." + parameter.getAttribute("name") + ".label");
                    keys.add(prefix + ".param." + parameter.getAttribute("name") + ".desc");
                }
            }
        }
        return keys;
    }

    @Test
    void every_velocity_allowlist_entry_names_a_public_method_of_the_app() {
        for (String entry : allowlist()) {
            String className = entry.substring(0, entry.indexOf('#'));
            String methodName = entry.substring(entry.indexOf('#') + 1, entry.indexOf('('));
            String parameters = entry.substring(entry.indexOf('(') + 1, entry.indexOf(')'));
            Class<?> owner = AppClasses.load(className);
            boolean found = Arrays.stream(owner.getMethods()).anyMatch(method -> method.getName().equals(methodName)
                    && Arrays.stream(method.getParameterTypes()).map(Class::getName)
                    .collect(Collectors.joining(",")).equals(parameters));
            assertTrue(found, "allowlisted method does not exist: " + entry);
        }
    }

    @Test
    void every_public_method_of_a_view_model_is_allowlisted_and_nothing_else() {
        Set<String> expected = new TreeSet<>();
        for (Class<?> type : AppClasses.all()) {
            if (type.getSimpleName().endsWith("View") && Modifier.isPublic(type.getModifiers())) {
                assertTrue(Modifier.isFinal(type.getModifiers()), type + ": view models are immutable final classes");
                for (Method method : type.getDeclaredMethods()) {
                    if (Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
                            && !List.of("equals", "hashCode", "toString").contains(method.getName())) {
                        expected.add(type.getName() + "#" + method.getName() + "(" + Arrays.stream(method.getParameterTypes())
                                .map(Class::getName).collect(Collectors.joining(",")) + ")");
                    }
                }
            }
        }
        assertEquals(expected, new TreeSet<>(allowlist()));
    }

    private List<String> allowlist() {
        return PluginResources.elements(descriptor, "velocity-allowlist").stream()
                .flatMap(module -> PluginResources.children(module, "method").stream())
                .map(method -> method.getTextContent().trim()).toList();
    }

    @Test
    void every_template_opts_into_html_escaping_and_only_shows_its_view_model() throws IOException {
        for (String template : templates()) {
            try (InputStream in = PluginResources.open(template)) {
                String source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(source.startsWith("#htmlSafe()"), template + " must start with #htmlSafe()");
                for (String forbidden : List.of("$i18n", "$action", "$req", "#set(", "#evaluate", "#include")) {
                    assertFalse(source.contains(forbidden), template + " uses " + forbidden);
                }
            }
        }
    }

    @Test
    void a_web_resource_whose_script_calls_aui_flag_declares_the_aui_flag_dependency() throws IOException {
        int flagScripts = 0;
        for (Element resource : PluginResources.elements(descriptor, "web-resource")) {
            List<String> dependencies = PluginResources.children(resource, "dependency").stream()
                    .map(dependency -> dependency.getTextContent().trim()).toList();
            for (Element download : PluginResources.children(resource, "resource")) {
                if (download.getAttribute("location").endsWith(".js")) {
                    try (InputStream in = PluginResources.open(download.getAttribute("location"))) {
                        if (new String(in.readAllBytes(), StandardCharsets.UTF_8).contains("AJS.flag")) {
                            flagScripts++;
                            assertTrue(dependencies.contains("com.atlassian.auiplugin:aui-flag"),
                                    resource.getAttribute("key") + " must declare aui-flag: " + dependencies);
                        }
                    }
                }
            }
        }
        assertTrue(flagScripts > 0, "checklist.js shows refusals with AJS.flag");
    }

    private static List<String> templates() throws IOException {
        try (var files = java.nio.file.Files.list(AppClasses.classesDirectory().resolve("templates"))) {
            List<String> names = files.map(path -> "templates/" + path.getFileName()).sorted().toList();
            if (names.isEmpty()) {
                fail("no templates found");
            }
            return names;
        }
    }
}
