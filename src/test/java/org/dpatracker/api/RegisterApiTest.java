package org.dpatracker.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.dpatracker.support.H2Test;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The REST API over real HTTP, with HTTP Basic and the demo users. */
@H2Test
class RegisterApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient client = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void aManagerListsTheAgreementsWithTheirFlags() throws Exception {
        HttpResponse<String> response = get("/api/v1/agreements?q=bitly", "manager", "manager-demo-2026");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode page = JSON.readTree(response.body());
        // Other tests may have imported copies of the demo register: every match is Bitly, the demo one flagged.
        List<JsonNode> items = new java.util.ArrayList<>();
        page.get("items").forEach(items::add);
        assertThat(page.get("total").asInt()).isEqualTo(items.size()).isPositive();
        assertThat(items)
                .allSatisfy(
                        item -> assertThat(item.get("processorName").asString()).isEqualTo("Bitly, Inc."));
        assertThat(items).anySatisfy(bitly -> {
            assertThat(bitly.get("redFlags").toString()).contains("INVALIDATED_FRAMEWORK");
            assertThat(bitly.get("countries").toString()).contains("US");
        });
    }

    @Test
    void oneAgreementCarriesSubprocessorsLocationsAndExplainedFlags() throws Exception {
        long id = JSON.readTree(get("/api/v1/agreements?q=empolis", "auditor", "auditor-demo-2026")
                        .body())
                .get("items")
                .get(0)
                .get("id")
                .asLong();
        JsonNode empolis = JSON.readTree(get("/api/v1/agreements/" + id + "?lang=de", "auditor", "auditor-demo-2026")
                .body());
        assertThat(empolis.get("processor").get("name").asString()).isEqualTo("Empolis Information Management GmbH");
        List<String> explanations = new java.util.ArrayList<>();
        empolis.get("redFlags")
                .forEach(flag -> explanations.add(flag.get("explanation").asString()));
        assertThat(explanations)
                .anySatisfy(explanation -> assertThat(explanation)
                        .contains("darf die Daten für eigene Zwecke nutzen", "Art. 28 Abs. 10 DSGVO"));

        long ubimax = JSON.readTree(get("/api/v1/agreements?q=ubimax", "auditor", "auditor-demo-2026")
                        .body())
                .get("items")
                .get(0)
                .get("id")
                .asLong();
        JsonNode detail = JSON.readTree(get("/api/v1/agreements/" + ubimax, "auditor", "auditor-demo-2026")
                .body());
        assertThat(detail.get("subprocessors")
                        .get(0)
                        .get("organisation")
                        .get("name")
                        .asString())
                .isEqualTo("Microsoft Azure");
        assertThat(detail.get("subprocessors")
                        .get(0)
                        .get("subprocessor")
                        .get("locations")
                        .get(0)
                        .get("country")
                        .asString())
                .isEqualTo("EU");
    }

    @Test
    void subprocessorsAreListedWithCountriesAndBases() throws Exception {
        HttpResponse<String> response = get("/api/v1/subprocessors?outsideEea=true", "manager", "manager-demo-2026");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("Hootsuite", "\"CA\"", "PRIVACY_SHIELD")
                .doesNotContain("Axilaris");
    }

    @Test
    void subprocessorsComePageByPageWithTheTotalInAHeader() throws Exception {
        List<String> all = names(get("/api/v1/subprocessors", "manager", "manager-demo-2026"));
        HttpResponse<String> first = get("/api/v1/subprocessors?limit=2", "manager", "manager-demo-2026");
        HttpResponse<String> second = get("/api/v1/subprocessors?offset=2&limit=2", "manager", "manager-demo-2026");

        assertThat(first.headers().firstValue("X-Total-Count")).hasValue(String.valueOf(all.size()));
        assertThat(names(first)).containsExactlyElementsOf(all.subList(0, 2));
        assertThat(names(second)).containsExactlyElementsOf(all.subList(2, 4));
    }

    private static List<String> names(HttpResponse<String> response) {
        List<String> names = new java.util.ArrayList<>();
        JSON.readTree(response.body())
                .forEach(recipient -> names.add(recipient.get("name").asString()));
        return names;
    }

    @Test
    void withoutCredentialsTheApiAnswers401AndAWrongPasswordToo() throws Exception {
        assertThat(get("/api/v1/agreements", null, null).statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/agreements", "manager", "wrong-password").statusCode())
                .isEqualTo(401);
    }

    @Test
    void anAdministratorWithoutRegisterAccessIsRefused() throws Exception {
        assertThat(get("/api/v1/agreements", "admin", "admin-demo-2026").statusCode())
                .isEqualTo(403);
    }

    @Test
    void theOpenApiDescriptionListsTheEndpoints() throws Exception {
        HttpResponse<String> response = get("/v3/api-docs", "auditor", "auditor-demo-2026");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains(
                        "\"/api/v1/agreements\"",
                        "\"/api/v1/agreements/{id}\"",
                        "\"/api/v1/organisations\"",
                        "\"/api/v1/subprocessors\"",
                        "\"/api/v1/agreements/{agreementId}/audits/{id}\"",
                        "\"/api/v1/records/{id}/approve\"",
                        "\"/api/v1/history/verification\"",
                        "\"patch\"",
                        "\"put\"",
                        "\"delete\"");
        assertThat(get("/v3/api-docs", null, null).statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> get(String path, String user, String password)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (user != null) {
            request.header("Authorization", basic(user, password));
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
