package org.dpatracker.benchmark;

import java.time.Duration;
import org.dpatracker.e2e.Chromium;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** One person in a headless Chromium: logs in, opens the processor list and an agreement, downloads its annex. */
final class BrowserUser implements AutoCloseable {

    /** True once Flow has a client and none of its clients is busy with a request. */
    private static final String FLOW_IDLE = "const clients = window.Vaadin && window.Vaadin.Flow"
            + " && window.Vaadin.Flow.clients; return !!clients && Object.keys(clients).length > 0"
            + " && document.readyState === 'complete'"
            + " && Object.values(clients).every(c => !c.isActive || !c.isActive());";

    private final ChromeDriver driver = Chromium.start();
    private final String baseUrl;
    private final WebDriverWait wait;

    BrowserUser(int port) {
        this.baseUrl = "http://127.0.0.1:" + port + "/";
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(60));
    }

    /** Signs in through the login form and waits for the start page with its navigation. */
    void logIn(String username, String password) {
        driver.manage().deleteAllCookies();
        driver.get(baseUrl + "login");
        WebElement name =
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#vaadinLoginUsername input")));
        waitUntilIdle();
        name.sendKeys(username);
        WebElement secret = driver.findElement(By.cssSelector("#vaadinLoginPassword input"));
        secret.sendKeys(password);
        wait.until(driver ->
                username.equals(name.getDomProperty("value")) && password.equals(secret.getDomProperty("value")));
        secret.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#main-nav vaadin-side-nav-item")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id^='role-card-']")));
        waitUntilIdle();
    }

    /** Opens the processor list and waits until its grid knows how many rows there are. */
    void openList() {
        driver.get(baseUrl + "register");
        wait.until(driver -> {
            Object size = ((JavascriptExecutor) driver)
                    .executeScript("const grid = document.querySelector('vaadin-grid'); return grid && grid.size;");
            return size instanceof Number rows && rows.longValue() > 0;
        });
        waitUntilIdle();
    }

    /** Opens an agreement's page and waits for its heading. */
    void openAgreement(long id) {
        driver.get(baseUrl + "agreement/" + id);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".agreement-view h2")));
        waitUntilIdle();
    }

    /** Fetches the English annex through the page's download link with the browser's session; returns its size. */
    int downloadAnnex() {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("annex-download-en")));
        Object result = driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(document.getElementById('annex-download-en').href, {credentials: 'same-origin'})
                  .then(r => r.arrayBuffer())
                  .then(buffer => {
                    const head = new TextDecoder().decode(new Uint8Array(buffer, 0, Math.min(5, buffer.byteLength)));
                    done(head === '%PDF-' ? buffer.byteLength : 'not a PDF: ' + head);
                  })
                  .catch(e => done('ERROR ' + e));
                """);
        if (result instanceof Number bytes) {
            return bytes.intValue();
        }
        throw new IllegalStateException("annex download failed: " + result);
    }

    /** Signs out through the user menu, so that the server can let the session go. */
    void logOut() {
        driver.findElement(By.cssSelector("#user-menu vaadin-menu-bar-button")).click();
        By item = By.xpath("//vaadin-menu-bar-item[normalize-space(.)='Log out']");
        wait.until(ExpectedConditions.elementToBeClickable(item)).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#vaadinLoginUsername input")));
    }

    /** Keeps a picture of the page and its address for the error report. */
    String screenshot(String name) {
        Chromium.screenshot(driver, name);
        return driver.getCurrentUrl();
    }

    private void waitUntilIdle() {
        wait.until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(FLOW_IDLE)));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
