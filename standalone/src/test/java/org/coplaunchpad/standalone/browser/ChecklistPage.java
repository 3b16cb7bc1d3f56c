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
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A page carrying a readiness checklist, through the macro's markup contract: the checklist element's
 * data-checklist / data-mode, each checkbox's data-item, and its status next to it ("1 sur 2 membres sont
 * d'accord", or "Coché par Alice Martin, le …" with a time element in shared mode).
 */
final class ChecklistPage {
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    /** What the status next to a shared item says: its text, and the time element's datetime attribute. */
    record SharedStatus(String text, Optional<String> datetime) {
    }

    private final WebDriver driver;
    private final String checklist;

    private ChecklistPage(WebDriver driver, String checklist) {
        this.driver = driver;
        this.checklist = checklist;
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(root())));
    }

    static ChecklistPage open(WebDriver driver, URI base, String spaceKey, String title, String checklist) {
        driver.get(base + ViewPage.path(spaceKey, title));
        return new ChecklistPage(driver, checklist);
    }

    private String root() {
        return ".cop-checklist[data-checklist='" + checklist + "']";
    }

    private WebElement checkbox(String item) {
        return driver.findElement(By.cssSelector(root() + " input[data-item='" + item + "']"));
    }

    private WebElement status(String item) {
        return driver.findElement(By.id(checkbox(item).getAttribute("id") + "-status"));
    }

    String mode() {
        return driver.findElement(By.cssSelector(root())).getAttribute("data-mode");
    }

    /** Clicks the item's checkbox and waits until the server answered (the script's saving state is over). */
    ChecklistPage tick(String item) {
        WebElement box = checkbox(item);
        WebElement row = box.findElement(By.xpath("ancestor::li[contains(@class,'cop-checklist__item')]"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", box);
        box.click();
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> !row.getAttribute("class").contains("is-saving"));
        return this;
    }

    boolean isTicked(String item) {
        return checkbox(item).isSelected();
    }

    boolean isReadOnly() {
        return "true".equals(driver.findElement(By.cssSelector(root())).getAttribute("data-read-only"));
    }

    /** The numbers of a personal item's status, in order: members agreeing, then members who answered. */
    List<Integer> agreement(String item) {
        List<Integer> numbers = new ArrayList<>();
        Matcher m = NUMBER.matcher(status(item).getText());
        while (m.find()) {
            numbers.add(Integer.parseInt(m.group()));
        }
        return numbers;
    }

    SharedStatus sharedStatus(String item) {
        WebElement status = status(item);
        List<WebElement> time = status.findElements(By.tagName("time"));
        return new SharedStatus(status.getText(),
                time.isEmpty() ? Optional.empty() : Optional.ofNullable(time.get(0).getAttribute("datetime")));
    }

    /** Replaces the page's XSRF token, as an expired session would leave it. */
    void spoilXsrfToken() {
        ((JavascriptExecutor) driver).executeScript(
                "document.querySelector('meta[name=\"atlassian-token\"]').setAttribute('content', 'expired');");
    }

    /** The AUI flag the script shows when the server refuses a tick. */
    String errorFlag() {
        return new WebDriverWait(driver, Duration.ofSeconds(10))
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

    /** Clicks the item's checkbox when the server will refuse it and no flag can show: the alert() text. */
    String tickAndReadAlert(String item) {
        WebElement box = checkbox(item);
        WebElement row = box.findElement(By.xpath("ancestor::li[contains(@class,'cop-checklist__item')]"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", box);
        box.click();
        Alert alert = new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.alertIsPresent());
        String text = alert.getText();
        alert.accept();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !row.getAttribute("class").contains("is-saving"));
        return text;
    }

    String contextPathSeenByScripts() {
        return (String) ((JavascriptExecutor) driver).executeScript("return AJS.contextPath();");
    }

    ChecklistPage reload() {
        driver.navigate().refresh();
        return new ChecklistPage(driver, checklist);
    }

    void screenshotTo(Path file) throws java.io.IOException {
        ((JavascriptExecutor) driver).executeScript("document.querySelector(arguments[0]).scrollIntoView(true);", root());
        new ViewPage(driver).screenshotTo(file);
    }

    ViewPage asViewPage() {
        return new ViewPage(driver);
    }
}
