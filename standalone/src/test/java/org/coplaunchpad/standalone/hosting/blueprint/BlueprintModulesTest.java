package org.coplaunchpad.standalone.hosting.blueprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coplaunchpad.standalone.hosting.osgi.PluginLoadException;
import org.junit.jupiter.api.Test;

class BlueprintModulesTest {
    private static final String TEMPLATES = """
            <content-template key="index-template" i18n-name-key="index.name">
                <resource name="template" type="download" location="blueprint/index.xml"/>
                <context-provider class="org.example.Provider"><param name="titleKey" value="index.title"/></context-provider>
            </content-template>
            <content-template key="child-template">
                <resource name="template" type="download" location="blueprint/child.xml"/>
            </content-template>
            """;

    private static BlueprintModules parse(String modules) {
        return BlueprintModules.parse(("<atlassian-plugin key=\"org.example.app\">" + modules + "</atlassian-plugin>")
                .getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void templates_blueprints_and_create_dialog_items_are_read_as_declared() {
        BlueprintModules modules = parse(TEMPLATES + """
                <blueprint key="bp" index-key="idx" index-template-key="index-template" i18n-index-title-key="idx.title"
                           create-result="view"><content-template ref="child-template"/></blueprint>
                <web-item key="create-bp" i18n-name-key="bp.name" section="system.create.dialog/content" weight="20">
                    <description key="bp.desc"/>
                    <resource name="icon" type="download" location="images/bp.png"/>
                    <param name="blueprintKey" value="bp"/>
                </web-item>
                <web-item key="elsewhere" section="system.space.tools/addons"><link>/x</link></web-item>
                """);

        assertEquals(Map.of("titleKey", "index.title"), modules.templates().get("index-template").contextProviderParams());
        assertEquals(Optional.of("org.example.Provider"), modules.templates().get("index-template").contextProviderClass());
        assertTrue(modules.templates().get("child-template").contextProviderClass().isEmpty());
        BlueprintModules.Blueprint blueprint = modules.blueprints().get("bp");
        assertEquals(List.of("child-template"), blueprint.contentTemplateKeys());
        assertEquals(Optional.of("index-template"), blueprint.indexTemplateKey());
        assertEquals("view", blueprint.createResult());
        assertEquals(List.of(new BlueprintModules.CreateDialogItem("create-bp", "bp.name", "bp.desc",
                Optional.of("images/bp.png"), "bp", 20)), modules.createDialogItems());
    }

    @Test
    void a_blueprint_naming_a_missing_template_stops_the_start() {
        PluginLoadException refused = assertThrows(PluginLoadException.class, () -> parse(TEMPLATES
                + "<blueprint key=\"bp\" index-key=\"idx\"><content-template ref=\"nowhere\"/></blueprint>"));

        assertTrue(refused.getMessage().contains("nowhere"), refused.getMessage());
    }

    @Test
    void a_create_dialog_item_naming_a_missing_blueprint_stops_the_start() {
        assertThrows(PluginLoadException.class, () -> parse(
                "<web-item key=\"w\" section=\"system.create.dialog/content\"><param name=\"blueprintKey\" value=\"none\"/></web-item>"));
    }
}
