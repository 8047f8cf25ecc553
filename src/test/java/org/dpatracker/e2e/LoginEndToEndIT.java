package org.dpatracker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.List;
import org.dpatracker.security.Role;
import org.dpatracker.security.SystemAccess;
import org.dpatracker.user.UserDraft;
import org.dpatracker.user.UserService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo users log in through a real headless Chromium. */
class LoginEndToEndIT extends BrowserTest {

    @Autowired
    UserService users;

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            admin   | admin-demo-2026   | Start, Users, API tokens, Measure catalogues, Adequacy decisions, Webhooks, \
            Mail and reminders, Backup, Change history
            dpo     | dpo-demo-2026     | Start, Upcoming deadlines, Processors, My agreements, Organisations, Records of processing, Where data \
            goes, Breaches, Audits, Subprocessor changes, Annex PDFs, Published list, Measure catalogues, Change history
            auditor | auditor-demo-2026 | Start, Upcoming deadlines, Processors, Organisations, Records of processing, Where data \
            goes, Breaches, Audits, Subprocessor changes, Annex PDFs, Measure catalogues, Change history
            manager | manager-demo-2026 | Start, Upcoming deadlines, Processors, Organisations, Records of processing, Where data \
            goes, Breaches, Audits, Subprocessor changes, Measure catalogues
            """)
    void eachDemoUserSeesTheNavigationOfTheirRole(String username, String password, String navigation) {
        page.logInAs(username, password);
        assertThat(page.navigation()).containsExactlyElementsOf(List.of(navigation.split(", ")));
        Chromium.screenshot(driver, "start-" + username);
        page.chooseInUserMenu("Log out");
        page.waitForLoginPage();
    }

    @Test
    void theAdministratorSwitchesToGermanAndTheChoiceIsKept() {
        String username = createUser("sprachwahl", Role.ADMIN);
        page.logInAs(username, "sprachwahl-passwort");
        page.chooseInUserMenu("Language", "Deutsch");
        page.waitForNavigation("Benutzer");
        assertThat(page.navigation())
                .containsExactly(
                        "Start",
                        "Benutzer",
                        "API-Tokens",
                        "Maßnahmenkataloge",
                        "Angemessenheitsbeschlüsse",
                        "Webhooks",
                        "Mail und Erinnerungen",
                        "Datensicherung",
                        "Änderungsprotokoll");
        Chromium.screenshot(driver, "start-admin-german");

        page.chooseInUserMenu("Abmelden");
        page.waitForLoginPage();
        page.logInAs(username, "sprachwahl-passwort");
        assertThat(page.navigation())
                .containsExactly(
                        "Start",
                        "Benutzer",
                        "API-Tokens",
                        "Maßnahmenkataloge",
                        "Angemessenheitsbeschlüsse",
                        "Webhooks",
                        "Mail und Erinnerungen",
                        "Datensicherung",
                        "Änderungsprotokoll");
        page.chooseInUserMenu("Sprache", "English");
        page.waitForNavigation("Users");
    }

    @Test
    void theAuditorVerifiesTheChangeHistory() {
        page.logInAs("auditor", "auditor-demo-2026");
        page.open("history");
        page.click("Verify chain");
        assertThat(page.textOf("history-verification")).startsWith("Chain intact:");
        Chromium.screenshot(driver, "history-auditor");
    }

    @Test
    void theAdministratorSeesTheUsers() {
        page.logInAs("admin", "admin-demo-2026");
        page.open("users");
        page.waitForText("manager@demo.example");
        Chromium.screenshot(driver, "users-admin");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightOne() {
        String username = createUser("lockout", Role.MANAGER);
        page.openLogin();
        for (int attempt = 0; attempt < 5; attempt++) {
            page.submitLogin(username, "wrong-password-" + attempt);
            assertThat(page.loginError()).contains("Check your user name and password");
        }
        page.submitLogin(username, "lockout-passwort");
        assertThat(page.loginError()).contains("Too many failed attempts");
        Chromium.screenshot(driver, "login-locked");
    }

    @Test
    void responsesCarrySecurityHeadersAndHealthNeedsNoLogin() throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> login = client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().firstValue("Content-Security-Policy"))
                .get()
                .asString()
                .contains("default-src 'self'", "frame-ancestors 'none'");
        assertThat(login.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(login.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(login.headers().firstValue("Referrer-Policy")).contains("same-origin");

        HttpResponse<String> health = client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("components", "diskSpace");
    }

    private String createUser(String prefix, Role role) {
        String username = prefix + System.nanoTime() % 100000;
        SystemAccess.run(() -> users.create(new UserDraft(
                null, null, username, "E2E " + prefix, "", prefix + "-passwort", true, EnumSet.of(role))));
        return username;
    }
}
