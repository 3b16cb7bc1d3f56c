package org.coplaunchpad.standalone.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.coplaunchpad.standalone.site.demo.DemoData;
import org.coplaunchpad.standalone.testing.Browserless;
import org.coplaunchpad.standalone.testing.DashboardForms;
import org.coplaunchpad.standalone.testing.Ticking;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 18 in Chromium, from « pas encore » to a plan and back: coach closes round 1 and records « pas encore » with
 * two actions on the dashboard; alice sees the decision and the plan on the page, where she marks her action done;
 * after a second round, coach compares it with the first and sees, per item, the action taken. axe-core finds no
 * WCAG 2.1 AA violation on the dashboard with its plan, on the page with the plan and on the institution overview.
 * And the page marks an action overdue in the viewer's own time zone, not the server's.
 */
class PlanBrowserIT extends BrowserSession {
    private static final String TITLE = "Décider et planifier";
    private static final String CHECKLIST = "plan-navigateur";
    private static final String OVERVIEW = "/plugins/servlet/cop-launchpad/overview";
    private static final Path SCREENSHOTS = Path.of(System.getProperty("coplaunchpad.screenshot.dir",
            "target/screenshots"));

    private void pageWithChecklistAndDecision(String title, String checklist) {
        host.site().lifecycle().create(DemoData.SPACE_KEY, null, title,
                "<ac:structured-macro ac:name=\"cop-readiness-checklist\" ac:schema-version=\"1\">"
                        + "<ac:parameter ac:name=\"checklist\">" + checklist + "</ac:parameter>"
                        + "<ac:parameter ac:name=\"sections\">fundamentals</ac:parameter></ac:structured-macro>"
                        + "<ac:structured-macro ac:name=\"cop-launch-decision\" ac:schema-version=\"1\">"
                        + "<ac:parameter ac:name=\"checklist\">" + checklist + "</ac:parameter></ac:structured-macro>",
                "coach");
    }

    /** alice, bruno and chloe answer the three fundamental conditions over HTTP, as the page script does. */
    private void membersAnswer(String title, String checklist, Map<String, List<String>> answers) {
        List<String> members = List.of("alice", "bruno", "chloe");
        for (int i = 0; i < members.size(); i++) {
            Browserless member = Ticking.member(host.baseUri(), members.get(i));
            Ticking.OpenedPage page = Ticking.open(member, DemoData.SPACE_KEY, title);
            for (Map.Entry<String, List<String>> item : answers.entrySet()) {
                assertEquals(200, Ticking.answer(member, page, checklist, item.getKey(), item.getValue().get(i), null)
                        .statusCode());
            }
        }
    }

    private LaunchDashboardPage dashboardAsCoach() {
        LoginPage.open(driver, host.baseUri(), ViewPage.path(DemoData.SPACE_KEY, TITLE)).logInAs("coach", "coach");
        return LaunchDashboardPage.openFromSpaceTools(driver, "Tableau de bord du lancement", CHECKLIST);
    }

    private WebElement decisionOnThePage() {
        return new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#main-content .cop-decision[data-decision]")));
    }

    private List<WebElement> actionsOnThePage() {
        return driver.findElements(By.cssSelector("#main-content .cop-decision__plan li.cop-decision__action"));
    }

