package org.coplaunchpad.standalone.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.coplaunchpad.standalone.site.demo.DemoData;
import org.coplaunchpad.standalone.testing.Browserless;
import org.coplaunchpad.standalone.testing.Ticking;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

/**
 * Issues 4, 13 and 14 in Chromium: members answer the readiness checklist on the demo pages, as people will (yes,
 * partly, no, I don't know, with a reason), with the mouse or the keyboard alone, under the seed's headings and with
 * each item's guidance on demand. Each test answers its own items,
 * so that the tests of the class, which share one host, do not see each other's answers.
 */
class ChecklistBrowserIT extends BrowserSession {
    private static final String PERSONAL = "readiness";
    private static final String SHARED = "equipe";

    private ChecklistPage logInAndOpen(String user, String title, String checklist) {
        LoginPage.open(driver, host.baseUri(), ViewPage.path(DemoData.SPACE_KEY, title)).logInAs(user, user);
        return ChecklistPage.open(driver, host.baseUri(), DemoData.SPACE_KEY, title, checklist);
    }

    @Test
    void alice_answers_on_four_levels_they_stay_and_bruno_sees_each_counted_but_not_her_reason() throws Exception {
        Map<String, String> answers = Map.of("facilitator", "yes", "coach", "partly", "groupware", "no",
                "documentalist", "unknown");
        ChecklistPage alicePage = logInAndOpen("alice", DemoData.CHILD_PAGE, PERSONAL);
        assertEquals(List.of("Oui", "En partie", "Non", "Je ne sais pas"), alicePage.answerLabels("coach"));
        answers.forEach(alicePage::answer);
        assertEquals("Vous avez répondu à 4 sur 19 conditions", alicePage.progressText(), "counted at once");
        assertEquals(21, alicePage.progressPercent());
        alicePage.openReason("coach").typeReason("coach", "Désigné, mais sans temps réservé.").saveReason("coach");

        ChecklistPage reloaded = alicePage.reload();
        answers.forEach((item, answer) -> assertEquals(answer, reloaded.answerOf(item), item + " stays answered"));
        assertEquals("none", reloaded.answerOf("technical-support"));
        assertEquals("Désigné, mais sans temps réservé.", reloaded.shownReason("coach"));
        assertEquals("Vous avez répondu à 4 sur 19 conditions", reloaded.progressText());
        reloaded.openGuidance("satisfactory-integration");   // the README's picture shows one guidance open
        reloaded.screenshotTo(Path.of(System.getProperty("coplaunchpad.screenshot.dir", "target/screenshots"))
                .resolve("checklist.png"));
        reloaded.asViewPage().logOut();

        ChecklistPage brunoPage = logInAndOpen("bruno", DemoData.CHILD_PAGE, PERSONAL);
        // Blind answering (reveal=after-answer, the default): bruno sees alice's answers once he gave his own.
        Map<String, List<Integer>> expected = Map.of("facilitator", List.of(1, 0, 0, 1), "coach", List.of(0, 1, 0, 1),
                "groupware", List.of(0, 0, 1, 1), "documentalist", List.of(0, 0, 0, 2));
        expected.forEach((item, counts) -> {
            assertEquals("none", brunoPage.answerOf(item), "bruno's own answer is his: " + item);
            assertEquals("Répondez à cet élément pour voir comment les autres y ont répondu.", brunoPage.status(item),
                    item + ": nothing of the others before his own answer");
            brunoPage.answer(item, "unknown");
            List<Integer> shown = brunoPage.counts(item);
            assertEquals(counts, shown.subList(0, 4), item + ": yes, partly, no, don't know in " + brunoPage.status(item));
            assertTrue(shown.get(4) >= 2, item + ": members who answered, in " + brunoPage.status(item));
        });
        assertEquals("", brunoPage.shownReason("coach"), "a member's reason is shown to that member");
    }

