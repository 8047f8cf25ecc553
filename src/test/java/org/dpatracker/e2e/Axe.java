package org.dpatracker.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core's WCAG 2.1 A/AA rules run in the page as it is shown: the violations of serious or
 * critical impact, each as "rule: what is wrong (where)", so a failing test names what to fix.
 */
final class Axe {

    private static final String SCRIPT = load();

    private Axe() {}

    static List<String> seriousViolations(ChromeDriver driver) {
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        driver.executeScript(SCRIPT);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> violations = (List<Map<String, Object>>) driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {
                  runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
                  resultTypes: ['violations']
                }).then(result => done(result.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => ({id: v.id, help: v.help,
                        where: v.nodes.slice(0, 5).map(n => n.target.join(' > ') + ' ' + n.failureSummary)}))),
                  failure => done([{id: 'axe-failed', help: String(failure), where: []}]));
                """);
        return violations.stream()
                .map(v -> v.get("id") + ": " + v.get("help") + " " + v.get("where"))
                .toList();
    }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
