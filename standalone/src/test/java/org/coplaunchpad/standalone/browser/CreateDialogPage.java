package org.coplaunchpad.standalone.browser;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Confluence's Create dialog, reached from the header's Create button: a blank page or one of the app's blueprints. */
final class CreateDialogPage {
    private final WebDriver driver;

    private CreateDialogPage(WebDriver driver) {
        this.driver = driver;
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("create-dialog")));
    }

    static CreateDialogPage openFromHeader(WebDriver driver) {
        driver.findElement(By.id("create-page-button")).click();
        return new CreateDialogPage(driver);
    }

    /** The names of what can be created, as shown. */
    List<String> choices() {
        return driver.findElements(By.cssSelector(".host-create-choice label strong")).stream()
                .map(WebElement::getText).toList();
    }

    /** Chooses the blueprint and creates; the site then shows the created page. */
    ViewPage createFromBlueprint(String blueprintKey) {
        driver.findElement(By.id("create-choice-" + blueprintKey)).click();
        WebElement form = driver.findElement(By.id("create-dialog"));
        driver.findElement(By.id("create-dialog-submit")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(Stale.of(form));
        return new ViewPage(driver);
    }
}