    @Test
    void a_member_answers_with_the_keyboard_alone_tab_to_the_group_space_then_arrows_and_the_answer_is_saved() {
        ChecklistPage page = logInAndOpen("chloe", DemoData.CHILD_PAGE, PERSONAL);
        String item = "facilitating-environment";
        assertEquals(List.of("Yes", "Partly", "No", "I don't know"), page.answerLabels(item));
        assertFalse(page.groupLabel(item).isBlank(), "the radio group is named by the item's label");

        page.tabTo(item, 200);
        assertEquals("yes", page.focused().getAttribute("value"), "Tab enters an unanswered group on its first answer");
        assertTrue(page.focusIsVisible(), "the focused radio shows a focus ring");
        page.press(item, Keys.SPACE);
        assertEquals("yes", page.answerOf(item));
        page.press(item, Keys.ARROW_DOWN).press(item, Keys.ARROW_DOWN);
        assertEquals("no", page.answerOf(item), "arrows move the answer and select it");
        assertEquals("no", page.focused().getAttribute("value"));

        ChecklistPage reloaded = page.reload();
        assertEquals("no", reloaded.answerOf(item), "saved without a reload, shown after one");
        reloaded.tabTo(item, 200);
        assertEquals("no", reloaded.focused().getAttribute("value"), "Tab enters an answered group on its answer");
    }

    @Test
    void the_checklist_stands_under_the_seeds_headings_and_a_guidance_opens_and_closes_with_the_keyboard_alone() {
        ChecklistPage page = logInAndOpen("bruno", DemoData.CHILD_PAGE, PERSONAL);
        assertEquals(List.of("Les caractéristiques structurantes d'une communauté de pratique virtuelle",
                "Maximiser les chances de succès de la communauté"), page.partHeadings());
        String item = "satisfactory-integration";
        assertEquals("Que signifie cette condition ?", page.guidanceToggle(item).getText());
        assertFalse(page.guidanceIsOpen(item));
        assertEquals("", page.shownGuidance(item), "closed until asked for");

        page.tabToGuidance(item, 200);
        assertTrue(page.focusIsVisible(), "the focused toggle shows a focus ring");
        page.pressKey(Keys.ENTER);
        assertTrue(page.guidanceIsOpen(item), "Enter opens it");
        assertTrue(page.shownGuidance(item).startsWith("L'objet de la communauté s'intègre à ce que font déjà les"
                + " participants"), page.shownGuidance(item));
        page.pressKey(Keys.SPACE);
        assertFalse(page.guidanceIsOpen(item), "Space closes it");
        assertEquals("", page.shownGuidance(item));
        assertEquals("none", page.answerOf(item), "reading the guidance answers nothing");
    }

    @Test
    void a_member_adds_edits_and_deletes_a_reason_and_clearing_the_answer_clears_it() {
        String item = "relevant-purpose";
        ChecklistPage page = logInAndOpen("bruno", DemoData.CHILD_PAGE, PERSONAL);
        assertEquals("", page.reasonToggleText(item), "a reason comes with an answer");
        assertFalse(page.canClear(item));

        page.answer(item, "partly");
        assertTrue(page.canClear(item));
        assertEquals("Ajouter une raison", page.reasonToggleText(item));
        assertEquals("false", page.reasonToggleExpanded(item));
        page.openReason(item);
        assertEquals("true", page.reasonToggleExpanded(item));
        assertEquals(page.reasonField(item).getAttribute("id"), page.focused().getAttribute("id"), "the field has the focus");
        assertEquals("Pourquoi cette réponse ? (facultatif)", page.reasonFieldLabel(item));
        assertEquals("500", page.reasonField(item).getAttribute("maxlength"));
        String reason = "Les objectifs restent flous.";
        page.typeReason(item, reason);
        assertEquals(reason.length() + " sur 500 caractères", page.reasonCounter(item));
        page.saveReason(item);
        assertEquals(reason, page.shownReason(item), "shown at once");
        assertFalse(page.reasonEditorIsOpen(item));
        assertEquals("Modifier la raison", page.reasonToggleText(item));

        ChecklistPage reloaded = page.reload();
        assertEquals(reason, reloaded.shownReason(item));
        assertEquals("partly", reloaded.answerOf(item));
        reloaded.openReason(item);
        assertEquals(reason, reloaded.reasonFieldValue(item), "the editor starts from the saved reason");
        reloaded.typeReason(item, "Les objectifs sont flous.\nLe mandat aussi.").saveReason(item);
        reloaded.openReason(item).typeReason(item, "Pas enregistré").cancelReason(item);
        assertEquals("Les objectifs sont flous.\nLe mandat aussi.", reloaded.shownReason(item), "cancel keeps the saved one");

        ChecklistPage edited = reloaded.reload();
        assertEquals("Les objectifs sont flous.\nLe mandat aussi.", edited.shownReason(item));
        edited.openReason(item).deleteReason(item);
        assertEquals("", edited.shownReason(item));
        assertEquals("Ajouter une raison", edited.reasonToggleText(item));

        ChecklistPage deleted = edited.reload();
        assertEquals("", deleted.shownReason(item));
        assertEquals("partly", deleted.answerOf(item), "deleting the reason keeps the answer");
        deleted.openReason(item).typeReason(item, "Bientôt effacée.").saveReason(item);
        deleted.clear(item);
        assertEquals("none", deleted.answerOf(item));
        assertEquals("", deleted.shownReason(item), "a cleared answer takes its reason with it");
        assertEquals("", deleted.reasonToggleText(item));
        assertFalse(deleted.radiosDisabled(item), "a member who may answer gets live radios");

        ChecklistPage cleared = deleted.reload();
        assertEquals("none", cleared.answerOf(item));
        assertEquals("", cleared.shownReason(item));
    }

