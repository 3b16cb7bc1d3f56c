package org.coplaunchpad.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashSet;
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
    void the_viewers_answers_are_checked_and_a_reason_is_shown_as_text_with_its_editor_behind_edit_reason() {
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
        Element editor = byId(html, toggle.attr("aria-controls"));
        assertTrue(editor.hasAttr("hidden"), "the editor opens on demand");
        Element field = editor.selectFirst("textarea");
        assertEquals("500", field.attr("maxlength"));
        assertEquals("Not <b>yet</b>", field.val());
        assertEquals("Why this answer? (optional)", html.selectFirst("label[for=" + field.id() + "]").text());
        assertEquals("14 of 500 characters", byId(html, field.attr("aria-describedby")).text());
        assertEquals(List.of("Save reason", "Delete reason", "Cancel"),
                editor.select("button").stream().map(Element::text).toList());
        assertFalse(editor.selectFirst("button[data-action=delete-reason]").hasAttr("hidden"));
        assertFalse(coach.selectFirst("button[data-action=clear]").hasAttr("hidden"));
        assertEquals("Clear answer", coach.selectFirst("button[data-action=clear]").text());

        Element groupware = item(html, "groupware");
        assertEquals("no", checked(html, "groupware"));
        assertEquals("Add a reason", groupware.selectFirst("button[data-action=open-reason]").text());
        assertTrue(groupware.selectFirst(".cop-checklist__reason").hasAttr("hidden"));
        assertTrue(groupware.selectFirst("button[data-action=delete-reason]").hasAttr("hidden"));
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

        Document html = live(PERSONAL, ChecklistViews.Access.MAY_ANSWER, answers);

        String name = html.selectFirst("input[data-item=coach]").attr("name");
        String expected = answerTexts.personalStatus(counts, 6, texts());
        assertFalse(expected.isBlank());
        assertEquals(expected, byId(html, name + "-status").text());
    }

    @Test
    void the_reason_counter_counts_code_points_and_a_crlf_line_break_once() {
        ChecklistAnswers answers = personal(1, Map.of(), Map.of("coach", mine(Answer.YES, "\u00e9\uD83D\uDE42\r\nb")));

        Document html = live(PERSONAL, ChecklistViews.Access.MAY_ANSWER, answers);

        String name = html.selectFirst("input[data-item=coach]").attr("name");
        assertEquals("4 of 500 characters", byId(html, name + "-reason-count").text());
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
}