    @Test
    void from_not_yet_to_a_plan_marked_done_on_the_page_and_reviewed_at_the_next_round() throws Exception {
        requireAxe();
        pageWithChecklistAndDecision(TITLE, CHECKLIST);
        membersAnswer(TITLE, CHECKLIST, Map.of("facilitating-environment", List.of("yes", "yes", "yes"),
                "relevant-purpose", List.of("no", "no", "yes"),
                "satisfactory-integration", List.of("unknown", "unknown", "unknown")));

        // Coach, on the dashboard: closes round 1, decides « pas encore » on it, and plans two actions.
        LaunchDashboardPage dashboard = dashboardAsCoach().closeRound()
                .decide("last-closed", "not-yet", "La finalité ne rejoint pas encore les membres.")
                .addAction("item:relevant-purpose", "alice", "2026-01-15", "Proposer trois thèmes à la direction")
                .addAction("item:satisfactory-integration", "bruno", "2099-06-30", "Organiser une rencontre");
        assertEquals("not-yet", dashboard.decided());
        List<LaunchDashboardPage.PlannedRow> plan = dashboard.plan();
        assertEquals(List.of(new LaunchDashboardPage.PlannedRow("open", "Alice Martin", true, "true"),
                new LaunchDashboardPage.PlannedRow("open", "Bruno Tremblay", false, "false")), plan,
                "15 January 2026 has passed wherever the browser is; 30 June 2099 has not");
        dashboard.screenshotOf("h4[id^='cop-plan-']", SCREENSHOTS.resolve("plan-dashboard.png"));
        List<AxeCore.Violation> violations = dashboard.accessibilityViolations();
        assertTrue(violations.isEmpty(), "the dashboard with its decision and plan: " + AxeCore.report(violations));
        new ViewPage(driver).logOut();

        // Alice, on the page: the decision and the plan; she marks her action done there.
        LoginPage.open(driver, host.baseUri(), ViewPage.path(DemoData.SPACE_KEY, TITLE)).logInAs("alice", "alice");
        WebElement decision = decisionOnThePage();
        assertEquals("not-yet", decision.getAttribute("data-decision"));
        assertEquals("Camille Coach", decision.findElement(By.cssSelector(".cop-decision__by")).getText());
        List<WebElement> actions = actionsOnThePage();
        assertEquals(2, actions.size());
        assertEquals("Alice Martin", actions.get(0).findElement(By.cssSelector(".cop-decision__action-owner")).getText());
        assertTrue(actions.get(0).findElement(By.cssSelector(".cop-decision__overdue")).isDisplayed());
        assertFalse(actions.get(1).findElement(By.cssSelector(".cop-decision__overdue")).isDisplayed());
        WebElement markDone = actions.get(0).findElement(By.cssSelector("form.cop-decision__action-form button"));
        assertTrue(markDone.isDisplayed(), "the script set the form's address and token and showed it");
        assertTrue(actions.get(1).findElements(By.cssSelector("form")).isEmpty(), "bruno's action is not hers");
        violations = AxeCore.violations(driver, "#main-content");
        assertTrue(violations.isEmpty(), "the page with the decision and its plan: " + AxeCore.report(violations));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'start'}); window.scrollBy(0, -16);",
                decision);
        new ViewPage(driver).screenshotTo(SCREENSHOTS.resolve("plan-page.png"));
        WebElement html = driver.findElement(By.tagName("html"));
        markDone.click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(Stale.of(html));
        decisionOnThePage();
        assertTrue(driver.getCurrentUrl().endsWith("#cop-plan-" + CHECKLIST), driver.getCurrentUrl());
        WebElement done = actionsOnThePage().get(0);
        assertEquals("done", done.getAttribute("data-status"));
        assertFalse(done.findElement(By.cssSelector(".cop-decision__overdue")).isDisplayed(), "done is never overdue");
        assertTrue(done.findElement(By.cssSelector(".cop-decision__action-done")).getText()
                .startsWith("Faite — marquée par Alice Martin le "), done.getText());
        new ViewPage(driver).logOut();

        // Round 2: the members answer again; coach closes it and compares it with round 1.
        membersAnswer(TITLE, CHECKLIST, Map.of("relevant-purpose", List.of("yes", "yes", "yes"),
                "satisfactory-integration", List.of("yes", "yes", "no")));
        LaunchDashboardPage second = dashboardAsCoach().closeRound().showRound(CHECKLIST, 2);
        assertTrue(second.changesShown().contains("better"), second.changesShown().toString());
        Map<String, String> taken = second.actionsTaken();
        assertEquals("Proposer trois thèmes à la direction (Alice Martin, faite)", taken.get("relevant-purpose"));
        assertEquals("Organiser une rencontre (Bruno Tremblay, ouverte)", taken.get("satisfactory-integration"));
        assertEquals("\u2014", taken.get("facilitating-environment"), "met in round 1: no action was needed");
        second.screenshotOf(".cop-dashboard__comparison", SCREENSHOTS.resolve("round-comparison.png"));
        violations = second.accessibilityViolations();
        assertTrue(violations.isEmpty(), "round 2 compared with round 1: " + AxeCore.report(violations));
        new ViewPage(driver).logOut();

        // The Confluence administrator's overview, after WebSudo.
        LoginPage.open(driver, host.baseUri(), OVERVIEW).logInAs("admin", "admin");
        if (!driver.findElements(By.id("websudo-form")).isEmpty()) {
            driver.findElement(By.id("password")).sendKeys("admin");
            WebElement sudo = driver.findElement(By.tagName("html"));
            driver.findElement(By.cssSelector("#websudo-form button[type=submit]")).click();
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(Stale.of(sudo));
        }
        WebElement row = new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions
                .presenceOfElementLocated(By.cssSelector(".cop-overview tr[data-checklist='" + CHECKLIST + "']")));
        assertEquals("not-yet", row.getAttribute("data-decision"), row.getText());
        violations = AxeCore.violations(driver, ".cop-overview");
        assertTrue(violations.isEmpty(), "the institution overview: " + AxeCore.report(violations));
    }

    @Test
    void the_page_marks_an_action_overdue_in_the_viewers_time_zone_not_the_servers() {
        String title = "Plan et fuseau";
        String checklist = "plan-fuseau";
        pageWithChecklistAndDecision(title, checklist);
        membersAnswer(title, checklist, Map.of("relevant-purpose", List.of("no", "no", "yes")));
        // A zone whose day differs from UTC's right now: behind it before 10:00 UTC, ahead of it after.
        ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
        boolean behind = now.getHour() < 10;
        String zone = behind ? "Pacific/Pago_Pago" : "Pacific/Kiritimati";
        LocalDate theirToday = now.withZoneSameInstant(java.time.ZoneId.of(zone)).toLocalDate();
        assertTrue(!theirToday.equals(now.toLocalDate()), "the zone's day is not UTC's");
        // Behind UTC: due on their today, which UTC has ended (the server says overdue, they do not).
        // Ahead of UTC: due on UTC's today, which they have ended (the server says not yet, they say overdue).
        LocalDate due = behind ? theirToday : now.toLocalDate();
        Browserless coach = Ticking.member(host.baseUri(), "coach");
        for (Map<String, String> fields : List.of(
                Map.of("action", "close-round", "checklist", checklist),
                Map.of("action", "decide", "checklist", checklist, "decision", "not-yet", "on", "last-closed",
                        "rationale", "", "conditions", ""),
                Map.of("action", "action-create", "checklist", checklist, "subject", "item:relevant-purpose",
                        "owner", "alice", "due", due.toString(), "description", "Proposer des thèmes"))) {
            assertEquals(302, DashboardForms.post(coach, DemoData.SPACE_KEY, fields).statusCode(), fields.toString());
        }
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", zone));

        LoginPage.open(driver, host.baseUri(), ViewPage.path(DemoData.SPACE_KEY, title)).logInAs("chloe", "chloe");
        decisionOnThePage();
        WebElement action = actionsOnThePage().get(0);

        assertEquals(zone, ((JavascriptExecutor) driver).executeScript(
                "return Intl.DateTimeFormat().resolvedOptions().timeZone;"), "the browser is in the chosen zone");
        assertEquals(Boolean.toString(!behind), action.getAttribute("data-overdue"),
                "due " + due + ", today is " + theirToday + " in " + zone);
        assertEquals(!behind, action.findElement(By.cssSelector(".cop-decision__overdue")).isDisplayed());
    }
}