    @Test
    void the_checklists_one_reason_editor_goes_to_the_item_being_edited_and_escape_leaves_it_without_saving() {
        String first = "administrative-support";
        String second = "asynchronous-communication";
        ChecklistPage page = logInAndOpen("chloe", DemoData.CHILD_PAGE, PERSONAL);
        page.answer(first, "yes").openReason(first).typeReason(first, "Two half days a month.").saveReason(first);
        page.answer(second, "no").openReason(second);
        assertTrue(page.reasonEditorIsOpen(second));
        assertEquals("", page.reasonFieldValue(second), "the second item has no reason yet");
        page.setReasonByScript(second, "\u00e9\uD83D\uDE42\r\nb");
        assertEquals("4 of 500 characters", page.reasonCounter(second), "code points, a line break once, as the server counts");

        page.openReason(first);
        assertTrue(page.reasonEditorIsOpen(first));
        assertFalse(page.reasonEditorIsOpen(second), "one editor, moved to the item being edited");
        assertEquals("true", page.reasonToggleExpanded(first));
        assertEquals("false", page.reasonToggleExpanded(second));
        assertEquals("Two half days a month.", page.reasonFieldValue(first), "the editor starts from this item's reason");
        assertEquals(page.reasonField(first).getAttribute("id"), page.focused().getAttribute("id"), "the field has the focus");

        page.typeReason(first, "Not saved").pressKey(Keys.ESCAPE);
        assertFalse(page.reasonEditorIsOpen(first), "Escape closes it");
        assertEquals("false", page.reasonToggleExpanded(first));
        assertTrue(page.reasonToggleHasFocus(first), "the focus goes back to the item's toggle");
        assertEquals("Two half days a month.", page.shownReason(first), "Escape saves nothing");
        assertEquals("", page.shownReason(second));
        assertEquals("Two half days a month.", page.reload().shownReason(first));
    }

    @Test
    void a_reason_too_long_for_the_server_stays_in_its_field_with_an_aui_flag_and_nothing_changes() {
        requireAui();
        String item = "technical-support";
        ChecklistPage page = logInAndOpen("alice", DemoData.CHILD_PAGE, PERSONAL);
        page.answer(item, "no").openReason(item).typeReason(item, "Court.").saveReason(item);

        String tooLong = "é".repeat(250) + "\r\n" + "x".repeat(250);   // 501 characters once CRLF counts as one
        page.openReason(item).setReasonByScript(item, tooLong).saveReason(item);

        assertFalse(page.alertIsOpen(), "a flag, not an alert()");
        String flag = page.errorFlag();
        assertTrue(flag.contains("Votre réponse n'a pas été enregistrée"), flag);
        assertTrue(flag.contains("501") && flag.contains("500"), "the server's reason: " + flag);
        assertTrue(page.reasonEditorIsOpen(item), "the editor stays open");
        assertEquals(tooLong.replace("\r\n", "\n"), page.reasonFieldValue(item), "nothing typed is lost");
        assertEquals("501 sur 500 caractères", page.reasonCounter(item), "counted as the server counts");
        assertEquals("Court.", page.shownReason(item), "the page shows what is stored");
        assertEquals("no", page.answerOf(item));

        ChecklistPage reloaded = page.reload();
        assertEquals("Court.", reloaded.shownReason(item));
        assertEquals("no", reloaded.answerOf(item));
    }

