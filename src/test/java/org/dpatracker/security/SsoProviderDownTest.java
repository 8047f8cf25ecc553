package org.dpatracker.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.dpatracker.support.H2Test;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * SSO-only mode while the provider cannot be reached: the app starts all the same, the "Sign in with" button leads
 * back to the login page, and the break-glass administrator signs in with their password.
 */
@H2Test
class SsoProviderDownTest {

    @DynamicPropertySource
    static void unreachableProvider(DynamicPropertyRegistry properties) throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String issuer = "http://127.0.0.1:" + closedPort;
        properties.add("dpa.sso.issuer-uri", () -> issuer);
        properties.add("dpa.sso.client-id", () -> "dpa-tracker");
        properties.add("dpa.sso.client-secret", () -> "secret");
        properties.add("dpa.sso.groups.dpo", () -> "privacy-team");
        properties.add("dpa.sso.only", () -> "true");
        properties.add("dpa.sso.break-glass-user", () -> "admin");
    }

    @LocalServerPort
    int port;

    final HttpClient client = HttpClient.newHttpClient();

    @Test
    void theSignInButtonLeadsBackToTheLoginPage() throws Exception {
        HttpResponse<String> start = client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/oauth2/authorization/sso"))
                        .header("Accept", "text/html")
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(start.statusCode()).isEqualTo(302);
        assertThat(start.headers().firstValue("Location")).get().asString().endsWith("/login?error");
    }

    @Test
    void theBreakGlassAdministratorStillSignsInWithAPasswordAndNobodyElse() throws Exception {
        assertThat(basicAuthStatus("admin", "admin-demo-2026")).isEqualTo(200);
        assertThat(basicAuthStatus("auditor", "auditor-demo-2026")).isEqualTo(401);
    }

    private int basicAuthStatus(String username, String password) throws Exception {
        String credentials =
                Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return client.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs"))
                                .header("Authorization", "Basic " + credentials)
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .statusCode();
    }
}
