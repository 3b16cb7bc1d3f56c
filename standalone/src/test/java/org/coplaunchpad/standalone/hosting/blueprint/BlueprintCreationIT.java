package org.coplaunchpad.standalone.hosting.blueprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coplaunchpad.standalone.hosting.render.StorageFormat;
import org.coplaunchpad.standalone.data.Page;
import org.coplaunchpad.standalone.data.Space;
import org.coplaunchpad.standalone.testing.Browserless;
import org.coplaunchpad.standalone.testing.HostPerClass;
import org.coplaunchpad.standalone.testing.Spaces;
import org.coplaunchpad.standalone.testing.Ticking;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 6's blueprint on the host, over HTTP: the Create dialog offers it, creating builds the start-up tree under
 * the space's home page in the creating user's language, a second creation reuses the index page and gets its own
 * title and checklist (issue 9), and only people who may edit the space may create.
 */
class BlueprintCreationIT {
    private static final String BLUEPRINT = "start-up-blueprint";
    private static final String FR_INDEX = "Phase de démarrage d'une communauté de pratique";
    private static final String FR_DECIDE = "Se décider";
    private static final String EN_INDEX = "Start-up phase of a community of practice";
    private static final String EN_DECIDE = "Deciding";
    private static final List<String> CATEGORIES = List.of("institution-potentials", "institution-benefits",
            "participant-attitudes", "participant-benefits");

    @RegisterExtension
    static final HostPerClass host = new HostPerClass();

    @BeforeAll
    static void threeSpacesToCreateIn() {
        Spaces.create(host.baseUri(), "admin", "BPFR", "Communauté des bibliothécaires");
        Spaces.create(host.baseUri(), "admin", "BPEN", "Librarians' community");
        Spaces.create(host.baseUri(), "admin", "BPTWICE", "Deux fois");
        Browserless admin = Ticking.member(host.baseUri(), "admin");
        Spaces.grant(admin, "BPFR", "coach", "VIEW", "EDIT", "ADMINISTER");
        Spaces.grant(admin, "BPFR", "alice", "VIEW");
        Spaces.grant(admin, "BPEN", "chloe", "VIEW", "EDIT");
        Spaces.grant(admin, "BPTWICE", "coach", "VIEW", "EDIT");
    }


    private static HttpResponse<String> create(Browserless member, String spaceKey) {
        HttpResponse<String> dialog = member.get("/pages/createpage.action?spaceKey=" + spaceKey);
        assertEquals(200, dialog.statusCode(), dialog.body());
        Map<String, String> form = new LinkedHashMap<>();
        form.put("atl_token", Browserless.metaToken(dialog.body()));
        form.put("spaceKey", spaceKey);
        form.put("blueprintKey", BLUEPRINT);
        return member.postForm("/pages/createpage.action", form);
    }

    private static Page page(String spaceKey, String title) {
        return host.site().pages().find(spaceKey, title)
                .orElseThrow(() -> new AssertionError("no page '" + title + "' in " + spaceKey + ": "
                        + host.site().pages().inSpace(spaceKey).stream().map(Page::title).toList()));
    }

    @Test
    void the_create_dialog_offers_the_blueprint_in_the_users_language_with_its_icon() {
        Browserless coach = Ticking.member(host.baseUri(), "coach");
        Document dialog = Jsoup.parse(coach.get("/pages/createpage.action?spaceKey=BPFR").body());

        assertEquals("Démarrage d'une communauté de pratique",
                dialog.selectFirst("label[for=create-choice-" + BLUEPRINT + "] strong").text());
        assertTrue(dialog.selectFirst("label[for=create-choice-" + BLUEPRINT + "] img").attr("src")
                .endsWith("/download/resources/org.coplaunchpad.cop-launchpad/images/blueprint.png"));
        assertEquals(200, coach.get("/download/resources/org.coplaunchpad.cop-launchpad/images/blueprint.png").statusCode());
    }

    @Test
    void a_french_coach_gets_the_french_tree_under_the_home_page_and_sees_the_deciding_page() {
        Browserless coach = Ticking.member(host.baseUri(), "coach");

        HttpResponse<String> created = create(coach, "BPFR");

        Space space = host.site().spaces().find("BPFR").orElseThrow();
        Page index = page("BPFR", FR_INDEX);
        Page decide = page("BPFR", FR_DECIDE);
        assertEquals(space.homePageId(), index.parentId(), "the index page is a child of the home page");
        assertEquals(index.id(), decide.parentId());
        assertEquals(302, created.statusCode());
        assertTrue(created.headers().firstValue("Location").orElseThrow().endsWith("viewpage.action?pageId=" + decide.id()),
                "create-result=\"view\" shows the new page");

        Document storage = Jsoup.parse(decide.body(), "", Parser.xmlParser());
        assertEquals(CATEGORIES, storage.select("ac|structured-macro[ac:name=cop-benefits-panel] > ac|parameter[ac:name=category]")
                .eachText());
        assertEquals(1, storage.select("ac|structured-macro[ac:name=cop-readiness-checklist]").size());
        assertTrue(decide.body().contains("Pour en savoir plus"), "the reference, in French");
        assertTrue(decide.body().contains("Répondez pour chaque condition"), decide.body());
        assertFalse(decide.body().contains("at:i18n"), "every text is resolved");
        assertEquals(java.util.Optional.empty(), StorageFormat.check(decide.body()));
        assertEquals(java.util.Optional.empty(), StorageFormat.check(index.body()));

        Browserless alice = Ticking.member(host.baseUri(), "alice");
        Document shown = Jsoup.parse(alice.get("/pages/viewpage.action?pageId=" + decide.id()).body());
        assertEquals(4, shown.select("#main-content section.cop-benefits").size());
        assertEquals(1, shown.select("#main-content .cop-checklist[data-checklist=readiness]").size());
        assertTrue(shown.select(".conf-macro-error, .wysiwyg-unknown-macro").isEmpty(), "every macro of the template renders");
        Document indexShown = Jsoup.parse(alice.get("/pages/viewpage.action?pageId=" + index.id()).body());
        assertTrue(indexShown.select(".conf-macro-error, .wysiwyg-unknown-macro").isEmpty());
    }

