package org.coplaunchpad.standalone.browser;

import java.net.URI;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The space administration screens: Create space (Confluence administrators) and Space permissions. */
final class SpaceAdminPages {
    private SpaceAdminPages() {
    }

    /** /spaces/createspace.action, reached from the header's Create space link. */
    static final class CreateSpace {
        private final WebDriver driver;

        private CreateSpace(WebDriver driver) {
            this.driver = driver;
        }

        static CreateSpace openFromHeader(WebDriver driver) {
            driver.findElement(By.id("create-space-link")).click();
            new WebDriverWait(driver, Duration.ofSeconds(10))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("create-space-form")));
            return new CreateSpace(driver);
        }

        Permissions create(String key, String name) {
            driver.findElement(By.id("space-name")).sendKeys(name);
            driver.findElement(By.id("space-key")).sendKeys(key);
            WebElement form = driver.findElement(By.id("create-space-form"));
            driver.findElement(By.id("create-space-submit")).click();
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(Stale.of(form));
            return new Permissions(driver);
        }
    }

    /** /spaces/spacepermissions.action?key=KEY: one user's permissions at a time. */
    static final class Permissions {
        private final WebDriver driver;

        Permissions(WebDriver driver) {
            this.driver = driver;
            new WebDriverWait(driver, Duration.ofSeconds(10))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("space-permissions-form")));
        }

        static Permissions open(WebDriver driver, URI base, String spaceKey) {
            driver.get(base + "/spaces/spacepermissions.action?key=" + spaceKey);
            return new Permissions(driver);
        }

        /** Grants exactly these permissions ("view", "edit", "administer") to the user. */
        Permissions grant(String username, String... permissions) {
            driver.findElement(By.id("permission-username")).sendKeys(username);
            for (String permission : permissions) {
                // AUI draws the checkbox over its label: people click the label.
                driver.findElement(By.cssSelector("label[for='permission-" + permission + "']")).click();
            }
            WebElement form = driver.findElement(By.id("space-permissions-form"));
            driver.findElement(By.id("permissions-submit")).click();
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(Stale.of(form));
            return new Permissions(driver);
        }

        boolean granted(String username, String permission) {
            return "true".equals(driver.findElement(By.cssSelector("#space-permissions-table tr[data-username='" + username
                    + "'] td[data-permission='" + permission.toUpperCase(java.util.Locale.ROOT) + "']"))
                    .getAttribute("data-granted"));
        }
    }
}
