package org.coplaunchpad.standalone.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core, Deque's accessibility rules (npm package axe-core, fetched by src/build/fetch-axe.sh into the path the
 * build passes as coplaunchpad.axe.script), run inside the page under test: what it finds against WCAG 2.1 A and AA.
 */
final class AxeCore {
    /** The rule tags of WCAG 2.0 and 2.1, levels A and AA. */
    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /** One rule broken, with the elements that break it (their CSS selectors, as axe names them). */
    record Violation(String id, String impact, String help, String helpUrl, List<String> targets) {
        @Override
        public String toString() {
            return id + " (" + impact + "): " + help + " [" + helpUrl + "]\n    on " + String.join("\n    on ", targets);
        }
    }

    private AxeCore() {
    }

    /** The fetched axe.min.js, or empty when the build could not fetch it (no npm, offline). */
    static Optional<Path> script() {
        String property = System.getProperty("coplaunchpad.axe.script", "");
        Path path = Path.of(property.isEmpty() ? "target/axe-core/missing/axe.min.js" : property);
        return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
    }

    /** Injects axe into the page (once) and runs the WCAG 2.1 AA rules on what {@code cssSelector} selects. */
    @SuppressWarnings("unchecked")
    static List<Violation> violations(WebDriver driver, String cssSelector) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
            try {
                js.executeScript(Files.readString(script().orElseThrow(() -> new AssertionError("axe-core not fetched"))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        Object result = js.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run(arguments[0], {runOnly: {type: 'tag', values: arguments[1]}, resultTypes: ['violations']})
                    .then(function (results) {
                        done(results.violations.map(function (v) {
                            return {id: v.id, impact: v.impact || '', help: v.help, helpUrl: v.helpUrl,
                                    targets: v.nodes.map(function (n) { return n.target.join(' ') + ' : ' + n.html; })};
                        }));
                    }, function (error) { done('axe failed: ' + error); });
                """, cssSelector, WCAG_21_AA);
        if (result instanceof String failure) {
            throw new AssertionError(failure);
        }
        return ((List<Map<String, Object>>) result).stream()
                .map(v -> new Violation((String) v.get("id"), (String) v.get("impact"), (String) v.get("help"),
                        (String) v.get("helpUrl"), (List<String>) v.get("targets")))
                .toList();
    }

    /** The violations, one per paragraph, for an assertion message. */
    static String report(List<Violation> violations) {
        return violations.size() + " accessibility violation(s) (axe-core, " + String.join(", ", WCAG_21_AA) + "):\n"
                + violations.stream().map(Violation::toString).collect(Collectors.joining("\n"));
    }
}
