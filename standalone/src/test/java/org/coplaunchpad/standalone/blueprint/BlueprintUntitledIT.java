package org.coplaunchpad.standalone.blueprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coplaunchpad.standalone.StandaloneHost;
import org.coplaunchpad.standalone.store.Page;
import org.coplaunchpad.standalone.testing.Browserless;
import org.coplaunchpad.standalone.testing.BundleCopies;
import org.coplaunchpad.standalone.testing.Spaces;
import org.coplaunchpad.standalone.testing.TestHosts;
import org.coplaunchpad.standalone.testing.Ticking;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A blueprint whose context provider gives no ContentPageTitle (the app's provider before issue 9 returned only
 * "title"), handled as Confluence 8.7.2 handles it (atlassian-api/VERIFIED.md "Blueprint page titles (issue 9)"): the
 * first use saves an untitled page, the second is refused because the space already has a page with that (empty)
 * title. The app's bundle gets a second blueprint on the same template, without a context provider, followed by the
 * app's own "Se décider" template, which Confluence does not create (only the first content template per use).
 */
class BlueprintUntitledIT {
    private static final String AFTER = "</blueprint>";
    private static final String UNTITLED = """
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
            """;

    @TempDir
    Path temp;

    private static HttpResponse<String> create(Browserless member, String spaceKey) {
        HttpResponse<String> dialog = member.get("/pages/createpage.action?spaceKey=" + spaceKey);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("atl_token", Browserless.metaToken(dialog.body()));
        form.put("spaceKey", spaceKey);
        form.put("blueprintKey", "untitled-blueprint");
        return member.postForm("/pages/createpage.action", form);
    }

    @Test
    void without_content_page_title_the_first_page_is_untitled_and_a_second_is_refused_as_a_duplicate() {
        Path jar = BundleCopies.withEntry(TestHosts.pluginJar(), "atlassian-plugin.xml", descriptor -> {
            if (!descriptor.contains(AFTER)) {
                throw new AssertionError("the descriptor declares no blueprint");
            }
            return descriptor.replaceFirst(AFTER, AFTER + UNTITLED);
        }, temp.resolve("untitled-blueprint.jar"));

        try (StandaloneHost host = StandaloneHost.start(TestHosts.config(temp.resolve("data")).withPluginJar(jar))) {
            Spaces.create(host.baseUri(), "admin", "BPUNT", "Sans titre");
            Spaces.grant(Ticking.member(host.baseUri(), "admin"), "BPUNT", "coach", "VIEW", "EDIT");
            Browserless coach = Ticking.member(host.baseUri(), "coach");

            HttpResponse<String> first = create(coach, "BPUNT");
            List<Page> afterFirst = host.site().pages().inSpace("BPUNT");
            HttpResponse<String> second = create(coach, "BPUNT");

            assertEquals(302, first.statusCode(), first.body());
            List<Page> untitled = afterFirst.stream().filter(p -> p.title().isEmpty()).toList();
            assertEquals(1, untitled.size(), afterFirst.stream().map(Page::title).toList().toString());
            assertTrue(untitled.get(0).body().contains("cop-readiness-checklist"), "the template's page, untitled");
            Long home = host.site().spaces().find("BPUNT").orElseThrow().homePageId();
            assertEquals(2, afterFirst.stream().filter(p -> !Long.valueOf(p.id()).equals(home)).count(),
                    "the index page and the first content template's page only");
            assertTrue(afterFirst.stream().noneMatch(p -> p.title().startsWith("Se décider")),
                    "the blueprint's second content template is not created");
            assertEquals(500, second.statusCode(), "Confluence's create dialog gets a 500 from create-content");
            assertTrue(Jsoup.parse(second.body()).select("#create-error").text().contains("ContentPageTitle"),
                    second.body());
            assertEquals(afterFirst, host.site().pages().inSpace("BPUNT"), "nothing more was created");
        }
    }
}
