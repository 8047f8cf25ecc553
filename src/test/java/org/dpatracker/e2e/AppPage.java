package org.dpatracker.e2e;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What a user does in the running app, in words of the page rather than of Selenium. */
final class AppPage {

    /** Text of an element including its shadow roots, where Vaadin components render their parts. */
    private static final String DEEP_TEXT = "function deepText(node) {"
            + " if (node.nodeType === Node.TEXT_NODE) return node.textContent;"
            + " let text = '';"
            + " if (node.shadowRoot) text += deepText(node.shadowRoot);"
            + " for (const child of node.childNodes) text += deepText(child);"
            + " return text; }";

    private final ChromeDriver driver;
    private final String baseUrl;
    private final WebDriverWait wait;

    AppPage(ChromeDriver driver, int port) {
        this.driver = driver;
        this.baseUrl = "http://localhost:" + port + "/";
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(60));
    }

    void openLogin() {
        driver.manage().deleteAllCookies();
        driver.get(baseUrl + "login");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#vaadinLoginUsername input")));
    }

    void submitLogin(String username, String password) {
        // Select and delete rather than clear(): the browser may have restored the previous entries.
        WebElement name = driver.findElement(By.cssSelector("#vaadinLoginUsername input"));
        name.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        name.sendKeys(username);
        WebElement secret = driver.findElement(By.cssSelector("#vaadinLoginPassword input"));
        secret.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        secret.sendKeys(password);
        wait.until(driver ->
                username.equals(name.getDomProperty("value")) && password.equals(secret.getDomProperty("value")));
        secret.sendKeys(Keys.ENTER);
    }

    /**
     * Logs in and waits for the app. Up to three tries: in development mode the first page of a fresh
     * JVM may reload itself once the frontend is ready, dropping entries typed just before (the form
     * then shows neither the app nor an error), and a form re-rendered while submitting refuses them.
     * A real refusal fails every try and is reported with the page's text.
     */
    void logInAs(String username, String password) {
        for (int attempt = 1; attempt <= 3; attempt++) {
            openLogin();
            submitLogin(username, password);
            if (loginOutcome() == LoginOutcome.APP) {
                return;
            }
            Chromium.screenshot(driver, "login-retried-" + username + "-" + attempt);
        }
        Chromium.screenshot(driver, "failed-login-" + username);
        throw new AssertionError("Login as " + username + " did not reach the app; the page at "
                + driver.getCurrentUrl() + " shows: " + bodyText().replaceAll("\\s+", " "));
    }

    private enum LoginOutcome {
        APP,
        REFUSED,
        NEITHER
    }

    /** Waits up to 30 seconds until the app opens or the login form shows its error. */
    private LoginOutcome loginOutcome() {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(30)).until(driver -> {
                if (!driver.findElements(By.cssSelector("#main-nav vaadin-side-nav-item"))
                        .isEmpty()) {
                    return LoginOutcome.APP;
                }
                Object error = ((ChromeDriver) driver)
                        .executeScript(
                                "const form = document.querySelector('vaadin-login-form'); return form != null && "
                                        + "form.error === true;");
                return Boolean.TRUE.equals(error) ? LoginOutcome.REFUSED : null;
            });
        } catch (TimeoutException neither) {
            return LoginOutcome.NEITHER;
        }
    }

    void open(String route) {
        driver.get(baseUrl + route);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#main-nav vaadin-side-nav-item")));
    }

    void click(String buttonText) {
        By button = By.xpath("//vaadin-button[normalize-space(.)='" + buttonText + "']");
        wait.until(ExpectedConditions.presenceOfElementLocated(button));
        // Overlays re-render their buttons while they open; click the shown one once it holds still.
        wait.ignoring(StaleElementReferenceException.class).until(driver -> {
            for (WebElement candidate : driver.findElements(button)) {
                if (candidate.isDisplayed() && candidate.isEnabled()) {
                    ((ChromeDriver) driver)
                            .executeScript(
                                    "arguments[0].scrollIntoView({block: 'center', inline: 'center'});", candidate);
                    candidate.click();
                    return true;
                }
            }
            return false;
        });
    }

    String textOf(String id) {
        return wait.until(driver -> {
            String text = driver.findElement(By.id(id)).getText();
            return text.isBlank() ? null : text;
        });
    }

    void search(String text) {
        WebElement field = wait.until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-text-field.search-field input")));
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        field.sendKeys(text);
    }

    void waitForGridSize(String gridId, int rows) {
        wait.until(driver -> Long.valueOf(rows)
                .equals(((ChromeDriver) driver)
                        .executeScript("return document.getElementById(arguments[0]).size", gridId)));
    }

    /** Follows the visible link with this text. */
    void clickLink(String text) {
        wait.ignoring(StaleElementReferenceException.class).until(driver -> {
            for (WebElement link : driver.findElements(By.xpath("//a[normalize-space(.)='" + text + "']"))) {
                if (link.isDisplayed()) {
                    link.click();
                    return true;
                }
            }
            return false;
        });
    }

    void clickId(String id) {
        WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'center'});", element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    void type(String id, String text) {
        WebElement field = wait.until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + id + " input, #" + id + " textarea")));
        field.sendKeys(text);
    }

    /** Picks an item of a combo box by typing its label and confirming. */
    void choose(String comboId, String label) {
        pick(By.cssSelector("#" + comboId + " input"), label);
    }

    void chooseInClass(String comboClass, String label) {
        pick(By.cssSelector("vaadin-combo-box." + comboClass + " input"), label);
    }

    private void pick(By input, String label) {
        WebElement field = wait.until(ExpectedConditions.presenceOfElementLocated(input));
        field.click();
        field.sendKeys(label);
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-combo-box-item[normalize-space(.)='" + label + "']")));
        field.sendKeys(Keys.ENTER);
        wait.until(driver -> label.equals(field.getDomProperty("value")));
    }

    String bodyText() {
        return (String) driver.executeScript(DEEP_TEXT + "return deepText(document.body);");
    }

    void waitForText(String text) {
        wait.until(driver -> ((ChromeDriver) driver)
                .executeScript(DEEP_TEXT + "return deepText(document.body);")
                .toString()
                .contains(text));
    }

    /** The navigation's labels, without the counters some items carry. */
    @SuppressWarnings("unchecked")
    List<String> navigation() {
        return (List<String>)
                driver.executeScript("return Array.from(document.querySelectorAll('#main-nav vaadin-side-nav-item'))"
                        + ".map(item => Array.from(item.childNodes).filter(n => n.nodeType === Node.TEXT_NODE)"
                        + ".map(n => n.textContent).join('').trim());");
    }

    /** Types a date and a time (24-hour) into a date-time picker, in the browser's (US English) format. */
    void typeDateTime(String id, java.time.LocalDateTime at) {
        WebElement date = wait.until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + id + " [slot='date-picker'] input")));
        date.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        date.sendKeys(at.getMonthValue() + "/" + at.getDayOfMonth() + "/" + at.getYear(), Keys.ENTER);
        WebElement time = driver.findElement(By.cssSelector("#" + id + " [slot='time-picker'] input"));
        time.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        time.sendKeys(String.format("%02d:%02d", at.getHour(), at.getMinute()), Keys.ENTER);
    }

    /** Types a date into a date picker in ISO 8601, which every language of the app accepts. */
    void typeDate(String id, java.time.LocalDate date) {
        typeDate(id, date.toString());
    }

    /** Types {@code text} into a date picker as a user would, and confirms it with Enter. */
    void typeDate(String id, String text) {
        WebElement field = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + id + " input")));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", field);
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        field.sendKeys(text, Keys.ENTER);
    }

    /** What a field's input shows now. */
    String inputValue(String id) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + id + " input")))
                .getDomProperty("value");
    }

    void chooseInUserMenu(String... path) {
        driver.findElement(By.cssSelector("#user-menu vaadin-menu-bar-button")).click();
        for (String label : path) {
            By item = By.xpath("//vaadin-menu-bar-item[normalize-space(.)='" + label + "']");
            // Menus re-render while they open; click once the item holds still.
            wait.ignoring(StaleElementReferenceException.class).until(driver -> {
                driver.findElement(item).click();
                return true;
            });
        }
    }

    void waitForNavigation(String label) {
        wait.until(driver -> navigation().contains(label));
    }

    void waitForLoginPage() {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#vaadinLoginUsername input")));
    }

    /** The error the login form shows, read from the rendered page. */
    String loginError() {
        wait.until(driver -> Boolean.TRUE.equals(((ChromeDriver) driver)
                .executeScript("const form = document.querySelector('vaadin-login-form'); return form != "
                        + "null && form.error")));
        return (String)
                driver.executeScript(DEEP_TEXT + "return deepText(document.querySelector('vaadin-login-form'));");
    }

    /** Ticks the checkbox with this label in a checkbox group, as a user clicks it. */
    void tick(String groupId, String label) {
        WebElement box = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//*[@id='" + groupId + "']//vaadin-checkbox[normalize-space(.)='" + label + "']")));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", box);
        box.findElement(By.cssSelector("input")).click();
        wait.until(driver -> box.getDomAttribute("checked") != null);
    }

    /** Picks the radio button with this label in a radio group, as a user clicks it. */
    void pickRadio(String groupId, String label) {
        WebElement radio = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//*[@id='" + groupId + "']//vaadin-radio-button[normalize-space(.)='" + label + "']")));
        radio.findElement(By.cssSelector("input")).click();
        wait.until(driver -> radio.getDomAttribute("checked") != null);
    }

    /**
     * Every vaadin-* element in the page whose web component the browser does not know;
     * {@code vaadin-grid-cell-content} and {@code vaadin-dialog-content}, plain elements that hold a
     * grid cell's or a dialog's content, are none.
     */
    @SuppressWarnings("unchecked")
    List<String> undefinedVaadinElements() {
        return (List<String>) driver.executeScript("return [...new Set([...document.querySelectorAll('*')]"
                + ".map(e => e.localName).filter(t => t.startsWith('vaadin-') && !['vaadin-grid-cell-content', "
                + "'vaadin-dialog-content'].includes(t)"
                + " && !customElements.get(t)))].sort();");
    }

    /** Those of the given web-component tags that the browser does not know on the current page. */
    @SuppressWarnings("unchecked")
    List<String> undefinedOf(java.util.Collection<String> tags) {
        return (List<String>) driver.executeScript(
                "return arguments[0].filter(t => !customElements.get(t)).sort();", List.copyOf(tags));
    }

    /** Whether the page was served by Vaadin's development tooling. */
    boolean showsDevelopmentTools() {
        return Boolean.TRUE.equals(driver.executeScript("return document.querySelector('vaadin-dev-tools') !== null;"));
    }

    /** Chooses a file in the upload component with this id, wherever the component keeps its input. */
    void chooseFile(String uploadId, java.nio.file.Path file) {
        WebElement input = (WebElement) wait.until(d -> driver.executeScript("""
                const upload = document.getElementById(arguments[0]);
                if (!upload) return null;
                return upload.querySelector('input[type=file]')
                    || (upload.shadowRoot && upload.shadowRoot.querySelector('input[type=file]'));
                """, uploadId));
        input.sendKeys(file.toAbsolutePath().toString());
    }

    /** Fetches the link with this id with the browser's own session, as a click would, and returns the bytes. */
    byte[] download(String anchorId) {
        Object base64 = driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(document.getElementById(arguments[0]).href, {credentials: 'same-origin'})
                  .then(r => r.ok ? r.arrayBuffer() : Promise.reject('HTTP ' + r.status))
                  .then(buffer => {
                    let binary = '';
                    new Uint8Array(buffer).forEach(b => binary += String.fromCharCode(b));
                    done(btoa(binary));
                  })
                  .catch(e => done('ERROR ' + e));
                """, anchorId);
        if (base64.toString().startsWith("ERROR")) {
            throw new AssertionError("Download " + anchorId + " failed: " + base64);
        }
        return java.util.Base64.getDecoder().decode(base64.toString());
    }
}