    @Test
    void an_english_member_gets_the_english_titles_and_texts() {
        Browserless chloe = Ticking.member(host.baseUri(), "chloe");

        assertEquals(302, create(chloe, "BPEN").statusCode());

        Page index = page("BPEN", EN_INDEX);
        Page decide = page("BPEN", EN_DECIDE);
        assertEquals(index.id(), decide.parentId());
        assertTrue(decide.body().contains("Answer each condition"), decide.body());
        assertEquals(4, Jsoup.parse(decide.body(), "", Parser.xmlParser())
                .select("ac|structured-macro[ac:name=cop-benefits-panel]").size());
        assertEquals("chloe", decide.lastModifier());
    }

    private static List<String> checklistNames(Page page) {
        return Jsoup.parse(page.body(), "", Parser.xmlParser())
                .select("ac|structured-macro[ac:name=cop-readiness-checklist] > ac|parameter[ac:name=checklist]").eachText();
    }

    @Test
    void creating_the_tree_twice_in_a_space_gives_two_titles_and_two_checklists_under_one_index_page() {
        Browserless coach = Ticking.member(host.baseUri(), "coach");

        create(coach, "BPTWICE");
        HttpResponse<String> second = create(coach, "BPTWICE");

        List<Page> pages = host.site().pages().inSpace("BPTWICE");
        assertEquals(1, pages.stream().filter(p -> p.title().startsWith(FR_INDEX)).count(),
                pages.stream().map(Page::title).toList().toString());
        Page index = page("BPTWICE", FR_INDEX);
        Page first = page("BPTWICE", FR_DECIDE);
        Page again = page("BPTWICE", FR_DECIDE + " (2)");
        assertEquals(index.id(), first.parentId());
        assertEquals(index.id(), again.parentId());
        assertEquals(List.of("readiness"), checklistNames(first));
        assertEquals(List.of("readiness-2"), checklistNames(again), "the second start-up answers a checklist of its own");
        assertTrue(second.headers().firstValue("Location").orElseThrow().endsWith("pageId=" + again.id()));
        Document shown = Jsoup.parse(coach.get("/pages/viewpage.action?pageId=" + again.id()).body());
        assertEquals(1, shown.select("#main-content .cop-checklist[data-checklist=readiness-2]").size());
    }

    @Test
    void a_page_that_already_has_the_title_makes_the_blueprint_take_the_next_number() {
        Browserless admin = Ticking.member(host.baseUri(), "admin");
        Spaces.create(host.baseUri(), "admin", "BPTAKEN", "Titre pris");
        Spaces.grant(admin, "BPTAKEN", "coach", "VIEW", "EDIT");
        Space space = host.site().spaces().find("BPTAKEN").orElseThrow();
        host.site().pages().create("BPTAKEN", space.homePageId(), "SE DÉCIDER", "<p>Notes</p>", "admin");

        create(Ticking.member(host.baseUri(), "coach"), "BPTAKEN");

        assertEquals(List.of("readiness-2"), checklistNames(page("BPTAKEN", FR_DECIDE + " (2)")),
                "Confluence compares titles ignoring case");
    }

    @Test
    void only_people_who_may_edit_the_space_may_create_and_only_with_the_token() {
        Browserless alice = Ticking.member(host.baseUri(), "alice");
        assertEquals(403, alice.get("/pages/createpage.action?spaceKey=BPFR").statusCode(), "alice may only view BPFR");
        Browserless visitor = Ticking.member(host.baseUri(), "visitor");
        assertEquals(404, visitor.get("/pages/createpage.action?spaceKey=BPFR").statusCode());
        assertEquals(302, new Browserless(host.baseUri()).get("/pages/createpage.action?spaceKey=BPFR").statusCode(),
                "anonymous: to the login page");

        Browserless coach = Ticking.member(host.baseUri(), "coach");
        int before = host.site().pages().inSpace("BPTWICE").size();
        HttpResponse<String> forged = coach.postForm("/pages/createpage.action",
                Map.of("atl_token", "forged", "spaceKey", "BPTWICE", "blueprintKey", BLUEPRINT));
        assertEquals(403, forged.statusCode());
        assertEquals(before, host.site().pages().inSpace("BPTWICE").size());
    }

    @Test
    void the_header_offers_create_to_editors_only() {
        Browserless coach = Ticking.member(host.baseUri(), "coach");
        Browserless alice = Ticking.member(host.baseUri(), "alice");
        assertEquals(1, Jsoup.parse(coach.get("/display/BPFR").body()).select("#create-page-button").size());
        assertEquals(0, Jsoup.parse(alice.get("/display/BPFR").body()).select("#create-page-button").size());
    }
}
