package org.coplaunchpad.standalone.browser;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A page carrying a readiness checklist, through the macro's markup contract: the checklist element's
 * data-checklist / data-mode, each item's four radios (data-item, value yes|partly|no|unknown, one name per item),
 * the status "<name>-status" (the members' answers counted, or « En partie — Alice Martin, … » with a time element
 * in shared mode), the item's reason "<name>-reason" shown, and its guidance "<name>-guidance" inside a details
 * element under the item; the checklist's one reason editor (.cop-checklist__reason-editor), which the page script
 * moves under the item whose reason is edited.
 */
final class ChecklistPage {
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Duration WAIT = Duration.ofSeconds(10);

    /** What the status next to a shared item says: its text, and the time element's datetime attribute. */
    record SharedStatus(String text, Optional<String> datetime) {
    }

    private final WebDriver driver;
    private final String checklist;

    private ChecklistPage(WebDriver driver, String checklist) {
        this.driver = driver;
        this.checklist = checklist;
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(root())));
    }

    static ChecklistPage open(WebDriver driver, URI base, String spaceKey, String title, String checklist) {
        driver.get(base + ViewPage.path(spaceKey, title));
        return new ChecklistPage(driver, checklist);
    }

    /** The CSS selector of this checklist. */
    String root() {
        return ".cop-checklist[data-checklist='" + checklist + "']";
    }

    private WebElement radio(String item, String answer) {
        return driver.findElement(By.cssSelector(root() + " input[type=radio][data-item='" + item + "'][value='" + answer + "']"));
    }

    private List<WebElement> radios(String item) {
        return driver.findElements(By.cssSelector(root() + " input[type=radio][data-item='" + item + "']"));
    }

    /** The radios' shared name: the stem of the ids of the item's status, reason and reason controls. */
    private String name(String item) {
        return radios(item).get(0).getAttribute("name");
    }

    private WebElement row(String item) {
        return radios(item).get(0).findElement(By.xpath("ancestor::li[contains(@class,'cop-checklist__item')]"));
    }

    private WebElement byId(String item, String suffix) {
        return driver.findElement(By.id(name(item) + suffix));
    }

    private void scrollTo(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    }

    private void waitSaved(String item) {
        WebElement row = row(item);
        new WebDriverWait(driver, WAIT).until(d -> !row.getAttribute("class").contains("is-saving"));
    }

    String mode() {
        return driver.findElement(By.cssSelector(root())).getAttribute("data-mode");
    }

    /** Clicks an answer's label (« Oui », « En partie », …) and waits until the server answered. */
    ChecklistPage answer(String item, String answer) {
        WebElement radio = radio(item, answer);
        scrollTo(radio);
        driver.findElement(By.cssSelector("label[for='" + radio.getAttribute("id") + "']")).click();
        waitSaved(item);
        return this;
    }

    /** What a tick was before answers had four levels: « Oui ». */
    ChecklistPage tick(String item) {
        return answer(item, "yes");
    }

    /** The answer the radios show: "yes", "partly", "no", "unknown", or "none" when none is selected. */
    String answerOf(String item) {
        return radios(item).stream().filter(WebElement::isSelected).map(r -> r.getAttribute("value"))
                .findFirst().orElse("none");
    }

    /** The visible labels of an item's answers, in order. */
    List<String> answerLabels(String item) {
        return radios(item).stream()
                .map(r -> driver.findElement(By.cssSelector("label[for='" + r.getAttribute("id") + "']")).getText())
                .toList();
    }

    boolean radiosDisabled(String item) {
        return radios(item).stream().noneMatch(WebElement::isEnabled);
    }

    /** The accessible name of the item's radio group: the text of the element its aria-labelledby names. */
    String groupLabel(String item) {
        WebElement group = radios(item).get(0).findElement(By.xpath("ancestor::*[@role='radiogroup']"));
        return driver.findElement(By.id(group.getAttribute("aria-labelledby"))).getText();
    }

    /**
     * Presses Tab from the top of the page, as a keyboard user does, until the focus is on one of the item's radios
     * (a radio group is one stop of the Tab order); fails after {@code maxPresses}.
     */
    ChecklistPage tabTo(String item, int maxPresses) {
        ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0); document.activeElement.blur();");
        for (int press = 0; press < maxPresses; press++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            if (item.equals(focused().getAttribute("data-item"))) {
                return this;
            }
        }
        throw new AssertionError("no radio of " + item + " after " + maxPresses + " presses of Tab");
    }

    /** Presses keys on whatever has the focus, then waits until the item's answer is saved. */
    ChecklistPage press(String item, CharSequence... keys) {
        for (CharSequence key : keys) {
            new Actions(driver).sendKeys(key).perform();
        }
        waitSaved(item);
        return this;
    }

    WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /** Whether the focused element shows a focus ring (an outline wider than 0 that is not "none"). */
    boolean focusIsVisible() {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "var s = getComputedStyle(document.activeElement);"
                        + " return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;"));
    }

    /** The numbers of a personal item's status, in order: yes, partly, no, don't know, then members who answered. */
    List<Integer> counts(String item) {
        List<Integer> numbers = new ArrayList<>();
        Matcher m = NUMBER.matcher(status(item));
        while (m.find()) {
            numbers.add(Integer.parseInt(m.group()));
        }
        return numbers;
    }

    String status(String item) {
        return byId(item, "-status").getText();
    }

    SharedStatus sharedStatus(String item) {
        WebElement status = byId(item, "-status");
        List<WebElement> time = status.findElements(By.tagName("time"));
        return new SharedStatus(status.getText(),
                time.isEmpty() ? Optional.empty() : Optional.ofNullable(time.get(0).getAttribute("datetime")));
    }

    /** Clicks « Effacer la réponse » and waits until the server answered. */
    ChecklistPage clear(String item) {
        WebElement clear = row(item).findElement(By.cssSelector("[data-action=clear]"));
        scrollTo(clear);
        clear.click();
        waitSaved(item);
        return this;
    }

    boolean canClear(String item) {
        return row(item).findElement(By.cssSelector("[data-action=clear]")).isDisplayed();
    }

    // The reason

    private WebElement reasonToggle(String item) {
        return row(item).findElement(By.cssSelector("[data-action=open-reason]"));
    }

    /** « Ajouter une raison » or « Modifier la raison »; empty while the control is hidden (no answer yet). */
    String reasonToggleText(String item) {
        WebElement toggle = reasonToggle(item);
        return toggle.isDisplayed() ? toggle.getText() : "";
    }

    boolean reasonToggleHasFocus(String item) {
        return reasonToggle(item).equals(focused());
    }

    String reasonToggleExpanded(String item) {
        return reasonToggle(item).getAttribute("aria-expanded");
    }

    /** Opens the reason's editor with its button; returns the field, which has the focus. */
    ChecklistPage openReason(String item) {
        WebElement toggle = reasonToggle(item);
        scrollTo(toggle);
        toggle.click();
        new WebDriverWait(driver, WAIT).until(d -> reasonEditorIsOpen(item));
        return this;
    }

    /** The checklist's one reason editor, wherever the script has put it. */
    private WebElement reasonEditor() {
        return driver.findElement(By.cssSelector(root() + " .cop-checklist__reason-editor"));
    }

    /** Whether the editor is shown, and under this item. */
    boolean reasonEditorIsOpen(String item) {
        WebElement editor = reasonEditor();
        return editor.isDisplayed() && !row(item).findElements(By.cssSelector(".cop-checklist__reason-editor")).isEmpty();
    }

    /** The editor's field (there is one per checklist); open it for the item first. */
    WebElement reasonField(String item) {
        return reasonEditor().findElement(By.cssSelector("textarea"));
    }

    /** The label the reason's field is given by its label element. */
    String reasonFieldLabel(String item) {
        return driver.findElement(By.cssSelector("label[for='" + reasonField(item).getAttribute("id") + "']")).getText();
    }

    ChecklistPage typeReason(String item, String text) {
        WebElement field = reasonField(item);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** Puts a text into the field past its maxlength, as a script (or another browser) may: the server must say no. */
    ChecklistPage setReasonByScript(String item, String text) {
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
                reasonField(item), text);
        return this;
    }

    String reasonFieldValue(String item) {
        return reasonField(item).getAttribute("value");
    }

    String reasonCounter(String item) {
        return reasonEditor().findElement(By.cssSelector(".cop-checklist__reason-count")).getText();
    }

    private void clickInEditor(String item, String action) {
        if (!reasonEditorIsOpen(item)) {
            throw new AssertionError("the reason editor is not open under " + item);
        }
        WebElement button = reasonEditor().findElement(By.cssSelector("[data-action=" + action + "]"));
        scrollTo(button);
        button.click();
    }

    /** Clicks « Enregistrer la raison » and waits until the server answered. */
    ChecklistPage saveReason(String item) {
        clickInEditor(item, "save-reason");
        waitSaved(item);
        return this;
    }

    ChecklistPage deleteReason(String item) {
        clickInEditor(item, "delete-reason");
        waitSaved(item);
        return this;
    }

    ChecklistPage cancelReason(String item) {
        clickInEditor(item, "cancel-reason");
        return this;
    }

    /** The saved reason the page shows under the item, without its heading; empty when there is none. */
    String shownReason(String item) {
        WebElement reason = byId(item, "-reason");
        return reason.isDisplayed() ? reason.findElement(By.cssSelector(".cop-checklist__reason-text")).getText() : "";
    }

    // The seed's headings and the guidance

    /** The seed's headings over the checklist's sections, in page order. */
    List<String> partHeadings() {
        return driver.findElements(By.cssSelector(root() + " .cop-checklist__part > h3")).stream()
                .map(WebElement::getText).toList();
    }

    private WebElement guidance(String item) {
        return row(item).findElement(By.cssSelector("details.cop-checklist__guidance"));
    }

    /** « Que signifie cette condition ? »: what opens the item's guidance. */
    WebElement guidanceToggle(String item) {
        return guidance(item).findElement(By.tagName("summary"));
    }

    /** Opens the item's guidance with the mouse. */
    ChecklistPage openGuidance(String item) {
        WebElement toggle = guidanceToggle(item);
        scrollTo(toggle);
        toggle.click();
        new WebDriverWait(driver, WAIT).until(d -> guidanceIsOpen(item));
        return this;
    }

    boolean guidanceIsOpen(String item) {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript("return arguments[0].open;", guidance(item)));
    }

    /** The guidance as the member sees it; empty while it is closed. */
    String shownGuidance(String item) {
        WebElement text = byId(item, "-guidance");
        return text.isDisplayed() ? text.getText() : "";
    }

    /** Presses Tab from the top of the page until the focus is on the item's guidance toggle; fails after {@code maxPresses}. */
    ChecklistPage tabToGuidance(String item, int maxPresses) {
        ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0); document.activeElement.blur();");
        WebElement toggle = guidanceToggle(item);
        for (int press = 0; press < maxPresses; press++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            if (toggle.equals(focused())) {
                return this;
            }
        }
        throw new AssertionError("no guidance toggle of " + item + " after " + maxPresses + " presses of Tab");
    }

    /** Presses a key on whatever has the focus. */
    ChecklistPage pressKey(CharSequence key) {
        new Actions(driver).sendKeys(key).perform();
        return this;
    }

    // Progress, refusals, scripts

    int progressPercent() {
        return Integer.parseInt(driver.findElement(By.cssSelector(root() + " [role=progressbar]")).getAttribute("aria-valuenow"));
    }

    String progressText() {
        return driver.findElement(By.cssSelector(root() + " .cop-checklist__progress-text")).getText();
    }

    boolean isReadOnly() {
        return "true".equals(driver.findElement(By.cssSelector(root())).getAttribute("data-read-only"));
    }

    /** Replaces the page's XSRF token, as an expired session would leave it. */
    void spoilXsrfToken() {
        ((JavascriptExecutor) driver).executeScript(
                "document.querySelector('meta[name=\"atlassian-token\"]').setAttribute('content', 'expired');");
    }

    /** The AUI flag the script shows when the server refuses an answer. */
    String errorFlag() {
        return new WebDriverWait(driver, WAIT)
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".aui-flag"))).getText();
    }

    boolean hasFlag() {
        return !driver.findElements(By.cssSelector(".aui-flag")).isEmpty();
    }

    /** What the page's scripts find as AJS.flag: "function" where AUI's flag component is served. */
    String typeOfAjsFlag() {
        return (String) ((JavascriptExecutor) driver).executeScript("return typeof (window.AJS && AJS.flag);");
    }

    boolean alertIsOpen() {
        try {
            driver.switchTo().alert();
            return true;
        } catch (NoAlertPresentException e) {
            return false;
        }
    }

    /** Clicks an answer when the server will refuse it and no flag can show: the alert() text. */
    String answerAndReadAlert(String item, String answer) {
        WebElement radio = radio(item, answer);
        scrollTo(radio);
        radio.click();
        Alert alert = new WebDriverWait(driver, WAIT).until(ExpectedConditions.alertIsPresent());
        String text = alert.getText();
        alert.accept();
        waitSaved(item);
        return text;
    }

    String contextPathSeenByScripts() {
        return (String) ((JavascriptExecutor) driver).executeScript("return AJS.contextPath();");
    }

    /** What axe-core finds against WCAG 2.1 A and AA on this checklist. */
    List<AxeCore.Violation> accessibilityViolations() {
        return AxeCore.violations(driver, root());
    }

    /** Puts a text field without a label into the checklist: what the accessibility check must catch. */
    void insertUnlabelledField() {
        ((JavascriptExecutor) driver).executeScript(
                "document.querySelector(arguments[0]).appendChild(document.createElement('input'));", root());
    }

    ChecklistPage reload() {
        driver.navigate().refresh();
        return new ChecklistPage(driver, checklist);
    }

    void screenshotTo(Path file) throws java.io.IOException {
        ((JavascriptExecutor) driver).executeScript(
                "document.querySelector(arguments[0]).scrollIntoView(true); window.scrollBy(0, -24);", root());
        new ViewPage(driver).screenshotTo(file);
    }

    ViewPage asViewPage() {
        return new ViewPage(driver);
    }
}
