package org.coplaunchpad.standalone.site.editor;

import org.coplaunchpad.standalone.testing.HostPerClass;
import org.junit.jupiter.api.extension.RegisterExtension;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.coplaunchpad.standalone.site.demo.DemoData;
import org.coplaunchpad.standalone.data.Page;
import org.coplaunchpad.standalone.testing.Browserless;
import org.coplaunchpad.standalone.testing.TestHosts;
import org.coplaunchpad.standalone.testing.Ticking;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;

/**
 * Editing pages in storage format on the host: the Insert macro dialog is generated from the app's xhtml-macro
 * metadata, saving makes a new version (the REST API agrees, the previous one stays in the history), and text that
 * is not well-formed is refused without losing what the user typed.
 */
class PageEditingIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final HostPerClass host = new HostPerClass();

    private static Page createPage(String title, String body) {
        Page home = host.site().pages().find(DemoData.SPACE_KEY, DemoData.PARENT_PAGE).orElseThrow();
        return host.site().pages().create(DemoData.SPACE_KEY, home.id(), title, body, "coach");
    }

    private static HttpResponse<String> save(Browserless member, Page page, String title, String content, int original) {
        String token = Browserless.metaToken(member.get("/pages/editpage.action?pageId=" + page.id()).body());
        Map<String, String> form = new LinkedHashMap<>();
        form.put("atl_token", token);
        form.put("pageId", Long.toString(page.id()));
        form.put("originalVersion", Integer.toString(original));
        form.put("title", title);
        form.put("content", content);
        return member.postForm("/pages/doeditpage.action", form);
    }

    /** The parameters of each xhtml-macro, read from the bundle's descriptor independently of the host's code. */
    private static Map<String, List<org.w3c.dom.Element>> declaredParameters() throws Exception {
        try (JarFile jar = new JarFile(TestHosts.pluginJar().toFile())) {
            byte[] xml = jar.getInputStream(jar.getEntry("atlassian-plugin.xml")).readAllBytes();
            org.w3c.dom.Document descriptor = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(xml));
            Map<String, List<org.w3c.dom.Element>> macros = new LinkedHashMap<>();
            NodeList modules = descriptor.getElementsByTagName("xhtml-macro");
            for (int i = 0; i < modules.getLength(); i++) {
                org.w3c.dom.Element macro = (org.w3c.dom.Element) modules.item(i);
                List<org.w3c.dom.Element> parameters = new ArrayList<>();
                NodeList nodes = macro.getElementsByTagName("parameter");
                for (int j = 0; j < nodes.getLength(); j++) {
                    parameters.add((org.w3c.dom.Element) nodes.item(j));
                }
                macros.put(macro.getAttribute("name"), parameters);
            }
            return macros;
        }
    }

    @Test
    void the_insert_macro_dialog_has_one_field_per_declared_parameter_of_the_declared_type() throws Exception {
        Browserless coach = Ticking.member(host.baseUri(), "coach");
        Page page = host.site().pages().find(DemoData.SPACE_KEY, DemoData.CHILD_PAGE).orElseThrow();
        Document editor = Jsoup.parse(coach.get("/pages/editpage.action?pageId=" + page.id()).body());

        Map<String, List<org.w3c.dom.Element>> declared = declaredParameters();
        assertEquals(List.copyOf(declared.keySet()), editor.select("#macro-browser-select option").eachAttr("value"));
        for (Map.Entry<String, List<org.w3c.dom.Element>> macro : declared.entrySet()) {
            Element form = editor.selectFirst("fieldset.host-macro-form[data-macro-name=" + macro.getKey() + "]");
            assertEquals(macro.getValue().stream().map(p -> p.getAttribute("name")).toList(),
                    form.select("[data-param]").eachAttr("data-param"), macro.getKey());
            for (org.w3c.dom.Element parameter : macro.getValue()) {
                Element field = form.selectFirst("[data-param=" + parameter.getAttribute("name") + "]");
                switch (parameter.getAttribute("type")) {
                    case "enum" -> {
                        List<String> values = new ArrayList<>();
                        NodeList nodes = parameter.getElementsByTagName("value");
                        for (int i = 0; i < nodes.getLength(); i++) {
                            values.add(((org.w3c.dom.Element) nodes.item(i)).getAttribute("name"));
                        }
                        assertEquals("select", field.tagName());
                        List<String> options = field.select("option").eachAttr("value").stream()
                                .filter(v -> !v.isEmpty()).toList();
                        assertEquals(values, options, parameter.getAttribute("name"));
                        if (!parameter.getAttribute("default").isEmpty()) {
                            assertEquals(parameter.getAttribute("default"), field.selectFirst("option[selected]").val());
                        }
                    }
                    case "boolean" -> assertEquals("checkbox", field.attr("type"));
                    default -> assertEquals("text", field.attr("type"), parameter.getAttribute("name"));
                }
            }
        }
    }

    @Test
    void the_dialog_speaks_the_users_language_and_knows_which_macros_take_a_body() {
        Browserless coach = Ticking.member(host.baseUri(), "coach");
        Browserless chloe = Ticking.member(host.baseUri(), "chloe");
        Page page = host.site().pages().find(DemoData.SPACE_KEY, DemoData.CHILD_PAGE).orElseThrow();
        Document french = Jsoup.parse(coach.get("/pages/editpage.action?pageId=" + page.id()).body());
        Document english = Jsoup.parse(chloe.get("/pages/editpage.action?pageId=" + page.id()).body());

        assertEquals("Liste de bénéfices", french.selectFirst("label[for=macro-param-cop-benefits-panel-category]").text());
        assertEquals("Benefit list", english.selectFirst("label[for=macro-param-cop-benefits-panel-category]").text());
        assertEquals("Cards side by side, or plain lists.",
                english.selectFirst("#macro-param-cop-benefits-panel-layout-desc").text());
        assertEquals("Bénéfices d'une communauté de pratique",
                french.selectFirst("#macro-browser-select option[value=cop-benefits-panel]").text());
        assertEquals("true", french.selectFirst("fieldset[data-macro-name=cop-benefits-panel]").attr("data-rich-text-body"));
        assertEquals("false", french.selectFirst("fieldset[data-macro-name=cop-readiness-checklist]").attr("data-rich-text-body"));
    }

    @Test
    void saving_makes_a_new_version_the_rest_api_agrees_and_the_previous_one_stays_in_the_history() throws Exception {
        Page page = createPage("Brouillon du coach", "<p>Première version</p>");
        Browserless alice = Ticking.member(host.baseUri(), "alice");

        HttpResponse<String> saved = save(alice, page, "Brouillon du coach", "<p>Deuxième version</p>", 1);

        assertEquals(302, saved.statusCode(), saved.body());
        assertTrue(saved.headers().firstValue("Location").orElseThrow().endsWith("viewpage.action?pageId=" + page.id()));
        JsonNode rest = JSON.readTree(alice.get("/rest/api/content/" + page.id() + "?expand=body.storage").body());
        assertEquals(2, rest.path("version").path("number").asInt());
        assertEquals("<p>Deuxième version</p>", rest.path("body").path("storage").path("value").asText());

        Document history = Jsoup.parse(alice.get("/pages/viewpreviousversions.action?pageId=" + page.id()).body());
        assertEquals(List.of("2", "1"), history.select("#page-history-table tr[data-version]").eachAttr("data-version"));
        Document first = Jsoup.parse(alice.get("/pages/viewpreviousversions.action?pageId=" + page.id() + "&version=1").body());
        assertEquals("Première version", first.selectFirst("#main-content p:not(#version-banner p)").text());
    }

    @Test
    void a_rest_update_also_keeps_the_previous_version() throws Exception {
        Page page = createPage("Page mise à jour par script", "<p>v1</p>");
        Browserless coach = new Browserless(host.baseUri()).basic("coach", "coach");

        HttpResponse<String> put = coach.putJson("/rest/api/content/" + page.id(), "{\"type\":\"page\",\"title\":\""
                + page.title() + "\",\"version\":{\"number\":2},\"body\":{\"storage\":{\"value\":\"<p>v2</p>\","
                + "\"representation\":\"storage\"}}}");

        assertEquals(200, put.statusCode(), put.body());
        List<Page> history = host.site().pages().history(host.site().pages().find(page.id()).orElseThrow());
        assertEquals(List.of(2, 1), history.stream().map(Page::version).toList());
        assertEquals("<p>v1</p>", history.get(1).body());
    }

    @Test
    void text_that_is_not_well_formed_is_refused_with_a_message_and_kept_in_the_form() {
        Page page = createPage("Page mal formée", "<p>Correcte</p>");
        Browserless alice = Ticking.member(host.baseUri(), "alice");
        String broken = "<p>Un paragraphe sans fin & <strong>gras</p>";

        HttpResponse<String> refused = save(alice, page, page.title(), broken, 1);

        assertEquals(400, refused.statusCode());
        Document form = Jsoup.parse(refused.body());
        assertTrue(form.selectFirst("#editor-error").text().contains("XHTML"), form.selectFirst("#editor-error").text());
        assertEquals(broken, form.selectFirst("#storage-editor").wholeText());
        assertEquals(1, host.site().pages().find(page.id()).orElseThrow().version(), "nothing was saved");
    }

    @Test
    void saving_over_someone_elses_newer_version_is_refused_as_a_conflict() {
        Page page = createPage("Page disputée", "<p>v1</p>");
        Browserless alice = Ticking.member(host.baseUri(), "alice");
        Browserless bruno = Ticking.member(host.baseUri(), "bruno");
        assertEquals(302, save(bruno, page, page.title(), "<p>Bruno</p>", 1).statusCode());

        HttpResponse<String> late = save(alice, page, page.title(), "<p>Alice</p>", 1);

        assertEquals(409, late.statusCode());
        assertEquals("<p>Alice</p>", Jsoup.parse(late.body()).selectFirst("#storage-editor").wholeText());
        assertEquals("<p>Bruno</p>", host.site().pages().find(page.id()).orElseThrow().body());
    }

    @Test
    void only_editors_may_edit() {
        Page page = host.site().pages().find(DemoData.SPACE_KEY, DemoData.CHILD_PAGE).orElseThrow();
        assertEquals(404, Ticking.member(host.baseUri(), "visitor").get("/pages/editpage.action?pageId=" + page.id())
                .statusCode());
        assertEquals(302, new Browserless(host.baseUri()).get("/pages/editpage.action?pageId=" + page.id()).statusCode());
        Browserless alice = Ticking.member(host.baseUri(), "alice");
        HttpResponse<String> forged = alice.postForm("/pages/doeditpage.action", Map.of("atl_token", "x",
                "pageId", Long.toString(page.id()), "title", "x", "content", "<p>x</p>", "originalVersion", "1"));
        assertEquals(403, forged.statusCode());
    }
}
