package org.coplaunchpad.standalone.browser;

import java.net.URI;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** /login.action: the form Confluence users know. */
final class LoginPage {
    private final WebDriver driver;

    LoginPage(WebDriver driver) {
        this.driver = driver;
    }

    static LoginPage open(WebDriver driver, URI base, String destination) {
        driver.get(base + "/login.action?os_destination="
                + java.net.URLEncoder.encode(destination, java.nio.charset.StandardCharsets.UTF_8));
        return new LoginPage(driver);
    }

    /** Logs in; the site then shows the os_destination page. */
    void logInAs(String username, String password) {
        driver.findElement(By.id("os_username")).sendKeys(username);
        driver.findElement(By.id("os_password")).sendKeys(password);
        org.openqa.selenium.WebElement form = driver.findElement(By.id("loginform"));
        driver.findElement(By.id("loginButton")).click();
        // While the next page loads, Chromium may answer about the old form with an inspector error: retry then.
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(Stale.of(form));
    }

    boolean isShown() {
        return !driver.findElements(By.id("loginform")).isEmpty();
    }
}
