package org.coplaunchpad.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.user.ConfluenceUser;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.coplaunchpad.AppClock;
import org.coplaunchpad.answers.AnswerKey;
import org.coplaunchpad.answers.AnswerStore;
import org.coplaunchpad.answers.PageChecklist;
import org.coplaunchpad.answers.RegistryStore;
import org.coplaunchpad.answers.Answer;
import org.coplaunchpad.answers.GivenAnswer;
import org.coplaunchpad.aohost.TestDatabases;
import org.coplaunchpad.catalog.Catalog;
import org.coplaunchpad.catalog.ReadinessItem;
import org.coplaunchpad.testing.ConfluenceFixture;
import org.coplaunchpad.testing.CountingActiveObjects;
import org.coplaunchpad.testing.CountingSql;
import org.coplaunchpad.testing.MacroHarness;
import org.coplaunchpad.testing.StoreDatabase;
import org.coplaunchpad.testing.Stores;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The checklist macro as members see it, with answers on a real (H2) database. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadinessChecklistMacroTest {
    private final Catalog catalog = new Catalog();
    private ConfluenceFixture confluence;
    private MacroHarness harness;
    private StoreDatabase database;
    private CountingActiveObjects counting;
    private CountingSql sql;
    private AnswerStore store;
    private RegistryStore registry;
    private Stores stores;
    private org.coplaunchpad.answers.RoundStore rounds;
    private ReadinessChecklistMacro macro;
    private ConfluenceUser alice;
    private ConfluenceUser bruno;
    private AbstractPage page;

    @BeforeAll
    void database() {
        database = StoreDatabase.open(TestDatabases.Kind.H2);
        counting = new CountingActiveObjects(database.activeObjects());
        AppClock clock = mock(AppClock.class);
        when(clock.now()).thenReturn(Instant.parse("2026-11-27T12:00:00Z"));
        sql = new CountingSql(database.sql());
        stores = new Stores(counting.activeObjects(), sql, clock);
        store = stores.answers;
        registry = stores.registry;
        rounds = stores.rounds;
    }

    @AfterAll
    void close() {
        database.close();
    }

    @BeforeEach
    void aliceAndBrunoAreMembersOfCdp() {
        database.clear();
        counting.reset();
        sql.reset();
        // Fresh mocks per test: the database is per class, the viewer is per test.
        confluence = new ConfluenceFixture();
        harness = new MacroHarness().viewerLocale(Locale.ENGLISH);
        macro = new ReadinessChecklistMacro(catalog, harness.viewerTexts, harness.templates, store,
                confluence.accessPolicy, new AnswerTexts(confluence.memberNames), new org.coplaunchpad.AppClock(),
                harness.pageBuilderService);
        alice = confluence.user("alice", "Alice Arnaud");
        bruno = confluence.user("bruno", "Bruno Bernard");
        confluence.space("CDP");
        page = confluence.page(42, "CDP", ConfluenceFixture.checklistMacro("readiness", "personal"));
        confluence.mayView(alice, page);
        confluence.mayView(bruno, page);
        confluence.loggedIn("alice");
    }

    private ConversionContext context(String outputType) {
        ConversionContext context = MacroHarness.context(outputType, "CDP");
        when(context.getEntity()).thenReturn(page);
        return context;
    }

    private Document render(Map<String, String> parameters) throws Exception {
        return Jsoup.parseBodyFragment(macro.execute(parameters, "", context("display")));
    }

    private static Map<String, String> params(String... keysAndValues) {
        Map<String, String> parameters = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            parameters.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return parameters;
    }

    private void tick(String user, String item) {
        answer(user, item, Answer.YES, "");
    }

    private void answer(String user, String item, Answer answer, String reason) {
        store.record(new GivenAnswer(AnswerKey.personal("CDP", "readiness", item, user), answer,
                GivenAnswer.ReasonEdit.replaceWith(reason.isEmpty() ? Optional.empty() : Optional.of(reason)), user, 42L));
    }

    /** The value of the item's checked radio, or "none". */
    private static String checked(Document html, String item) {
        Element radio = html.selectFirst("input[type=radio][data-item=" + item + "][checked]");
        return radio == null ? "none" : radio.val();
    }

    /** The element whose id is the item's radio name plus {@code suffix} ("-status", "-reason", …). */
    private static Element part(Document html, String item, String suffix) {
        return html.getElementById(html.selectFirst("input[data-item=" + item + "]").attr("name") + suffix);
    }

    @Test
    void it_renders_every_readiness_item_grouped_by_section_with_the_scripting_contract() throws Exception {
        Document html = render(Map.of());

        Element checklist = html.selectFirst(".cop-checklist");
        assertEquals("CDP", checklist.attr("data-space-key"));
        assertEquals("42", checklist.attr("data-page-id"));
        assertEquals("readiness", checklist.attr("data-checklist"));
        assertEquals("personal", checklist.attr("data-mode"));
        for (String answer : List.of("yes", "partly", "no", "unknown")) {
            assertEquals(catalog.readinessItems().stream().map(ReadinessItem::key).toList(),
                    html.select("input[type=radio][data-item][value=" + answer + "]").stream()
                            .map(e -> e.attr("data-item")).toList(), answer);
        }
        assertEquals(4 * catalog.readinessItems().size(), html.select("input[data-item]").size(), "four answers, no other input");
        assertEquals(catalog.readinessSections().size(), html.select("fieldset[data-section]").size());
    }

    @Test
    void every_radio_is_accessible_with_a_label_a_group_named_by_its_item_and_a_described_status() throws Exception {
        Document html = render(Map.of());

        for (Element radio : html.select("input[data-item]")) {
            assertEquals(1, html.select("label[for=" + radio.id() + "]").size(), radio.id());
            assertFalse(html.selectFirst("label[for=" + radio.id() + "]").text().isBlank());
            assertEquals(radio.attr("name") + "-status", radio.attr("aria-describedby"));
            assertEquals(1, html.select("#" + radio.attr("name") + "-status").size());
            Element group = radio.closest("[role=radiogroup]");
            assertFalse(html.getElementById(group.attr("aria-labelledby")).text().isBlank(), radio.id());
        }
        Element bar = html.selectFirst("[role=progressbar]");
        assertEquals("0", bar.attr("aria-valuemin"));
        assertEquals("100", bar.attr("aria-valuemax"));
    }

    @Test
    void the_members_own_answers_are_checked_and_every_level_is_counted_over_respondents() throws Exception {
        tick("alice", "coach");
        answer("bruno", "coach", Answer.PARTLY, "");
        answer("bruno", "groupware", Answer.NO, "");
        answer("alice", "documentalist", Answer.UNKNOWN, "");

        Document html = render(Map.of());

        assertEquals("yes", checked(html, "coach"));
        assertEquals("none", checked(html, "groupware"), "bruno's answer is his");
        assertEquals("unknown", checked(html, "documentalist"));
        assertEquals("1 yes · 1 partly · 0 no · 0 don't know — 2 members answered", part(html, "coach", "-status").text());
        assertEquals("Answer this item to see how the others answered it.", part(html, "groupware", "-status").text(),
                "after-answer, the macro's default: alice has not answered groupware");
        assertEquals("0 yes · 0 partly · 1 no · 0 don't know — 2 members answered",
                part(render(Map.of("reveal", "always")), "groupware", "-status").text(), "reveal=always shows it");
        assertEquals("You answered 2 of 19 conditions", html.selectFirst(".cop-checklist__progress-text").text());
        assertEquals("11", html.selectFirst("[role=progressbar]").attr("aria-valuenow"));
    }

    @Test
    void the_members_own_reason_is_shown_to_them_and_to_nobody_else() throws Exception {
        answer("alice", "coach", Answer.PARTLY, "Half a day a week.");
        answer("bruno", "groupware", Answer.NO, "Nothing chosen yet.");

        Document html = render(Map.of());

        assertEquals("Half a day a week.", part(html, "coach", "-reason").selectFirst(".cop-checklist__reason-text").text());
        assertEquals("Edit reason", html.selectFirst("input[data-item=coach]").closest("li")
                .selectFirst("[data-action=open-reason]").text());
        assertTrue(part(html, "groupware", "-reason").hasAttr("hidden"));
        assertFalse(html.html().contains("Nothing chosen yet."), "bruno's reason stays his");
    }

    @Test
    void shared_mode_shows_the_team_answer_its_reason_who_gave_it_and_when() throws Exception {
        store.record(new GivenAnswer(AnswerKey.shared("CDP", "readiness", "coach"), Answer.PARTLY,
                GivenAnswer.ReasonEdit.replaceWith(Optional.of("Half a day a week.")), "bruno", 42L));
        confluence.mayEdit(alice, page);

        Document html = render(params("mode", "shared"));

        assertEquals("partly", checked(html, "coach"));
        Element status = part(html, "coach", "-status");
        assertTrue(status.text().startsWith("Partly — Bruno Bernard, "), status.text());
        assertEquals("Half a day a week.", part(html, "coach", "-reason").selectFirst(".cop-checklist__reason-text").text());
        assertEquals("The team answered 1 of 19 conditions", html.selectFirst(".cop-checklist__progress-text").text());
        assertEquals("2026-11-27T12:00:00Z", status.selectFirst("time").attr("datetime"));
        assertFalse(html.selectFirst(".cop-checklist").attr("data-read-only").equals("true"));
    }

    @Test
    void shared_mode_is_read_only_for_members_who_cannot_edit_the_page() throws Exception {
        Document html = render(params("mode", "shared"));

        assertEquals("true", html.selectFirst(".cop-checklist").attr("data-read-only"));
        html.select("input[data-item]").forEach(radio -> assertTrue(radio.hasAttr("disabled"), radio.id()));
        assertTrue(html.select("[data-action], textarea").isEmpty(), "nothing to click or type");
        assertTrue(html.selectFirst(".cop-checklist__read-only").text().contains("edit"));
    }

    @Test
    void anonymous_viewers_see_a_read_only_checklist() throws Exception {
        confluence.loggedIn(null);

        Document html = render(Map.of());

        html.select("input[data-item]").forEach(radio -> assertTrue(radio.hasAttr("disabled")));
        assertTrue(html.select("[data-action], textarea").isEmpty(), "nothing to click or type");
        assertTrue(html.selectFirst(".cop-checklist__read-only").text().contains("Log in"));
    }

    @Test
    void sections_show_a_subset() throws Exception {
        Document html = render(params("sections", "fundamentals, middle-managers"));

        assertEquals(List.of("fundamentals", "middle-managers"),
                html.select("fieldset[data-section]").stream().map(e -> e.attr("data-section")).toList());
        assertEquals(5, html.select("input[data-item][value=yes]").size());
    }

    @Test
    void the_checklist_stands_under_the_seeds_two_headings_in_french_with_the_lead_and_each_items_guidance() throws Exception {
        harness.viewerLocale(Locale.FRENCH);

        Document html = render(Map.of());

        assertEquals(List.of("Les caract\u00e9ristiques structurantes d'une communaut\u00e9 de pratique virtuelle",
                "Maximiser les chances de succ\u00e8s de la communaut\u00e9"), html.select(".cop-checklist h3").eachText());
        assertEquals("D'apr\u00e8s des retours d'exp\u00e9riences trois caract\u00e9ristiques apparaissent fondamentales"
                + " pour le succ\u00e8s d'un d\u00e9marrage :", html.selectFirst(".cop-checklist__lead").text());
        for (ReadinessItem item : catalog.readinessItems()) {
            Element details = html.selectFirst("input[data-item=" + item.key() + "]").closest("li").selectFirst("details");
            assertEquals("Que signifie cette condition ?", details.selectFirst("summary").text());
            assertEquals(harness.viewerTexts.current().get(item.guidanceKey()), details.selectFirst("p").text(), item.key());
        }
    }

    @Test
    void the_two_headings_are_translated_for_english_viewers() throws Exception {
        Document html = render(Map.of());

        assertEquals(List.of("The structuring characteristics of a virtual community of practice",
                "Maximising the community's chances of success"), html.select(".cop-checklist h3").eachText());
        assertEquals("According to feedback from experience, three characteristics appear fundamental to a successful"
                + " start:", html.selectFirst(".cop-checklist__lead").text());
        assertEquals("What does this mean?", html.selectFirst("details > summary").text());
    }

    @Test
    void sections_fundamentals_shows_only_the_first_heading_and_sections_legitimacy_only_the_second() throws Exception {
        Document fundamentals = render(params("sections", "fundamentals"));
        Document legitimacy = render(params("sections", "legitimacy"));

        assertEquals(List.of("The structuring characteristics of a virtual community of practice"),
                fundamentals.select(".cop-checklist h3").eachText());
        assertEquals(1, fundamentals.select(".cop-checklist__lead").size());
        assertEquals(List.of("Maximising the community's chances of success"),
                legitimacy.select(".cop-checklist h3").eachText());
        assertTrue(legitimacy.select(".cop-checklist__lead").isEmpty(), "the lead goes with its heading");
        assertEquals(List.of("legitimacy"), legitimacy.select("fieldset[data-section]").eachAttr("data-section"));
    }

    @Test
    void exports_show_the_two_headings_and_the_lead() throws Exception {
        String html = macro.execute(Map.of(), "", context("pdf"));

        Document doc = Jsoup.parseBodyFragment(html);
        assertEquals(List.of("The structuring characteristics of a virtual community of practice",
                "Maximising the community's chances of success"), doc.select("h3").eachText());
        assertTrue(doc.text().contains("three characteristics appear fundamental to a successful start:"), doc.text());
        assertTrue(doc.select("details").isEmpty(), "no disclosure in exports: " + html);
    }

    @Test
    void several_checklists_of_a_space_keep_their_own_answers() throws Exception {
        tick("alice", "coach");

        Document other = render(params("checklist", "launch-2027"));

        assertEquals("launch-2027", other.selectFirst(".cop-checklist").attr("data-checklist"));
        assertTrue(other.select("input[checked]").isEmpty());
    }

    @Test
    void two_checklists_on_one_page_have_short_ids_that_no_other_element_of_the_page_has() throws Exception {
        String page = render(Map.of()).body().html() + render(params("checklist", "launch-2027")).body().html();

        Document html = Jsoup.parseBodyFragment(page);
        List<String> ids = html.select("[id]").eachAttr("id");
        assertEquals(ids.size(), new HashSet<>(ids).size(), "every id once on the page");
        assertEquals(2, html.select(".cop-checklist__reason-editor").size(), "one reason editor per checklist");
        for (Element checklist : html.select(".cop-checklist")) {
            String editor = checklist.selectFirst(".cop-checklist__reason-editor").id();
            checklist.select("[data-action=open-reason]").forEach(toggle ->
                    assertEquals(editor, toggle.attr("aria-controls"), "its own checklist's editor"));
        }
        for (Element radio : html.select("input[data-item]")) {
            assertTrue(radio.attr("name").length() <= 10, "an id stem written twenty times per item stays short: "
                    + radio.attr("name"));
        }
    }

    @Test
    void it_renders_with_three_statements_on_one_connection_and_none_through_active_objects_whatever_the_number_of_members()
            throws Exception {
        for (int member = 0; member < 40; member++) {
            for (ReadinessItem item : catalog.readinessItems().subList(0, member % 19 + 1)) {
                tick("member" + member, item.key());
            }
        }
        store.record(new GivenAnswer(AnswerKey.shared("CDP", "readiness", "coach"), Answer.YES, "bruno", 42L));

        for (Map<String, String> parameters : List.of(Map.<String, String>of(), params("mode", "shared"))) {
            counting.reset();
            sql.reset();
            render(parameters);

            // The registry, the answers (with the shown respondent's reasons and hints), the open round and its deadline.
            assertEquals(3, sql.statements(), parameters + ": statements");
            assertEquals(1, sql.executions(), parameters + ": one connection");
            assertEquals(0, counting.queries(), parameters + ": Active Objects queries");
        }
    }

    @Test
    void a_page_whose_mode_differs_from_the_first_registered_page_shows_why_instead_of_the_checklist() throws Exception {
        registry.register(41, "CDP", List.of(new PageChecklist("readiness", "shared", List.of())));
        registry.register(42, "CDP", List.of(new PageChecklist("readiness", "personal", List.of())));

        Document html = render(Map.of());

        assertTrue(html.select(".cop-checklist").isEmpty(), html.html());
        assertTrue(html.text().contains("another mode than the first page that carries it"), html.text());
    }

    @Test
    void the_first_registered_page_renders_its_checklist_whatever_later_pages_say() throws Exception {
        registry.register(42, "CDP", List.of(new PageChecklist("readiness", "personal", List.of())));
        registry.register(43, "CDP", List.of(new PageChecklist("readiness", "shared", List.of())));

        assertEquals("readiness", render(Map.of()).selectFirst(".cop-checklist").attr("data-checklist"));
    }

    @Test
    void with_the_registry_and_a_closed_round_it_renders_with_three_statements_and_no_write_for_40_members()
            throws Exception {
        for (int member = 0; member < 40; member++) {
            tick("member" + member, "coach");
        }
        registry.register(42, "CDP", List.of(new PageChecklist("readiness", "personal", List.of())));
        registry.register(43, "CDP", List.of(new PageChecklist("readiness", "personal", List.of())));
        new org.coplaunchpad.dashboard.RoundClosing(stores.summaries, rounds, stores.figures, stores.settings,
                stores.checklistRegistry(confluence), new org.coplaunchpad.dashboard.Assessor(catalog))
                .close("CDP", "readiness", "coach");
        tick("alice", "coach");
        counting.reset();
        sql.reset();

        Document html = render(Map.of());

        assertEquals(3, sql.statements(), "statements");
        assertEquals(0, counting.queries(), "Active Objects queries");
        assertTrue(html.selectFirst(".cop-checklist__round").text().startsWith("Round 2"), html.text());
        assertEquals(0, counting.transactions(), "a render writes nothing");
    }

    @Test
    void exports_and_email_show_each_answer_as_text_without_a_form_or_script() throws Exception {
        answer("alice", "coach", Answer.PARTLY, "Half a day a week.");

        String html = macro.execute(Map.of(), "", context("pdf"));

        assertFalse(html.contains("<input"), html);
        assertFalse(html.contains("<textarea"), html);
        assertFalse(html.contains("<button"), html);
        assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"), html);
        String text = Jsoup.parseBodyFragment(html).text();
        assertTrue(text.contains("A coach") && text.contains("— Partly"), text);
        assertTrue(text.contains("Reason: Half a day a week."), text);
        assertTrue(text.contains("— No answer"), "unanswered items say so: " + text);
        verify(harness.pageBuilderService.assembler().resources(), never()).requireWebResource(anyString());
    }

    @Test
    void display_output_requires_the_ticking_script() throws Exception {
        render(Map.of());

        verify(harness.pageBuilderService.assembler().resources())
                .requireWebResource("org.coplaunchpad.cop-launchpad:checklist-resources");
    }

    @Test
    void unknown_mode_section_or_bad_checklist_name_give_inline_errors() throws Exception {
        for (Map<String, String> bad : List.of(params("mode", "team"), params("sections", "fundamentals,nope"),
                params("checklist", "a b/c"))) {
            Document html = render(bad);

            assertEquals(1, html.select(".aui-message-error").size(), bad.toString());
            assertTrue(html.select("input").isEmpty());
        }
    }

    @Test
    void hostile_parameters_are_escaped() throws Exception {
        String html = macro.execute(params("title", "<script>alert(1)</script>", "sections", "x\"><img src=x onerror=alert(1)>"),
                "", context("display"));
        String titled = macro.execute(params("title", "<img src=x onerror=alert(1)>"), "", context("display"));

        assertTrue(Jsoup.parseBodyFragment(html).select("img, script").isEmpty(), html);
        assertTrue(Jsoup.parseBodyFragment(titled).select("img, script").isEmpty(), titled);
        assertEquals("<img src=x onerror=alert(1)>", Jsoup.parseBodyFragment(titled).selectFirst(".cop-checklist__title").text());
    }

    @Test
    void french_viewers_read_the_checklist_in_french() throws Exception {
        harness.viewerLocale(Locale.FRENCH);
        tick("alice", "coach");

        Document html = render(Map.of());

        assertEquals("fr", html.selectFirst(".cop-checklist").attr("lang"));
        assertTrue(html.text().contains("Condition fondamentale"), html.text());
        assertTrue(html.text().contains("1 oui · 0 en partie · 0 non · 0 ne sait pas — 1 membre a répondu"), html.text());
        assertEquals(List.of("Oui", "En partie", "Non", "Je ne sais pas"), html.selectFirst("input[data-item=coach]")
                .closest("[role=radiogroup]").select("label").stream().map(Element::text).toList());
        assertEquals("Vous avez répondu à 1 sur 19 conditions", html.selectFirst(".cop-checklist__progress-text").text());
    }

    @Test
    void outside_a_space_the_checklist_explains_where_it_belongs() throws Exception {
        ConversionContext noSpace = MacroHarness.context("display", null);

        String html = macro.execute(Map.of(), "", noSpace);

        assertTrue(Jsoup.parseBodyFragment(html).selectFirst(".aui-message-error").text().contains("space"), html);
    }

    @Test
    void confidential_with_shared_mode_is_an_inline_error_naming_both_parameters() throws Exception {
        Document html = render(Map.of("confidential", "true", "mode", "shared"));

        assertTrue(html.select("input[type=radio]").isEmpty(), "no checklist");
        String error = html.selectFirst(".cop-macro-error").text();
        assertTrue(error.contains("confidential=true") && error.contains("mode=shared"), error);
    }

    @Test
    void after_a_round_closed_the_page_shows_the_members_last_answer_as_a_hint_and_the_new_round_unanswered()
            throws Exception {
        answer("alice", "coach", Answer.PARTLY, "");
        new org.coplaunchpad.dashboard.RoundClosing(stores.summaries, rounds, stores.figures, stores.settings,
                stores.checklistRegistry(confluence), new org.coplaunchpad.dashboard.Assessor(catalog))
                .close("CDP", "readiness", "coach");

        Document html = render(Map.of());

        assertEquals("none", checked(html, "coach"), "a hint, never an answer");
        assertEquals("Last round you answered: Partly", html.selectFirst("[data-hint-for=coach]").text());
        assertTrue(html.select("[data-hint-for=groupware]").isEmpty(), "nothing answered there last round");
    }

    @Test
    void after_the_deadline_the_checklist_is_read_only_and_says_until_when_in_the_deadlines_zone() throws Exception {
        rounds.setDeadline("CDP", "readiness", Optional.of(Instant.parse("2026-01-15T22:59:59Z")), "Europe/Paris");

        Document html = render(Map.of());

        assertEquals("true", html.selectFirst(".cop-checklist").attr("data-read-only"));
        assertTrue(html.selectFirst(".cop-checklist__read-only").text().contains("(Europe/Paris)"), html.text());
        assertTrue(html.selectFirst(".cop-checklist__round").text().contains("Jan 15, 2026, 11:59"), html.text());
    }
}
