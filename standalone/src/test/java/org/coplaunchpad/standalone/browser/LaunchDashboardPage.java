package org.coplaunchpad.standalone.browser;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The app's launch dashboard of a space, through its markup contract: per checklist a section with data-score and
 * data-decision, the respondents' data-respondents, one table row per item with data-item, data-yes (the members who answer yes),
 * data-respondents, data-met and data-consensus, and the CSV link.
 */
final class LaunchDashboardPage {
    /** One item row as the page shows it. */
    record ItemRow(String item, int agree, int respondents, boolean met, String consensus, String shareText,
                   String statusText, String consensusText) {
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

    int respondents() {
        return Integer.parseInt(section().findElement(By.cssSelector("[data-respondents]")).getAttribute("data-respondents"));
    }

    int score() {
        return Integer.parseInt(section().getAttribute("data-score"));
    }

    String decision() {
        return section().getAttribute("data-decision");
    }

    String decisionText() {
        return section().findElement(By.cssSelector(".cop-dashboard__decision .title")).getText();
    }

    List<ItemRow> items() {
        return section().findElements(By.cssSelector("table.cop-dashboard__items tbody tr[data-item]")).stream()
                .map(row -> {
                    List<WebElement> cells = row.findElements(By.tagName("td"));
                    return new ItemRow(row.getAttribute("data-item"), Integer.parseInt(row.getAttribute("data-yes")),
                            Integer.parseInt(row.getAttribute("data-respondents")),
                            Boolean.parseBoolean(row.getAttribute("data-met")), row.getAttribute("data-consensus"),
                            cells.get(3).getAttribute("textContent").trim(), cells.get(4).getAttribute("textContent").trim(),
                            cells.get(5).getAttribute("textContent").trim());
                }).toList();
    }

    /** The CSV link's absolute URL. */
    String csvUrl() {
        return driver.findElement(By.cssSelector("a.cop-dashboard__csv")).getAttribute("href");
    }

    String sessionCookie() {
        return driver.manage().getCookieNamed("JSESSIONID").getValue();
    }

    void screenshotTo(java.nio.file.Path file) throws java.io.IOException {
        ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0);");
        new ViewPage(driver).screenshotTo(file);
    }
}