    @Test
    void in_shared_mode_bruno_sees_the_team_answer_who_gave_it_and_when() {
        Instant before = Instant.now().minusSeconds(1);
        ChecklistPage alicePage = logInAndOpen("alice", DemoData.TEAM_PAGE, SHARED);
        assertEquals("shared", alicePage.mode());
        alicePage.answer("legitimate-structure", "partly");
        assertTrue(alicePage.sharedStatus("legitimate-structure").text().startsWith("En partie"),
                alicePage.sharedStatus("legitimate-structure").text());
        alicePage.asViewPage().logOut();

        ChecklistPage brunoPage = logInAndOpen("bruno", DemoData.TEAM_PAGE, SHARED);

        assertEquals("partly", brunoPage.answerOf("legitimate-structure"), "one answer for the whole team");
        assertTrue(brunoPage.progressPercent() > 0);
        ChecklistPage.SharedStatus status = brunoPage.sharedStatus("legitimate-structure");
        assertTrue(status.text().startsWith("En partie") && status.text().contains("Alice Martin"), status.text());
        Instant at = Instant.parse(status.datetime().orElseThrow(() -> new AssertionError("no <time datetime>")));
        assertTrue(!at.isBefore(before.truncatedTo(ChronoUnit.SECONDS))
                && at.isBefore(Instant.now().plus(Duration.ofSeconds(1))), at.toString());
    }

    @Test
    void visitor_can_neither_see_nor_answer_the_checklist() {
        LoginPage.open(driver, host.baseUri(), "/dashboard.action").logInAs("visitor", "visitor");
        ViewPage refused = ViewPage.open(driver, host.baseUri(), DemoData.SPACE_KEY, DemoData.CHILD_PAGE);
        assertEquals("Vous n'avez pas la permission de consulter cette page.", refused.notPermittedMessage());

        Browserless visitor = Ticking.member(host.baseUri(), "visitor");
        long pageId = host.site().pages().find(DemoData.SPACE_KEY, DemoData.CHILD_PAGE).orElseThrow().id();
        String token = Browserless.metaToken(visitor.get("/dashboard.action").body());
        HttpResponse<String> post = visitor.postForm(Ticking.ANSWERS,
                new Ticking.OpenedPage(DemoData.SPACE_KEY, pageId, token).form(PERSONAL, "coach", true));

        assertEquals(404, post.statusCode(), post.body());
    }

    @Test
    void a_refused_answer_is_rolled_back_with_an_aui_flag_and_scripts_find_the_context_path() {
        requireAui();
        ChecklistPage page = logInAndOpen("chloe", DemoData.CHILD_PAGE, PERSONAL);
        assertEquals("/confluence", page.contextPathSeenByScripts());
        assertEquals("function", page.typeOfAjsFlag(), "checklist-resources declares aui-flag");
        page.answer("strategic-focus", "yes");
        String progress = page.progressText();

        page.spoilXsrfToken();
        page.answer("strategic-focus", "no");

        assertFalse(page.alertIsOpen(), "a flag, not an alert()");
        assertTrue(page.errorFlag().contains("XSRF"), "the server's reason is shown");
        assertEquals("yes", page.answerOf("strategic-focus"), "back to the answer the server has");
        assertEquals(progress, page.progressText());
    }

    @Test
    void axe_core_finds_no_wcag_21_aa_violation_on_the_checklist_answered_with_a_reason_an_open_editor_and_open_guidance() {
        requireAxe();
        ChecklistPage page = logInAndOpen("alice", DemoData.CHILD_PAGE, PERSONAL);
        page.answer("satisfactory-integration", "yes").openReason("satisfactory-integration")
                .typeReason("satisfactory-integration", "Prévu au plan de l'unité.").saveReason("satisfactory-integration");
        page.answer("open-call-tools", "unknown").openReason("open-call-tools");
        page.openGuidance("satisfactory-integration").openGuidance("open-call-tools");

        List<AxeCore.Violation> personal = page.accessibilityViolations();
        assertTrue(personal.isEmpty(), AxeCore.report(personal));

        ChecklistPage shared = ChecklistPage.open(driver, host.baseUri(), DemoData.SPACE_KEY, DemoData.TEAM_PAGE, SHARED);
        shared.answer("member-time-allocated", "no").openGuidance("member-time-allocated");
        List<AxeCore.Violation> team = shared.accessibilityViolations();
        assertTrue(team.isEmpty(), AxeCore.report(team));

        shared.insertUnlabelledField();
        assertTrue(shared.accessibilityViolations().stream().anyMatch(violation -> violation.id().equals("label")),
                "the check is not vacuous: it finds a field without a label in the checklist");
    }
}
