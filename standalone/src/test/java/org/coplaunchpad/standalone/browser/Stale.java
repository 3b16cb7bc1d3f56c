package org.coplaunchpad.standalone.browser;

import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;

/**
 * Waits for an element of the page before a navigation to be gone. Selenium's {@code stalenessOf} only counts a
 * {@code StaleElementReferenceException}; Chromium 156 may answer an element of the page just left with "Node with
 * given id does not belong to the document", a plain {@link WebDriverException}: the same fact, and a test that
 * failed on it while the page had done exactly what it waited for.
 */
final class Stale {
    private Stale() {
    }

    static ExpectedCondition<Boolean> of(WebElement element) {
        return driver -> {
            try {
                element.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                return true;
            }
        };
    }
}
