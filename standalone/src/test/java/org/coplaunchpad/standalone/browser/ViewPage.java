package org.coplaunchpad.standalone.browser;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A Confluence page as a reader sees it: title, benefit panels, the header's language switch and log out. */
final class ViewPage {
    private final WebDriver driver;

    ViewPage(WebDriver driver) {
        this.driver = driver;
    }

    static String path(String spaceKey, String title) {
        return "/display/" + spaceKey + "/" + URLEncoder.encode(title, StandardCharsets.UTF_8);
    }

    static ViewPage open(WebDriver driver, URI base, String spaceKey, String title) {
        driver.get(base + path(spaceKey, title));
        return new ViewPage(driver);
    }

    String title() {
        return driver.findElement(By.id("title-text")).getText();
    }

    String language() {
        return driver.findElement(By.tagName("html")).getAttribute("lang");
    }

    List<String> panelHeadings() {
        return driver.findElements(By.cssSelector("#main-content .cop-benefits__heading")).stream()
                .map(WebElement::getText).toList();
    }

    String notPermittedMessage() {
        return driver.findElement(By.id("not-permitted")).getText();
    }

    ViewPage switchLanguageTo(String tag) {
        WebElement html = driver.findElement(By.tagName("html"));
        driver.findElement(By.id("locale-" + tag)).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(Stale.of(html));
        return new ViewPage(driver);
    }

    LoginPage logOut() {
        driver.findElement(By.id("logout-link")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("loginform")));
        return new LoginPage(driver);
    }

    void screenshotTo(Path file) throws java.io.IOException {
        Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.createDirectories(file.getParent());
        Files.copy(shot, file, StandardCopyOption.REPLACE_EXISTING);
    }
}
