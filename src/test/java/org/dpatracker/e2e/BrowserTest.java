package org.dpatracker.e2e;

import org.dpatracker.support.H2Test;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The running application and one headless Chromium per test class. */
@H2Test
abstract class BrowserTest {

    static ChromeDriver driver;

    @LocalServerPort
    int port;

    AppPage page;

    @BeforeAll
    static void startBrowser() {
        driver = Chromium.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @BeforeEach
    void openApp() {
        page = new AppPage(driver, port);
    }
}
