package org.dpatracker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.dpatracker.security.Role;
import org.dpatracker.support.SignedIn;
import org.dpatracker.support.TestIdentityProvider;
import org.dpatracker.support.TestIdentityProvider.Person;
import org.dpatracker.user.UserAccount;
import org.dpatracker.user.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Single sign-on in a real headless Chromium against a real OpenID provider, in SSO-only mode: users sign in at
 * the provider and get the role of their group; passwords are refused except the break-glass administrator's.
 */
class SsoEndToEndIT extends BrowserTest {

    private static final String DPO_NAVIGATION =
            "Start, Upcoming deadlines, Processors, My agreements, Organisations, Records of processing, "
                    + "Where data goes, Breaches, Audits, Subprocessor changes, Annex PDFs, Published list, Measure catalogues, "
                    + "Change history";

    @DynamicPropertySource
    static void singleSignOnOnly(DynamicPropertyRegistry properties) {
        properties.add("dpa.sso.issuer-uri", () -> TestIdentityProvider.shared().issuer());
        properties.add("dpa.sso.client-id", () -> TestIdentityProvider.CLIENT_ID);
        properties.add("dpa.sso.client-secret", () -> TestIdentityProvider.CLIENT_SECRET);
        properties.add("dpa.sso.provider-name", () -> "Example Corp");
        properties.add("dpa.sso.groups.dpo", () -> "privacy-team");
        properties.add("dpa.sso.groups.manager", () -> "purchasing");
        properties.add("dpa.sso.create-users", () -> "false");
        properties.add("dpa.sso.only", () -> "true");
        properties.add("dpa.sso.break-glass-user", () -> "admin");
    }

    @Autowired
    UserService users;

    final TestIdentityProvider provider = TestIdentityProvider.shared();

    WebDriverWait wait;

    @BeforeEach
    void allowThisApp() {
        provider.allowApp("http://localhost:" + port);
        wait = new WebDriverWait(driver, Duration.ofSeconds(60));
    }

    @Test
    void aUserSignsInAtTheProviderWithTheRoleOfTheirGroupAndLogsOutThere() {
        UserAccount local = SignedIn.newUser(users, Role.MANAGER);
        Person person = provider.addPerson(local.email(), "Privacy Person", "privacy-team");

        page.openLogin();
        Chromium.screenshot(driver, "sso-login-page");
        signInAtProvider(person);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#main-nav vaadin-side-nav-item")));
        assertThat(page.navigation()).containsExactlyElementsOf(List.of(DPO_NAVIGATION.split(", ")));
        assertThat(page.bodyText()).contains(local.displayName());
        Chromium.screenshot(driver, "sso-start-dpo");

        page.chooseInUserMenu("Log out");
        page.waitForLoginPage();
        assertThat(driver.getCurrentUrl()).startsWith("http://localhost:" + port + "/login");
        // The provider's session ended too: the next sign-in asks for the password there again.
        driver.findElement(By.id("sso-login")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        assertThat(driver.getCurrentUrl()).startsWith(provider.issuer() + "/login");
    }

    @Test
    void someoneWithoutAnAccountHereIsRefusedWithTheReason() {
        Person stranger =
                provider.addPerson("stranger" + System.nanoTime() + "@corp.example", "Stranger", "privacy-team");

        page.openLogin();
        signInAtProvider(stranger);

        assertThat(page.loginError()).contains("there is no account here for you");
        Chromium.screenshot(driver, "sso-refused-no-account");
    }

    @Test
    void passwordsAreRefusedButTheBreakGlassAdministratorStillSignsInWithOne() throws Exception {
        page.openLogin();
        assertThat(page.bodyText()).contains("Sign in with Example Corp", "only the emergency administrator");
        page.submitLogin("dpo", "dpo-demo-2026");
        assertThat(page.loginError()).contains("Passwords are turned off");

        page.logInAs("admin", "admin-demo-2026");
        assertThat(page.navigation()).contains("Users");

        assertThat(basicAuthStatus("dpo", "dpo-demo-2026")).isEqualTo(401);
        assertThat(basicAuthStatus("admin", "admin-demo-2026")).isEqualTo(200);
    }

    @Test
    void theLoginPageOnALaptopAndAPhone() {
        Dimension before = driver.manage().window().getSize();
        try {
            driver.manage().window().setSize(new Dimension(1366, 768));
            page.openLogin();
            assertThat(driver.findElement(By.id("sso-login")).isDisplayed()).isTrue();
            Chromium.screenshot(driver, "sso-login-laptop");
            driver.manage().window().setSize(new Dimension(390, 844));
            page.openLogin();
            assertThat(driver.findElement(By.id("sso-login")).isDisplayed()).isTrue();
            Chromium.screenshot(driver, "sso-login-phone");
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    /** Follows the login page's button and fills in the provider's own login form. */
    private void signInAtProvider(Person person) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id("sso-login"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        assertThat(driver.getCurrentUrl()).startsWith(provider.issuer());
        driver.findElement(By.id("username")).sendKeys(person.username());
        driver.findElement(By.id("password")).sendKeys(person.password());
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(driver -> driver.getCurrentUrl().startsWith("http://localhost:" + port));
    }

    private int basicAuthStatus(String username, String password) throws Exception {
        String credentials =
                Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs"))
                                .header("Authorization", "Basic " + credentials)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 401) {
            assertThat(response.body()).contains("single sign-on");
        }
        return response.statusCode();
    }
}
