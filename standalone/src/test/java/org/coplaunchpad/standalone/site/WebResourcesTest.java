package org.coplaunchpad.standalone.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.coplaunchpad.standalone.hosting.osgi.PluginDescriptor;
import org.junit.jupiter.api.Test;

/** Which files and AUI components a page gets for the web resources it required, as Confluence decides. */
class WebResourcesTest {
    private static final String KEY = "org.example.app";
    private final WebResources resources = new WebResources(PluginDescriptor.parse(("""
            <atlassian-plugin key="org.example.app" name="Example" plugins-version="2">
              <plugin-info><version>1</version></plugin-info>
              <web-resource key="flagging">
                <dependency>com.atlassian.auiplugin:ajs</dependency>
                <dependency>com.atlassian.auiplugin:aui-flag</dependency>
                <resource type="download" name="flagging.js" location="js/flagging.js"/>
              </web-resource>
              <web-resource key="plain">
                <dependency>com.atlassian.auiplugin:ajs</dependency>
                <resource type="download" name="plain.css" location="css/plain.css"/>
                <resource type="download" name="plain.js" location="js/plain.js"/>
              </web-resource>
              <web-resource key="on-top-of-flagging">
                <dependency>org.example.app:flagging</dependency>
              </web-resource>
            </atlassian-plugin>
            """).getBytes(StandardCharsets.UTF_8)));

    @Test
    void a_resource_declaring_aui_flag_keeps_ajs_flag() {
        assertEquals(List.of(), resources.resolve(List.of(KEY + ":flagging"), "/c").withheldAuiGlobals());
    }

    @Test
    void a_page_whose_resources_do_not_declare_aui_flag_has_no_ajs_flag() {
        WebResources.Files files = resources.resolve(List.of(KEY + ":plain"), "/c");

        assertEquals(List.of("flag"), files.withheldAuiGlobals());
        assertEquals(List.of("/c/download/resources/" + KEY + ":plain/plain.js"), files.scripts());
        assertEquals(List.of("/c/download/resources/" + KEY + ":plain/plain.css"), files.stylesheets());
    }

    @Test
    void aui_flag_declared_by_a_dependency_counts() {
        assertEquals(List.of(), resources.resolve(List.of(KEY + ":on-top-of-flagging"), "/c").withheldAuiGlobals());
    }

    @Test
    void a_page_that_required_nothing_has_no_ajs_flag() {
        assertEquals(List.of("flag"), resources.resolve(List.of(), "/c").withheldAuiGlobals());
    }
}
