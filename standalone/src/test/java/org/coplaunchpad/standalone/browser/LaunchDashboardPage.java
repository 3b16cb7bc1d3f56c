package org.coplaunchpad.standalone.browser;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The app's launch dashboard of a space, through its markup contract: per checklist a section with data-decision,
 * data-score and data-mode; the score figure's data-has-score; the verdict's reasons; data-respondents and how many
 * answered every item; the recommendations table; one items row per item (blocking first) with data-item, data-state,
 * data-met, data-blocking, data-gate, the answers' counts and data-respondents; the thresholds form and the CSV link.
 */
final class LaunchDashboardPage {
    /** One item row as the page shows it (personal mode: label, section, counts, distribution, agreement, state, reasons). */
    record ItemRow(String item, String state, boolean met, boolean blocking, boolean gate, int yes, int partly, int no,
                   int unknown, int notAnswered, int respondents, String agreementText, String stateText,
                   List<String> reasons) {
    }

    /** One row of the recommendations table: its title, « met / total » and the percentage. */
    record RecommendationRow(String title, String status, String percent) {
    }

    private final WebDriver driver;
    private final String checklist;

    private LaunchDashboardPage(WebDriver driver, String checklist) {
        this.driver = driver;
        this.checklist = checklist;
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(root())));
    }

    /** Space tools → the app's item (the sidebar link rendered from the web-item). */
    static LaunchDashboardPage openFromSpaceTools(WebDriver driver, String linkText, String checklist) {
        driver.findElement(By.cssSelector("#space-tools")).findElement(By.linkText(linkText)).click();
        return new LaunchDashboardPage(driver, checklist);
    }

    private String root() {
        return "section.cop-dashboard__checklist[data-checklist='" + checklist + "']";
    }

    private WebElement section() {
        return driver.findElement(By.cssSelector(root()));
    }

    private static String text(WebElement element) {
        return element.getAttribute("textContent").trim().replaceAll("\\s+", " ");
    }

    int respondents() {
        return Integer.parseInt(section().findElement(By.cssSelector(".cop-dashboard__respondents[data-respondents]"))
                .getAttribute("data-respondents"));
    }

    /** « n sur m ont répondu à chaque élément ». */
    String completeText() {
        return text(section().findElement(By.cssSelector(".cop-dashboard__complete")));
    }

    int score() {
        return Integer.parseInt(section().getAttribute("data-score"));
    }

    boolean hasScore() {
        return Boolean.parseBoolean(section().findElement(By.cssSelector("figure.cop-dashboard__score"))
                .getAttribute("data-has-score"));
    }

    String decision() {
        return section().getAttribute("data-decision");
    }

    String decisionText() {
        return text(section().findElement(By.cssSelector(".cop-dashboard__decision .title")));
    }

    /** The verdict's reasons, in the page's order. */
    List<String> reasons() {
        return section().findElements(By.cssSelector(".cop-dashboard__reasons li")).stream()
                .map(LaunchDashboardPage::text).toList();
    }

    List<RecommendationRow> recommendations() {
        return section().findElements(By.cssSelector("table.cop-dashboard__recommendations tbody tr")).stream()
                .map(row -> {
                    List<WebElement> cells = row.findElements(By.tagName("td"));
                    return new RecommendationRow(text(cells.get(0)), text(cells.get(1)), text(cells.get(2)));
                }).toList();
    }

    List<ItemRow> items() {
        return section().findElements(By.cssSelector("table.cop-dashboard__items tbody tr[data-item]")).stream()
                .map(row -> {
                    List<WebElement> cells = row.findElements(By.tagName("td"));
                    return new ItemRow(row.getAttribute("data-item"), row.getAttribute("data-state"),
                            flag(row, "data-met"), flag(row, "data-blocking"), flag(row, "data-gate"),
                            number(row, "data-yes"), number(row, "data-partly"), number(row, "data-no"),
                            number(row, "data-unknown"), number(row, "data-not-answered"),
                            number(row, "data-respondents"), text(cells.get(4)), text(cells.get(5)),
                            cells.get(6).findElements(By.cssSelector(".cop-dashboard__item-reasons li")).stream()
                                    .map(LaunchDashboardPage::text).toList());
                }).toList();
    }

    private static int number(WebElement row, String attribute) {
        return Integer.parseInt(row.getAttribute(attribute));
    }

    private static boolean flag(WebElement row, String attribute) {
        return Boolean.parseBoolean(row.getAttribute(attribute));
    }

    String quorum() {
        return driver.findElement(By.cssSelector("form.cop-dashboard__thresholds input[name=quorum]")).getAttribute("value");
    }

    /** The CSV link's absolute URL. */
    String csvUrl() {
        return driver.findElement(By.cssSelector("a.cop-dashboard__csv")).getAttribute("href");
    }

    String sessionCookie() {
        return driver.manage().getCookieNamed("JSESSIONID").getValue();
    }

    /** The items' states on the whole dashboard, every checklist. */
    Set<String> statesShown() {
        return driver.findElements(By.cssSelector(".cop-dashboard__items tr[data-state]")).stream()
                .map(row -> row.getAttribute("data-state")).collect(Collectors.toSet());
    }

    /** The checklists' decisions on the whole dashboard. */
    Set<String> decisionsShown() {
        return driver.findElements(By.cssSelector("section.cop-dashboard__checklist")).stream()
                .map(panel -> panel.getAttribute("data-decision")).collect(Collectors.toSet());
    }

    /**
     * Chooses round {@code number} in {@code checklist}'s round selector and shows it (a GET form): the page that
     * loads, with that checklist's panel.
     */
    LaunchDashboardPage showRound(String checklist, int number) {
        WebElement history = driver.findElement(By.cssSelector("section.cop-dashboard__checklist[data-checklist='"
                + checklist + "'] .cop-dashboard__round-history"));
        new org.openqa.selenium.support.ui.Select(history.findElement(By.cssSelector("select[name=view-round]")))
                .selectByValue(Integer.toString(number));
        history.findElement(By.cssSelector("form.cop-dashboard__round-select button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                "section.cop-dashboard__checklist[data-checklist='" + checklist + "'] .cop-dashboard__round-history"
                        + "[data-viewed-round='" + number + "'][data-closed-viewed=true]")));
        return new LaunchDashboardPage(driver, checklist);
    }

    /** This checklist's comparison with the round before: each item's change (better, worse, same, not-asked-then…). */
    Set<String> changesShown() {
        return section().findElements(By.cssSelector(".cop-dashboard__comparison tr[data-change]")).stream()
                .map(row -> row.getAttribute("data-change")).collect(Collectors.toSet());
    }

    /** How many closed rounds this checklist's trend table lists. */
    long closedRoundsInTrend() {
        return section().findElements(By.cssSelector(".cop-dashboard__trend tr[data-open=false]")).size();
    }

    /** Submits {@code form} (inside this checklist's panel) and waits for the dashboard that loads after it. */
    private LaunchDashboardPage submitted(WebElement form) {
        WebElement html = driver.findElement(By.tagName("html"));
        form.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(Stale.of(html));
        return new LaunchDashboardPage(driver, checklist);
    }

    /** « Clore le tour »: the open round's figures are frozen, the next round opens. */
    LaunchDashboardPage closeRound() {
        return submitted(section().findElement(By.cssSelector("form.cop-dashboard__close-round")));
    }

    /** Records a decision on the round {@code on} names (open, last-closed) with this rationale, in the form. */
    LaunchDashboardPage decide(String on, String decision, String rationale) {
        WebElement form = section().findElement(By.cssSelector("form.cop-dashboard__decide"));
        choose(form, "on", on);
        choose(form, "decision", decision);
        form.findElement(By.cssSelector("textarea[name=rationale]")).sendKeys(rationale);
        return submitted(form);
    }

    /** Clicks the label of a radio button, as a person does (AUI styles the button under it). */
    private static void choose(WebElement form, String name, String value) {
        String id = form.findElement(By.cssSelector("input[name=" + name + "][value='" + value + "']")).getAttribute("id");
        form.findElement(By.cssSelector("label[for='" + id + "']")).click();
    }

    /** The decision in force as the panel shows it (data-decision of the decided block), empty when none. */
    String decided() {
        return section().findElements(By.cssSelector(".cop-dashboard__decided")).stream().findFirst()
                .map(decided -> decided.getAttribute("data-decision")).orElse("");
    }

    /**
     * Adds an action with the plan's form: {@code subject} as the select names it (item:KEY), the owner's username,
     * the due day (YYYY-MM-DD, set as a date field holds it: typing into one depends on the browser's locale).
     */
    LaunchDashboardPage addAction(String subject, String owner, String due, String description) {
        WebElement form = section().findElement(By.cssSelector("form.cop-dashboard__action-create"));
        new org.openqa.selenium.support.ui.Select(form.findElement(By.cssSelector("select[name=subject]")))
                .selectByValue(subject);
        form.findElement(By.cssSelector("input[name=owner]")).sendKeys(owner);
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];",
                form.findElement(By.cssSelector("input[name=due]")), due);
        form.findElement(By.cssSelector("textarea[name=description]")).sendKeys(description);
        return submitted(form);
    }

    /** One action of the plan: its status, owner, whether the overdue mark is shown, and the data-overdue flag. */
    record PlannedRow(String status, String owner, boolean overdueShown, String overdue) {
    }

    List<PlannedRow> plan() {
        return section().findElements(By.cssSelector(".cop-dashboard__plan li.cop-dashboard__action")).stream()
                .map(row -> new PlannedRow(row.getAttribute("data-status"),
                        text(row.findElement(By.cssSelector(".cop-dashboard__action-owner"))),
                        row.findElement(By.cssSelector(".cop-dashboard__overdue")).isDisplayed(),
                        row.getAttribute("data-overdue"))).toList();
    }

    /** The action taken after the earlier round's decision, per item, as the comparison with it shows. */
    java.util.Map<String, String> actionsTaken() {
        return section().findElements(By.cssSelector(".cop-dashboard__comparison tr[data-item]")).stream()
                .collect(Collectors.toMap(row -> row.getAttribute("data-item"),
                        row -> text(row.findElement(By.cssSelector(".cop-dashboard__action-taken")))));
    }

    /** Puts a text field without a label into the dashboard: what the accessibility check must catch. */
    void insertUnlabelledField() {
        ((JavascriptExecutor) driver).executeScript(
                "document.querySelector('.cop-dashboard').appendChild(document.createElement('input'));");
    }

    /** What axe-core finds against WCAG 2.1 AA on the whole dashboard (every checklist, the forms). */
    List<AxeCore.Violation> accessibilityViolations() {
        return AxeCore.violations(driver, ".cop-dashboard");
    }

    /** The page with this part of the checklist's panel ({@code css} inside it) at the top of the window. */
    void screenshotOf(String css, java.nio.file.Path file) throws java.io.IOException {
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].scrollIntoView({block: 'start'}); window.scrollBy(0, -16);",
                section().findElement(By.cssSelector(css)));
        new ViewPage(driver).screenshotTo(file);
    }

    /** The page with this checklist's panel at the top of the window. */
    void screenshotTo(java.nio.file.Path file) throws java.io.IOException {
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].scrollIntoView({block: 'start'}); window.scrollBy(0, -16);", section());
        new ViewPage(driver).screenshotTo(file);
    }
}
