package org.coplaunchpad.standalone.hosting.blueprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coplaunchpad.standalone.data.Page;
import org.coplaunchpad.standalone.testing.Browserless;
import org.coplaunchpad.standalone.testing.BundleCopies;
import org.coplaunchpad.standalone.testing.Spaces;
import org.coplaunchpad.standalone.testing.TestHosts;
import org.coplaunchpad.standalone.testing.Ticking;
import org.coplaunchpad.standalone.site.StandaloneHost;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Empty and duplicate blueprint page titles, handled as Confluence 8.7.2 handles them (atlassian-api/VERIFIED.md
 * "Blueprint page titles (issue 9)"). The app's bundle gets two more blueprints on the "Se décider" template:
 * "untitled" has no context provider, so no ContentPageTitle (as the app's provider before issue 9, which returned only
 * "title"), and lists the app's own template second, which Confluence does not create; "index-titled" titles its page
 * like its own index page.
 */
class BlueprintTitleRefusalIT {
    private static final String AFTER = "</blueprint>";
    private static final String MORE_BLUEPRINTS = """
            <content-template key="untitled-template" i18n-name-key="cop-launchpad.blueprint.decide.name">
                <resource name="template" type="download" location="blueprint/se-decider.xml"/>
            </content-template>
            <blueprint key="untitled-blueprint" index-key="cop-untitled" i18n-name-key="cop-launchpad.blueprint.name"
                       i18n-index-title-key="cop-launchpad.blueprint.index.name" create-result="view">
                <content-template ref="untitled-template"/>
                <content-template ref="se-decider-template"/>
            </blueprint>
            <web-item key="create-untitled" i18n-name-key="cop-launchpad.blueprint.name"
                      section="system.create.dialog/content" weight="200">
                <param name="blueprintKey" value="untitled-blueprint"/>
            </web-item>
            <content-template key="index-titled-template" i18n-name-key="cop-launchpad.blueprint.decide.name">
                <resource name="template" type="download" location="blueprint/se-decider.xml"/>
                <context-provider class="org.coplaunchpad.blueprint.StartUpContextProvider">
                    <param name="titleKey" value="cop-launchpad.blueprint.index.desc"/>
                </context-provider>
            </content-template>
            <blueprint key="index-titled-blueprint" index-key="cop-index-titled" i18n-name-key="cop-launchpad.blueprint.name"
                       i18n-index-title-key="cop-launchpad.blueprint.index.desc" create-result="view">
                <content-template ref="index-titled-template"/>
            </blueprint>
            <web-item key="create-index-titled" i18n-name-key="cop-launchpad.blueprint.name"
                      section="system.create.dialog/content" weight="300">
                <param name="blueprintKey" value="index-titled-blueprint"/>
            </web-item>
            """;

    @TempDir
    static Path temp;
    static StandaloneHost host;

    @BeforeAll
    static void startHostWithMoreBlueprints() throws Exception {
        Path jar = BundleCopies.withEntry(TestHosts.pluginJar(), "atlassian-plugin.xml", descriptor -> {
            if (!descriptor.contains(AFTER)) {
                throw new AssertionError("the descriptor declares no blueprint");
            }
            return descriptor.replaceFirst(AFTER, AFTER + MORE_BLUEPRINTS);
        }, temp.resolve("more-blueprints.jar"));
        host = StandaloneHost.start(TestHosts.config(Files.createDirectories(temp.resolve("data"))).withPluginJar(jar));
        Browserless admin = Ticking.member(host.baseUri(), "admin");
        for (String space : List.of("BPUNT", "BPDUP")) {
            Spaces.create(host.baseUri(), "admin", space, "Titres " + space);
            Spaces.grant(admin, space, "coach", "VIEW", "EDIT");
        }
    }

    @AfterAll
    static void stopHost() {
        host.close();
    }

    private static HttpResponse<String> create(String spaceKey, String blueprintKey) {
        Browserless coach = Ticking.member(host.baseUri(), "coach");
        HttpResponse<String> dialog = coach.get("/pages/createpage.action?spaceKey=" + spaceKey);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("atl_token", Browserless.metaToken(dialog.body()));
        form.put("spaceKey", spaceKey);
        form.put("blueprintKey", blueprintKey);
        return coach.postForm("/pages/createpage.action", form);
    }

    private static String error(HttpResponse<String> response) {
        return Jsoup.parse(response.body()).select("#create-error").text();
    }

    @Test
    void without_content_page_title_the_page_is_untitled_and_then_every_use_in_the_space_is_refused() {
        HttpResponse<String> first = create("BPUNT", "untitled-blueprint");
        List<Page> afterFirst = host.site().pages().inSpace("BPUNT");
        HttpResponse<String> second = create("BPUNT", "untitled-blueprint");
        HttpResponse<String> startUp = create("BPUNT", "start-up-blueprint");

        assertEquals(302, first.statusCode(), first.body());
        List<Page> untitled = afterFirst.stream().filter(p -> p.title().isEmpty()).toList();
        assertEquals(1, untitled.size(), afterFirst.stream().map(Page::title).toList().toString());
        assertTrue(untitled.get(0).body().contains("cop-readiness-checklist"), "the first template's page, untitled");
        Long home = host.site().spaces().find("BPUNT").orElseThrow().homePageId();
        assertEquals(2, afterFirst.stream().filter(p -> !Long.valueOf(p.id()).equals(home)).count(),
                "the index page and the first content template's page only");
        assertTrue(afterFirst.stream().noneMatch(p -> p.title().startsWith("Se décider")),
                "the blueprint's second content template is not created");
        assertEquals(400, second.statusCode(), "validatePageTitleIsUnique refuses the dialog's empty title");
        assertEquals(400, startUp.statusCode(), "even a blueprint that gives a title");
        assertTrue(error(second).contains("BPUNT"), second.body());
        assertEquals(afterFirst, host.site().pages().inSpace("BPUNT"), "nothing more was created");
    }

    @Test
    void a_page_title_that_the_new_index_page_takes_first_is_refused_when_the_page_is_saved() {
        HttpResponse<String> refused = create("BPDUP", "index-titled-blueprint");

        assertEquals(500, refused.statusCode(), "DefaultPageManager's DuplicateDataRuntimeException, through create-content's REST");
        String title = "La page parente de l'arborescence de démarrage.";
        List<Page> pages = host.site().pages().inSpace("BPDUP");
        assertEquals(List.of(title), pages.stream().map(Page::title).filter(title::equals).toList(),
                "the index page, made before the page is saved, as in Confluence: " + pages);
        assertEquals(2, pages.size(), "and the home page: nothing else " + pages);
        assertTrue(error(refused).contains("« " + title + " »"), error(refused));
    }
}
