package org.coplaunchpad.velocity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VelocityAllowlistTest {

    private static VelocityAllowlist fromResource(String path) throws IOException {
        try (InputStream xml = VelocityAllowlistTest.class.getResourceAsStream(path)) {
            return VelocityAllowlist.fromPluginDescriptor(xml);
        }
    }

    @Test
    void every_method_of_every_velocity_allowlist_module_is_read_from_the_descriptor() throws IOException {
        VelocityAllowlist allowlist = fromResource("/descriptors/atlassian-plugin.xml");

        assertEquals(Set.of(
                "org.coplaunchpad.velocity.PanelView#getTitle()",
                "org.coplaunchpad.velocity.PanelView#getItems()",
                "org.coplaunchpad.velocity.PanelView#label(java.lang.String)"), allowlist.entries());
    }

    @Test
    void an_allowlist_read_from_the_descriptor_drives_the_renderer() throws IOException {
        ConfluenceTemplateRenderer renderer = new ConfluenceTemplateRenderer(
                getClass().getClassLoader(), fromResource("/descriptors/atlassian-plugin.xml"));

        assertEquals("T / x: T", renderer.renderFragment("$p.title / $p.label(\"x\")",
                Map.of("p", new PanelView("T", List.of()))));
    }

    @Test
    void a_malformed_entry_in_the_descriptor_is_reported_with_its_module_and_the_expected_form() {
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class,
                () -> fromResource("/descriptors/malformed-atlassian-plugin.xml"));

        assertTrue(failure.getMessage().contains("broken-allowlist"), failure.getMessage());
        assertTrue(failure.getMessage().contains("org.coplaunchpad.velocity.PanelView.getTitle"), failure.getMessage());
        assertTrue(failure.getMessage().contains("fully.qualified.ClassName#methodName("), failure.getMessage());
    }

    @Test
    void a_descriptor_that_is_not_xml_is_rejected() {
        InputStream notXml = new ByteArrayInputStream("<atlassian-plugin>".getBytes(StandardCharsets.UTF_8));

        IllegalArgumentException failure =
                assertThrows(IllegalArgumentException.class, () -> VelocityAllowlist.fromPluginDescriptor(notXml));
        assertTrue(failure.getMessage().contains("not well-formed"), failure.getMessage());
    }

    @Test
    void a_descriptor_with_a_doctype_is_rejected_so_external_entities_are_never_read() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE p [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<atlassian-plugin><velocity-allowlist key=\"k\"><method>&e;</method></velocity-allowlist></atlassian-plugin>";

        assertThrows(IllegalArgumentException.class, () -> VelocityAllowlist.fromPluginDescriptor(
                new ByteArrayInputStream(xxe.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void a_descriptor_without_allowlist_modules_gives_an_empty_allowlist() {
        InputStream xml = new ByteArrayInputStream("<atlassian-plugin key=\"k\"/>".getBytes(StandardCharsets.UTF_8));

        assertEquals(VelocityAllowlist.empty(), VelocityAllowlist.fromPluginDescriptor(xml));
    }

    @Test
    void entries_are_normalised_by_dropping_whitespace() {
        assertEquals(Set.of("com.example.X#label(java.lang.String,int)"),
                VelocityAllowlist.of(List.of(" com.example.X#label( java.lang.String, int ) ")).entries());
    }

    @Test
    void entries_without_a_hash_without_parentheses_or_with_unqualified_types_are_rejected() {
        for (String malformed : List.of("com.example.X.getTitle()", "com.example.X#getTitle",
                "X#getTitle()", "com.example.X#label(String)", "com.example.X#", "")) {
            IllegalArgumentException failure = assertThrows(IllegalArgumentException.class,
                    () -> VelocityAllowlist.of(List.of(malformed)), malformed);
            assertTrue(failure.getMessage().contains("Malformed Velocity allowlist entry"), failure.getMessage());
        }
    }

    @Test
    void array_and_primitive_parameter_types_are_accepted() {
        assertEquals(2, VelocityAllowlist.of(List.of(
                "com.example.X#join(java.lang.String[])", "com.example.X#at(int,long)")).entries().size());
    }

    @Test
    void allowlists_with_the_same_entries_are_equal() {
        assertEquals(VelocityAllowlist.of(List.of("com.example.X#a()")), VelocityAllowlist.of(List.of("com.example.X#a()")));
    }
}
