package org.coplaunchpad.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.coplaunchpad.answers.Answer;
import org.coplaunchpad.answers.AnswerCounts;
import org.coplaunchpad.answers.ChecklistAnswers;
import org.coplaunchpad.answers.MemberAnswer;
import org.coplaunchpad.answers.SharedAnswer;
import org.coplaunchpad.catalog.Catalog;
import org.coplaunchpad.catalog.ReadinessItem;
import org.coplaunchpad.macro.Texts;
import org.coplaunchpad.testing.ConfluenceFixture;
import org.coplaunchpad.testing.MacroHarness;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The checklist's view model and templates without a database: what the page shows for given answers, as the
 * accessibility contract and the page script need it (a radio group per item, the reason's controls), and what
 * exports show (each answer as text).
 */
class ChecklistTemplatesTest {
    private static final ChecklistSettings PERSONAL =
            new ChecklistSettings("readiness", ChecklistMode.PERSONAL, List.of(), Optional.empty());
    /** Personal, members see the others' answers before answering (reveal=always). */
    private static final ChecklistSettings REVEALED = new ChecklistSettings("readiness", ChecklistMode.PERSONAL,
            List.of(), Optional.empty(), ChecklistReveal.ALWAYS, false);
    private static final ChecklistSettings SHARED =
            new ChecklistSettings("equipe", ChecklistMode.SHARED, List.of(), Optional.empty());
    private static final Instant AT = Instant.parse("2026-11-27T12:00:00Z");

    private final Catalog catalog = new Catalog();
    private final ConfluenceFixture confluence = new ConfluenceFixture();
    private final AnswerTexts answerTexts = new AnswerTexts(confluence.memberNames);
    private final ChecklistViews views = new ChecklistViews(catalog, answerTexts);
    private MacroHarness harness;

    @BeforeEach
    void englishViewer() {
        confluence.user("bruno", "Bruno Bernard");
        harness = new MacroHarness().viewerLocale(Locale.ENGLISH);
    }

    private Texts texts() {
        return harness.viewerTexts.current();
    }

    private ChecklistView view(ChecklistSettings settings, ChecklistViews.Access access, ChecklistAnswers answers) {
        return views.build(settings, "CDP", 42L, access, answers, texts());
    }

    private Document live(ChecklistSettings settings, ChecklistViews.Access access, ChecklistAnswers answers) {
        return Jsoup.parseBodyFragment(harness.templates.render(ReadinessChecklistMacro.TEMPLATE,
                Map.of("checklist", view(settings, access, answers))));
    }

    private String exported(ChecklistSettings settings, ChecklistAnswers answers) {
        return harness.templates.render(ReadinessChecklistMacro.STATIC_TEMPLATE,
                Map.of("checklist", view(settings, ChecklistViews.Access.MAY_ANSWER, answers)));
    }

    private static ChecklistAnswers personal(int respondents, Map<String, AnswerCounts> counts,
                                             Map<String, MemberAnswer> viewer) {
        return new ChecklistAnswers(respondents, counts, viewer, Map.of());
    }

    private static ChecklistAnswers shared(Map<String, SharedAnswer> shared) {
        return new ChecklistAnswers(0, Map.of(), Map.of(), shared);
    }

    private static ChecklistAnswers none() {
        return personal(0, Map.of(), Map.of());
    }

    private static MemberAnswer mine(Answer answer, String reason) {
        return new MemberAnswer(answer, reason.isEmpty() ? Optional.empty() : Optional.of(reason), false);
    }

    private static Element item(Document html, String key) {
        return html.selectFirst("input[type=radio][data-item=" + key + "]")
                .closest("li.cop-checklist__item");
    }

    private static String checked(Document html, String key) {
        Element radio = html.selectFirst("input[type=radio][data-item=" + key + "][checked]");
        return radio == null ? "none" : radio.val();
    }

    private static Element byId(Document html, String id) {
        Element element = html.getElementById(id);
        assertNotNull(element, "no element with id " + id);
        return element;
    }

    @Test
    void every_item_is_a_radio_group_named_by_its_label_with_four_labelled_answers_and_a_live_status() {
        Document html = live(PERSONAL, ChecklistViews.Access.MAY_ANSWER, none());

        List<Element> groups = html.select("[role=radiogroup]");
        assertEquals(catalog.readinessItems().size(), groups.size());
        Set<String> names = new HashSet<>();
        for (int i = 0; i < groups.size(); i++) {
            Element group = groups.get(i);
            ReadinessItem item = catalog.readinessItems().get(i);
            assertEquals(texts().get(item.labelKey()), byId(html, group.attr("aria-labelledby")).text());
            List<Element> radios = group.select("input[type=radio]");
            assertEquals(List.of("yes", "partly", "no", "unknown"), radios.stream().map(Element::val).toList());
            assertEquals(List.of("Yes", "Partly", "No", "I don't know"), radios.stream()
                    .map(radio -> html.selectFirst("label[for=" + radio.id() + "]").text()).toList());
            String name = radios.get(0).attr("name");
            assertTrue(names.add(name), "one name per item: " + name);
            for (Element radio : radios) {
                assertEquals(name, radio.attr("name"));
                assertEquals(item.key(), radio.attr("data-item"));
                assertEquals(name + "-status", radio.attr("aria-describedby"));
                assertFalse(radio.hasAttr("disabled"));
            }
            assertEquals("polite", byId(html, name + "-status").attr("aria-live"));
        }
        assertEquals(catalog.readinessSections().size(), html.select("fieldset[data-section] > legend").size());
    }

    @Test
    void the_viewers_answers_are_checked_and_a_reason_is_shown_as_text_with_the_checklists_editor_behind_edit_reason() {
        ChecklistAnswers answers = personal(3, Map.of("coach", new AnswerCounts(1, 1, 0, 1)),
                Map.of("coach", mine(Answer.PARTLY, "Not <b>yet</b>"), "groupware", mine(Answer.NO, "")));

        Document html = live(PERSONAL, ChecklistViews.Access.MAY_ANSWER, answers);

        assertEquals("partly", checked(html, "coach"));
        assertEquals(1, item(html, "coach").select("input[checked]").size());
        assertEquals("partly", item(html, "coach").attr("data-answer"));
        Element coach = item(html, "coach");
        String name = html.selectFirst("input[data-item=coach]").attr("name");
        Element reason = byId(html, name + "-reason");
        assertFalse(reason.hasAttr("hidden"));
        assertEquals("Not <b>yet</b>", reason.selectFirst(".cop-checklist__reason-text").text(), "shown as typed, escaped");
        assertTrue(reason.select("b").isEmpty());
        Element toggle = coach.selectFirst("button[data-action=open-reason]");
        assertEquals("Edit reason", toggle.text());
        assertEquals("false", toggle.attr("aria-expanded"));
        assertFalse(coach.selectFirst("button[data-action=clear]").hasAttr("hidden"));
        assertEquals("Clear answer", coach.selectFirst("button[data-action=clear]").text());

        Element groupware = item(html, "groupware");
        assertEquals("no", checked(html, "groupware"));
        assertEquals("Add a reason", groupware.selectFirst("button[data-action=open-reason]").text());
        assertTrue(groupware.selectFirst(".cop-checklist__reason").hasAttr("hidden"));
        assertEquals(toggle.attr("aria-controls"), groupware.selectFirst("button[data-action=open-reason]").attr("aria-controls"),
                "every item's toggle opens the checklist's one editor");
    }

    @Test
    void the_checklist_has_one_reason_editor_hidden_until_the_script_moves_it_under_an_item() {
        ChecklistAnswers answers = personal(1, Map.of(), Map.of("coach", mine(Answer.PARTLY, "Not yet")));

        Document html = live(PERSONAL, ChecklistViews.Access.MAY_ANSWER, answers);

        assertEquals(1, html.select(".cop-checklist__reason-editor").size());
        assertEquals(1, html.select("textarea").size());
        Element editor = byId(html, item(html, "coach").selectFirst("button[data-action=open-reason]").attr("aria-controls"));
        assertTrue(editor.hasAttr("hidden"), "the editor opens on demand");
        assertTrue(editor.closest(".cop-checklist__item") == null, "under no item before the script moves it");
        Element field = editor.selectFirst("textarea");
        assertEquals("500", field.attr("maxlength"));
        assertEquals("", field.val(), "the script fills it with the item's reason, shown as text under the item");
        assertEquals("Why this answer? (optional)", html.selectFirst("label[for=" + field.id() + "]").text());
        assertTrue(html.getElementById(field.attr("aria-describedby")).hasClass("cop-checklist__reason-count"));
        assertEquals(List.of("Save reason", "Delete reason", "Cancel"),
                editor.select("button").stream().map(Element::text).toList());
        assertEquals("Add a reason", html.selectFirst(".cop-checklist").attr("data-add-reason-text"), "for the script");
        assertEquals("Edit reason", html.selectFirst(".cop-checklist").attr("data-edit-reason-text"));
    }

    @Test
    void an_unanswered_item_offers_neither_clearing_nor_a_reason() {
        Document html = live(PERSONAL, ChecklistViews.Access.MAY_ANSWER, none());

        Element facilitator = item(html, "facilitator");
        assertEquals("none", facilitator.attr("data-answer"));
        assertTrue(facilitator.select("input[checked]").isEmpty());
        assertTrue(facilitator.selectFirst("button[data-action=clear]").hasAttr("hidden"));
        assertTrue(facilitator.selectFirst("button[data-action=open-reason]").hasAttr("hidden"));
    }

    @Test
    void the_progress_is_the_share_of_items_answered_whatever_the_answer() {
        ChecklistAnswers answers = personal(1, Map.of(), Map.of("coach", mine(Answer.NO, ""),
                "groupware", mine(Answer.UNKNOWN, ""), "facilitator", mine(Answer.YES, "")));

        Document html = live(PERSONAL, ChecklistViews.Access.MAY_ANSWER, answers);

        assertEquals("You answered 3 of 19 conditions", html.selectFirst(".cop-checklist__progress-text").text());
        assertEquals("You answered {0} of {1} conditions",
                html.selectFirst(".cop-checklist__progress-text").attr("data-template"), "for the page script");
        assertEquals("16", html.selectFirst("[role=progressbar]").attr("aria-valuenow"));
        assertEquals("{0} of 500 characters", html.selectFirst(".cop-checklist").attr("data-reason-count-template"));
    }

    @Test
    void the_personal_status_is_the_answering_texts_count_of_every_level() {
        AnswerCounts counts = new AnswerCounts(3, 1, 0, 1);
        ChecklistAnswers answers = personal(6, Map.of("coach", counts), Map.of());

        Document html = live(REVEALED, ChecklistViews.Access.MAY_ANSWER, answers);

        String name = html.selectFirst("input[data-item=coach]").attr("name");
        String expected = answerTexts.personalStatus(counts, 6, texts());
        assertFalse(expected.isBlank());
        assertEquals(expected, byId(html, name + "-status").text());
    }

    @Test
    void shared_mode_shows_the_team_answer_its_reason_and_who_gave_it_when_in_a_time_element() {
        ChecklistAnswers answers = shared(Map.of("coach",
                new SharedAnswer(Answer.YES, Optional.of("Decided by the steering committee."), "bruno", AT)));

        Document html = live(SHARED, ChecklistViews.Access.MAY_ANSWER, answers);

        assertEquals("yes", checked(html, "coach"));
        String name = html.selectFirst("input[data-item=coach]").attr("name");
        Element status = byId(html, name + "-status");
        assertEquals(answerTexts.teamStatus(Answer.YES, "bruno", AT, texts()), status.text());
        assertTrue(status.text().contains("Bruno Bernard"), status.text());
        assertEquals("2026-11-27T12:00:00Z", status.selectFirst("time").attr("datetime"));
        assertEquals("Decided by the steering committee.", byId(html, name + "-reason").selectFirst(".cop-checklist__reason-text").text());
        assertEquals("The team answered 1 of 19 conditions", html.selectFirst(".cop-checklist__progress-text").text());
    }

    @Test
    void read_only_viewers_see_the_answers_and_reasons_with_disabled_radios_and_no_controls() {
        ChecklistAnswers answers = shared(Map.of("coach",
                new SharedAnswer(Answer.NO, Optional.of("Nobody has the time."), "bruno", AT)));

        Document html = live(SHARED, ChecklistViews.Access.MAY_NOT_ANSWER, answers);

        assertEquals("true", html.selectFirst(".cop-checklist").attr("data-read-only"));
        html.select("input[type=radio]").forEach(radio -> assertTrue(radio.hasAttr("disabled"), radio.id()));
        assertTrue(html.select("[data-action], textarea").isEmpty(), "nothing to click or type");
        assertEquals("no", checked(html, "coach"));
        assertEquals("Nobody has the time.", item(html, "coach").selectFirst(".cop-checklist__reason-text").text());
    }

    @Test
    void exports_show_each_answer_as_text_with_its_status_and_reason_and_nothing_to_click() {
        ChecklistAnswers answers = personal(2, Map.of("coach", new AnswerCounts(0, 2, 0, 0)),
                Map.of("coach", mine(Answer.PARTLY, "Half a day a week.")));

        String html = exported(PERSONAL, answers);
        Document doc = Jsoup.parseBodyFragment(html);

        assertTrue(doc.select("input, textarea, button, script, [role=radiogroup]").isEmpty(), html);
        Element coach = exportedItem(doc, "coach");
        assertEquals("Partly", coach.selectFirst("strong").text());
        assertTrue(coach.text().contains(answerTexts.personalStatus(new AnswerCounts(0, 2, 0, 0), 2, texts())), coach.text());
        assertTrue(coach.text().contains("Reason: Half a day a week."), coach.text());
        Element unanswered = exportedItem(doc, "facilitator");
        assertEquals(texts().get(Answer.NONE.labelKey()), unanswered.selectFirst("strong").text());
    }

    private Element exportedItem(Document doc, String key) {
        String label = texts().get(catalog.readinessItem(key).orElseThrow().labelKey());
        return doc.select("li").stream().filter(li -> li.text().startsWith(label + " \u2014"))
                .findFirst().orElseThrow(() -> new AssertionError("no item " + label + " in " + doc.html()));
    }

    // The seed's headings and the guidance

    private static final String FR_FUNDAMENTALS =
            "Les caract\u00e9ristiques structurantes d'une communaut\u00e9 de pratique virtuelle";
    private static final String FR_LEAD = "D'apr\u00e8s des retours d'exp\u00e9riences trois caract\u00e9ristiques"
            + " apparaissent fondamentales pour le succ\u00e8s d'un d\u00e9marrage :";
    private static final String FR_RECOMMENDATIONS = "Maximiser les chances de succ\u00e8s de la communaut\u00e9";
    private static final String EN_FUNDAMENTALS = "The structuring characteristics of a virtual community of practice";
    private static final String EN_LEAD =
            "According to feedback from experience, three characteristics appear fundamental to a successful start:";
    private static final String EN_RECOMMENDATIONS = "Maximising the community's chances of success";

    private static ChecklistSettings showing(String... sections) {
        return new ChecklistSettings("readiness", ChecklistMode.PERSONAL, List.of(sections), Optional.empty());
    }

    private static List<String> partHeadings(Document html) {
        return html.select(".cop-checklist__part > h3").eachText();
    }

    /** The sections each part holds, by part key, in page order. */
    private static Map<String, List<String>> sectionsByPart(Document html) {
        Map<String, List<String>> parts = new LinkedHashMap<>();
        for (Element part : html.select(".cop-checklist__part")) {
            parts.put(part.attr("data-part"), part.select("fieldset[data-section]").eachAttr("data-section"));
        }
        return parts;
    }

    @Test
    void french_viewers_see_the_seeds_two_headings_in_its_words_the_lead_under_the_first_and_each_over_its_sections() {
        harness.viewerLocale(Locale.FRENCH);

        Document html = live(PERSONAL, ChecklistViews.Access.MAY_ANSWER, none());

        assertEquals(List.of(FR_FUNDAMENTALS, FR_RECOMMENDATIONS), partHeadings(html));
        Element fundamentals = html.selectFirst(".cop-checklist__part[data-part=fundamentals]");
        Element lead = fundamentals.selectFirst("h3").nextElementSibling();
        assertEquals("p", lead.tagName(), "the lead sentence comes right under its heading");
        assertEquals(FR_LEAD, lead.text());
        assertTrue(html.selectFirst(".cop-checklist__part[data-part=recommendations]").select("p.cop-checklist__lead")
                .isEmpty(), "the recommendations have no lead");
        assertEquals(Map.of("fundamentals", List.of("fundamentals"), "recommendations", List.of("strategic-themes",
                "human-resources", "technical-resources", "legitimacy", "time-and-recognition", "middle-managers")),
                sectionsByPart(html));
        assertEquals(List.of("fundamentals", "recommendations"), List.copyOf(sectionsByPart(html).keySet()));
    }

    @Test
    void english_viewers_see_the_two_headings_and_the_lead_translated() {
        Document html = live(PERSONAL, ChecklistViews.Access.MAY_ANSWER, none());

        assertEquals(List.of(EN_FUNDAMENTALS, EN_RECOMMENDATIONS), partHeadings(html));
        assertEquals(EN_LEAD, html.selectFirst(".cop-checklist__part[data-part=fundamentals] > p.cop-checklist__lead").text());
    }

    @Test
    void the_headings_sit_one_level_under_the_checklists_title_and_never_skip_a_level() {
        ChecklistSettings titled = new ChecklistSettings("readiness", ChecklistMode.PERSONAL, List.of(),
                Optional.of("Are we ready?"));

        for (ChecklistSettings settings : List.of(titled, PERSONAL)) {
            Document html = live(settings, ChecklistViews.Access.MAY_ANSWER, none());

            List<Integer> levels = html.select("h1, h2, h3, h4, h5, h6").stream()
                    .map(h -> Integer.parseInt(h.tagName().substring(1))).toList();
            assertEquals(settings == titled ? List.of(2, 3, 3) : List.of(3, 3), levels, settings.toString());
        }
    }

    @Test
    void a_checklist_of_the_fundamentals_alone_shows_only_the_first_heading_and_its_lead() {
        harness.viewerLocale(Locale.FRENCH);

        Document html = live(showing("fundamentals"), ChecklistViews.Access.MAY_ANSWER, none());

        assertEquals(List.of(FR_FUNDAMENTALS), partHeadings(html));
        assertEquals(FR_LEAD, html.selectFirst("p.cop-checklist__lead").text());
        assertEquals(Map.of("fundamentals", List.of("fundamentals")), sectionsByPart(html));
    }

    @Test
    void a_checklist_of_recommendations_alone_shows_only_the_second_heading_without_a_lead() {
        harness.viewerLocale(Locale.FRENCH);

        Document html = live(showing("legitimacy"), ChecklistViews.Access.MAY_ANSWER, none());

        assertEquals(List.of(FR_RECOMMENDATIONS), partHeadings(html));
        assertTrue(html.select("p.cop-checklist__lead").isEmpty(), html.html());
        assertFalse(html.text().contains(FR_LEAD));
        assertEquals(Map.of("recommendations", List.of("legitimacy")), sectionsByPart(html));
    }

    @Test
    void the_fundamentals_section_keeps_its_legend_to_name_its_fieldset_shown_lighter_as_the_only_section_of_its_part() {
        Document html = live(PERSONAL, ChecklistViews.Access.MAY_ANSWER, none());

        Element fundamentals = html.selectFirst("fieldset[data-section=fundamentals]");
        assertTrue(fundamentals.hasClass("cop-checklist__section--only"), fundamentals.className());
        assertEquals(texts().get("cop-launchpad.catalog.section.fundamentals.title") + " Fundamental condition",
                fundamentals.selectFirst("> legend").text());
        for (Element other : html.select("fieldset[data-section]:not([data-section=fundamentals])")) {
            assertFalse(other.hasClass("cop-checklist__section--only"), other.attr("data-section"));
            assertFalse(other.selectFirst("> legend").text().isBlank(), other.attr("data-section"));
        }
    }

    @Test
    void every_item_has_its_guidance_in_english_behind_a_closed_disclosure_under_it() {
        assertEveryItemHasItsGuidance(Locale.ENGLISH, "What does this mean?");
    }

    @Test
    void every_item_has_its_guidance_in_french_behind_a_closed_disclosure_under_it() {
        assertEveryItemHasItsGuidance(Locale.FRENCH, "Que signifie cette condition ?");
    }

    private void assertEveryItemHasItsGuidance(Locale locale, String summary) {
        harness.viewerLocale(locale);

        Document html = live(PERSONAL, ChecklistViews.Access.MAY_ANSWER, none());

        Set<String> guidances = new HashSet<>();
        for (ReadinessItem item : catalog.readinessItems()) {
            String name = html.selectFirst("input[data-item=" + item.key() + "]").attr("name");
            Element details = item(html, item.key()).selectFirst("details.cop-checklist__guidance");
            assertNotNull(details, item.key());
            assertFalse(details.hasAttr("open"), "closed until asked for: " + item.key());
            Element toggle = details.child(0);
            assertEquals("summary", toggle.tagName(), "the summary comes first: " + item.key());
            assertEquals(summary, toggle.text());
            assertEquals(name + "-label", toggle.attr("aria-describedby"), "which item it explains: " + item.key());
            Element guidance = byId(html, name + "-guidance");
            assertEquals(details, guidance.parent());
            String text = texts().get(item.guidanceKey());
            assertFalse(text.isBlank() || text.equals(item.guidanceKey()), "a text for " + item.key() + ": " + text);
            assertEquals(text, guidance.text());
            assertTrue(guidances.add(text), "a guidance of its own: " + item.key());
        }
        assertEquals(catalog.readinessItems().size(), html.select("details").size());
    }

    @Test
    void the_french_guidance_is_not_the_english_one() {
        ReadinessItem integration = catalog.readinessItem("satisfactory-integration").orElseThrow();
        String english = live(PERSONAL, ChecklistViews.Access.MAY_ANSWER, none())
                .selectFirst("input[data-item=satisfactory-integration]").closest("li")
                .selectFirst(".cop-checklist__guidance-text").text();
        harness.viewerLocale(Locale.FRENCH);
        String french = live(PERSONAL, ChecklistViews.Access.MAY_ANSWER, none())
                .selectFirst("input[data-item=satisfactory-integration]").closest("li")
                .selectFirst(".cop-checklist__guidance-text").text();

        assertEquals(texts().get(integration.guidanceKey()), french);
        assertFalse(french.equals(english), french);
    }

    @Test
    void read_only_viewers_can_open_the_guidance_too() {
        Document html = live(SHARED, ChecklistViews.Access.ANONYMOUS, none());

        assertEquals(catalog.readinessItems().size(), html.select("details.cop-checklist__guidance > summary").size());
        html.select("details").forEach(details -> assertFalse(details.hasAttr("open")));
        assertFalse(html.selectFirst(".cop-checklist__guidance-text").text().isBlank());
    }

    @Test
    void exports_show_the_two_headings_and_the_lead_over_their_sections_but_not_the_guidance() {
        harness.viewerLocale(Locale.FRENCH);

        Document doc = Jsoup.parseBodyFragment(exported(PERSONAL, none()));

        assertEquals(List.of(FR_FUNDAMENTALS, FR_RECOMMENDATIONS), doc.select("h3").eachText());
        assertEquals(FR_LEAD, doc.selectFirst("h3").nextElementSibling().text());
        assertEquals(catalog.readinessSections().size(), doc.select("h4").size(), "each section under its heading");
        assertEquals(texts().get("cop-launchpad.catalog.section.fundamentals.title") + " (Condition fondamentale)",
                doc.selectFirst("h4").text());
        assertTrue(doc.select("details, summary").isEmpty());
        for (ReadinessItem item : catalog.readinessItems()) {
            assertFalse(doc.text().contains(texts().get(item.guidanceKey())), "no guidance in exports: " + item.key());
        }
    }

    @Test
    void exports_of_the_recommendations_alone_show_only_the_second_heading() {
        Document doc = Jsoup.parseBodyFragment(exported(showing("legitimacy", "middle-managers"), none()));

        assertEquals(List.of(EN_RECOMMENDATIONS), doc.select("h3").eachText());
        assertFalse(doc.text().contains(EN_LEAD));
        assertEquals(2, doc.select("h4").size());
    }

    @Test
    void french_viewers_answer_oui_en_partie_non_je_ne_sais_pas() {
        harness.viewerLocale(Locale.FRENCH);

        Document html = live(PERSONAL, ChecklistViews.Access.MAY_ANSWER,
                personal(1, Map.of(), Map.of("coach", mine(Answer.UNKNOWN, ""))));

        Element coach = item(html, "coach");
        assertEquals(List.of("Oui", "En partie", "Non", "Je ne sais pas"),
                coach.selectFirst("[role=radiogroup]").select("label").stream().map(Element::text).toList());
        assertEquals("Ajouter une raison", coach.selectFirst("button[data-action=open-reason]").text());
        assertEquals("Effacer la r\u00e9ponse", coach.selectFirst("button[data-action=clear]").text());
        assertEquals("Vous avez r\u00e9pondu \u00e0 1 sur 19 conditions", html.selectFirst(".cop-checklist__progress-text").text());
    }

    @Test
    void blind_answering_hides_the_others_answers_to_an_item_until_the_viewer_answered_it() {
        AnswerCounts counts = new AnswerCounts(3, 1, 0, 1);
        ChecklistAnswers answers = personal(6, Map.of("coach", counts, "groupware", counts),
                Map.of("groupware", new MemberAnswer(Answer.NO, Optional.empty(), false)));

        Document html = live(PERSONAL, ChecklistViews.Access.MAY_ANSWER, answers);

        assertEquals(texts().get("cop-launchpad.checklist.blind"),
                byId(html, html.selectFirst("input[data-item=coach]").attr("name") + "-status").text());
        assertEquals(answerTexts.personalStatus(counts, 6, texts()),
                byId(html, html.selectFirst("input[data-item=groupware]").attr("name") + "-status").text());
        assertTrue(html.selectFirst(".cop-checklist__visibility").text()
                .contains(texts().get("cop-launchpad.checklist.visibility.blind")));
    }

    @Test
    void a_confidential_checklist_shows_an_items_figures_only_from_three_opinions_and_says_who_sees_what() {
        ChecklistSettings confidential = new ChecklistSettings("readiness", ChecklistMode.PERSONAL, List.of(),
                Optional.empty(), ChecklistReveal.ALWAYS, true);
        AnswerCounts two = new AnswerCounts(1, 0, 1, 3);
        AnswerCounts three = new AnswerCounts(2, 1, 0, 0);
        ChecklistAnswers answers = personal(5, Map.of("coach", two, "groupware", three), Map.of());

        Document html = live(confidential, ChecklistViews.Access.MAY_ANSWER, answers);

        assertEquals("fewer than 3 answers",
                byId(html, html.selectFirst("input[data-item=coach]").attr("name") + "-status").text());
        assertEquals(answerTexts.personalStatus(three, 5, texts()),
                byId(html, html.selectFirst("input[data-item=groupware]").attr("name") + "-status").text());
        assertEquals(texts().get("cop-launchpad.checklist.visibility.confidential"),
                html.selectFirst(".cop-checklist__visibility").text());
    }
}
