package org.coplaunchpad.standalone.browser;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The storage-format editor, reached from a page's Edit button, with its Insert macro dialog. */
final class EditorPage {
    private final WebDriver driver;

    private EditorPage(WebDriver driver) {
        this.driver = driver;
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("storage-editor")));
    }

    static EditorPage openFromPage(WebDriver driver) {
        driver.findElement(By.id("editPageLink")).click();
        return new EditorPage(driver);
    }

    String storage() {
        return driver.findElement(By.id("storage-editor")).getAttribute("value");
    }

    /** Puts the cursor at the end of the text, where the next macro goes. */
    EditorPage cursorAtEnd() {
        ((JavascriptExecutor) driver).executeScript(
                "var t = document.getElementById('storage-editor'); t.focus(); t.setSelectionRange(t.value.length, t.value.length);");
        return this;
    }

    /** Opens the dialog and chooses the macro; fill it with {@link MacroDialog#set} and insert. */
    MacroDialog insertMacro(String macroName) {
        driver.findElement(By.id("insert-macro-button")).click();
        WebElement dialog = new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("macro-browser-dialog")));
        new Select(dialog.findElement(By.id("macro-browser-select"))).selectByValue(macroName);
        return new MacroDialog(macroName);
    }

    ViewPage save() {
        WebElement form = driver.findElement(By.id("editpageform"));
        driver.findElement(By.id("rte-button-publish")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(Stale.of(form));
        // While the saved page loads, Chromium may answer about a node of the old document with an inspector error
        // ("Node with given id does not belong to the document"): wait, ignoring that, for the page's title.
        new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> "complete".equals(((org.openqa.selenium.JavascriptExecutor) d)
                        .executeScript("return document.readyState;"))
                        && !d.findElement(By.id("title-text")).getText().isEmpty());
        return new ViewPage(driver);
    }

    /** The Insert macro dialog for one macro. */
    final class MacroDialog {
        private final String macroName;

        private MacroDialog(String macroName) {
            this.macroName = macroName;
        }

        private WebElement field(String parameter) {
            return driver.findElement(By.id("macro-param-" + macroName + "-" + parameter));
        }

        /** Sets parameters: a select's value, a checkbox's "true"/"false", a text field's text. */
        MacroDialog set(Map<String, String> parameters) {
            parameters.forEach((name, value) -> {
                WebElement field = field(name);
                switch (field.getAttribute("data-type")) {
                    case "enum" -> new Select(field).selectByValue(value);
                    case "boolean" -> {
                        if (field.isSelected() != Boolean.parseBoolean(value)) {
                            driver.findElement(By.cssSelector("label[for='" + field.getAttribute("id") + "']")).click();
                        }
                    }
                    default -> {
                        field.clear();
                        field.sendKeys(value);
                    }
                }
            });
            return this;
        }

        String label(String parameter) {
            return driver.findElement(By.cssSelector("label[for='macro-param-" + macroName + "-" + parameter + "']")).getText();
        }

        void screenshotTo(Path file) throws java.io.IOException {
            new ViewPage(driver).screenshotTo(file);
        }

        EditorPage insert() {
            driver.findElement(By.id("macro-insert-button")).click();
            new WebDriverWait(driver, Duration.ofSeconds(10))
                    .until(ExpectedConditions.invisibilityOfElementLocated(By.id("macro-browser-dialog")));
            return EditorPage.this;
        }
    }
}
