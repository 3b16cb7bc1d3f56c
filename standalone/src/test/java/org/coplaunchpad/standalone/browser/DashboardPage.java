package org.coplaunchpad.standalone.browser;

import java.net.URI;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** /dashboard.action: the spaces the user can see. */
final class DashboardPage {
    private final WebDriver driver;

    DashboardPage(WebDriver driver) {
        this.driver = driver;
    }

    static DashboardPage open(WebDriver driver, URI base) {
        driver.get(base + "/dashboard.action");
        return new DashboardPage(driver);
    }

    List<String> spaceNames() {
        return driver.findElements(By.cssSelector("#space-list a")).stream().map(WebElement::getText).toList();
    }
}
