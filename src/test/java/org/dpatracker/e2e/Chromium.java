package org.dpatracker.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium from the operating system's packages, driven by its own chromedriver, so
 * that nothing is downloaded. Missing binaries fail the test instead of skipping it. The browser load
 * test starts its sessions here too.
 */
public final class Chromium {

    private static final String BROWSER = System.getProperty("chromium.binary", "/usr/bin/chromium");
    private static final String DRIVER = System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");

    private Chromium() {}

    public static ChromeDriver start() {
        if (!new File(BROWSER).canExecute() || !new File(DRIVER).canExecute()) {
            throw new IllegalStateException("End-to-end tests need Chromium at " + BROWSER + " and chromedriver at "
                    + DRIVER + " (Debian packages chromium and chromium-driver)");
        }
        Path profile;
        try {
            profile = Files.createTempDirectory("chromium-profile");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en"));
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--lang=en-US",
                "--window-size=1280,900",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        return driver;
    }

    /** Keeps a picture of the page under target/screenshots for a person to look at. */
    public static void screenshot(ChromeDriver driver, String name) {
        try {
            Path folder = Files.createDirectories(Path.of("target", "screenshots"));
            Files.write(folder.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * How many pixels the page is wider than the window, where a user would have to scroll sideways: the
     * document itself, the content landmark the views scroll in, and the view inside it.
     */
    public static int horizontalOverflow(ChromeDriver driver) {
        Object overflow = driver.executeScript("let worst = 0;"
                + " for (const e of [document.scrollingElement, ...document.querySelectorAll('main, main > *')])"
                + " { worst = Math.max(worst, e.scrollWidth - e.clientWidth); }"
                + " return worst;");
        return ((Number) overflow).intValue();
    }

    /** How many pixels a list's rows are wider than the list, where a user would have to scroll it sideways. */
    public static int gridOverflow(ChromeDriver driver, String gridId) {
        Object overflow = driver.executeScript(
                "const t = document.getElementById(arguments[0]).shadowRoot.querySelector('#table');"
                        + " return t.scrollWidth - t.clientWidth;",
                gridId);
        return ((Number) overflow).intValue();
    }
}
