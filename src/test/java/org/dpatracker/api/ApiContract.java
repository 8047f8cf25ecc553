package org.dpatracker.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dpatracker.api.ApiRoleMatrix.Call;
import org.dpatracker.apitoken.ApiScope;
import org.dpatracker.apitoken.ApiTokenService;
import org.dpatracker.security.Permission;
import org.dpatracker.security.Role;
import org.dpatracker.support.ApiClient;
import org.dpatracker.support.ApiClient.Response;
import org.dpatracker.support.ApiFixtures;
import org.dpatracker.support.FailingView;
import org.dpatracker.user.UserService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.JsonNode;

/**
 * What a script with a token can do, on a real database over real HTTP: every endpoint answers every role
 * (and a token of a narrower scope) as the permission matrix says; changes need the version they change;
 * refusals are problem details naming the field; a repeated POST with the same key creates once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ApiContract {

    private static final Set<ApiScope> ALL_SCOPES = EnumSet.allOf(ApiScope.class);

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    @Autowired
    UserDetailsService directory;

    @Autowired
    ApiTokenService tokens;

    private ApiClient dpo;
    private ApiFixtures.Fixture fixture;
    /** An agreement of this test's own, a copy of Ubimax's. */
    private long ubimax;

    @BeforeAll
    void signIn() {
        dpo = client(Role.DPO, ALL_SCOPES);
        fixture = ApiFixtures.agreementLikeUbimax(dpo);
        ubimax = fixture.agreement();
    }

    @Test
    void everyEndpointAnswersEachRoleAndScopeAsTheMatrixSays() {
        List<String> wrong = new ArrayList<>();
        int calls = 0;
        for (Role role : Role.values()) {
            calls = check(client(role, ALL_SCOPES), ApiScope.granted(ALL_SCOPES, role.permissions()), wrong);
        }
        Set<ApiScope> readOnly = Set.of(ApiScope.READ);
        check(client(Role.DPO, readOnly), ApiScope.granted(readOnly, Role.DPO.permissions()), wrong);
        Set<ApiScope> export = Set.of(ApiScope.EXPORT);
        check(client(Role.AUDITOR, export), ApiScope.granted(export, Role.AUDITOR.permissions()), wrong);
        assertThat(wrong).isEmpty();
        assertThat(calls).isGreaterThan(40);
    }

    /** The calls for one caller; a DPO of its own prepares them (each user has a rate limit of its own). */
    private int check(ApiClient caller, Set<Permission> granted, List<String> wrong) {
        List<Call> calls = new ApiRoleMatrix(client(Role.DPO, ALL_SCOPES), ubimax, fixture.processorName()).calls();
        check(calls, caller, granted, wrong);
        return calls.size();
    }

    private static void check(List<Call> calls, ApiClient caller, Set<Permission> granted, List<String> wrong) {
        for (Call call : calls) {
            Response response = call.run().apply(caller);
            boolean allowed = granted.contains(call.needs());
            boolean asExpected = allowed
                    ? response.status() >= 200 && response.status() < 300
                    : response.status() == 403 && response.body().contains("\"status\":403");
            if (!asExpected) {
                wrong.add(caller + " " + call.name() + " (needs " + call.needs() + "): " + response);
            }
        }
    }

    @Test
    void aChangeNeedsTheVersionItChangesAndAStaleOneChangesNothing() {
        Response created = dpo.post("/api/v1/organisations", ApiRoleMatrix.organisation());
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.etag()).isEqualTo("\"0\"");
        String address = created.location();

        Response withoutVersion = dpo.patch(address, Map.of("city", "Berlin"), null);
        assertThat(withoutVersion.status()).isEqualTo(428);
        assertThat(withoutVersion.json().get("detail").asString()).contains("If-Match");

        Response changed = dpo.patch(address, Map.of("city", "Berlin"), created.etag());
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.etag()).isEqualTo("\"1\"");

        Response stale = dpo.put(address, created.json(), created.etag());
        assertThat(stale.status()).isEqualTo(412);
        assertThat(dpo.get(address).json().get("city").asString()).isEqualTo("Berlin");

        JsonNode replaced = dpo.put(address, created.json(), changed.etag()).json();
        assertThat(replaced.get("city").isNull()).isTrue();
        assertThat(replaced.get("version").asInt()).isEqualTo(2);
    }

    @Test
    void aMergePatchChangesOnlyTheFieldsItNamesAndNullClearsOne() {
        String address =
                dpo.post("/api/v1/organisations", ApiRoleMatrix.organisation()).location();
        Response first = dpo.get(address);
        Response withContact =
                dpo.patch(address, Map.of("contact", Map.of("name", "Ada Lovelace"), "city", "Hamburg"), first.etag());
        Map<String, Object> clearCity = new java.util.HashMap<>();
        clearCity.put("city", null);
        clearCity.put("contact", Map.of("email", "ada@example.org"));
        JsonNode patched = dpo.patch(address, clearCity, withContact.etag()).json();
        assertThat(patched.get("city").isNull()).isTrue();
        assertThat(patched.get("contact").get("name").asString()).isEqualTo("Ada Lovelace");
        assertThat(patched.get("contact").get("email").asString()).isEqualTo("ada@example.org");
        assertThat(patched.get("name").asString())
                .isEqualTo(first.json().get("name").asString());
    }

    @Test
    void refusedInputIsAProblemNamingTheFieldAndCreatesNothing() {
        int before = organisationCount();
        Response blank = dpo.post("/api/v1/organisations", Map.of("name", " ", "country", "DE"));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json().get("problems").get(0).get("field").asString()).isEqualTo("name");

        Response misspelt = dpo.post("/api/v1/organisations", Map.of("name", "Typo GmbH", "countyr", "DE"));
        assertThat(misspelt.status()).isEqualTo(400);
        assertThat(misspelt.json().get("problems").get(0).get("field").asString())
                .isEqualTo("countyr");

        Response wrongType = dpo.post("/api/v1/organisations", Map.of("name", "Type GmbH", "ownCompany", "maybe"));
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.json().get("problems").get(0).get("field").asString())
                .isEqualTo("ownCompany");

        Response unknownMethod = dpo.delete("/api/v1/organisations/" + ubimax, "\"0\"");
        assertThat(unknownMethod.status()).isEqualTo(405);
        assertThat(unknownMethod.json().get("status").asInt()).isEqualTo(405);

        Response missing = dpo.get("/api/v1/breaches/987654321");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("detail").asString()).contains("987654321");
        assertThat(organisationCount()).isEqualTo(before);
    }

    @Test
    void anUnexpectedFailureIsAProblemWithAReferenceAndNoInternals() {
        Response failed = dpo.get("/api/v1/test-failure");
        assertThat(failed.status()).isEqualTo(500);
        assertThat(failed.json().get("reference").asString()).matches("ERR-[A-Z0-9]{4}-[A-Z0-9]{4}");
        assertThat(failed.body()).doesNotContain(FailingView.SECRET, "Exception", "at org.");
    }

    @Test
    void aBodyOverTheLimitIsRefusedBeforeItIsReadAndCreatesNothing() {
        int before = organisationCount();
        String huge = "{\"name\":\"" + "x".repeat(10 * 1024 * 1024) + "\",\"country\":\"DE\"}";
        Response refused = dpo.post("/api/v1/organisations", huge, "Idempotency-Key", "huge");
        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.json().get("detail").asString()).contains("dpa.api.max-request-size");
        assertThat(organisationCount()).isEqualTo(before);
    }

    @Test
    void aScriptCallingTooOftenIsToldWhenToTryAgainWhileOthersGoOn() {
        ApiClient busy = client(Role.AUDITOR, ALL_SCOPES);
        Response last = null;
        for (int call = 0; call <= 600 && (last == null || last.status() != 429); call++) {
            last = busy.get("/api/v1/organisations/987654321");
        }
        assertThat(last.status()).isEqualTo(429);
        assertThat(last.retryAfter()).isBetween(1L, 60L);
        assertThat(dpo.get("/api/v1/organisations?limit=1").status()).isEqualTo(200);
    }

    @Test
    void aRepeatedPostWithTheSameKeyCreatesOnceAndAnotherRequestWithItIsRefused() {
        int before = organisationCount();
        Map<String, Object> body = ApiRoleMatrix.organisation();
        Response first = dpo.post("/api/v1/organisations", body, "Idempotency-Key", "create-" + body.get("name"));
        Response repeat = dpo.post("/api/v1/organisations", body, "Idempotency-Key", "create-" + body.get("name"));
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.replayed()).isFalse();
        assertThat(repeat.status()).isEqualTo(201);
        assertThat(repeat.replayed()).isTrue();
        assertThat(repeat.id()).isEqualTo(first.id());
        assertThat(repeat.location()).isEqualTo(first.location());
        assertThat(organisationCount()).isEqualTo(before + 1);

        Response otherBody = dpo.post(
                "/api/v1/organisations", ApiRoleMatrix.organisation(), "Idempotency-Key", "create-" + body.get("name"));
        assertThat(otherBody.status()).isEqualTo(422);
        assertThat(organisationCount()).isEqualTo(before + 1);

        // Keys belong to their user: another script's key of the same name runs.
        ApiClient otherDpo = client(Role.DPO, ALL_SCOPES);
        Response other = otherDpo.post(
                "/api/v1/organisations", ApiRoleMatrix.organisation(), "Idempotency-Key", "create-" + body.get("name"));
        assertThat(other.status()).isEqualTo(201);
        assertThat(other.replayed()).isFalse();
    }

    @Test
    void aRefusedPostIsRememberedToo() {
        Response refused =
                dpo.post("/api/v1/organisations", Map.of("name", "", "country", "DE"), "Idempotency-Key", "k");
        Response again = dpo.post("/api/v1/organisations", Map.of("name", "", "country", "DE"), "Idempotency-Key", "k");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.replayed()).isTrue();
        assertThat(again.body()).isEqualTo(refused.body());
    }

    @Test
    void pagesAreBoundedAndFollowOneAnother() {
        assertThat(dpo.get("/api/v1/agreements?limit=0").status()).isEqualTo(400);
        assertThat(dpo.get("/api/v1/agreements?limit=1001").status()).isEqualTo(400);
        Response negative = dpo.get("/api/v1/organisations?offset=-1");
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.json().get("detail").asString()).contains("offset");

        JsonNode firstTwo = dpo.get("/api/v1/organisations?limit=2").json();
        JsonNode second = dpo.get("/api/v1/organisations?offset=1&limit=1").json();
        assertThat(firstTwo.get("items")).hasSize(2);
        assertThat(second.get("items").get(0).get("id"))
                .isEqualTo(firstTwo.get("items").get(1).get("id"));
        assertThat(second.get("total").asInt())
                .isEqualTo(firstTwo.get("total").asInt())
                .isGreaterThan(2);
        JsonNode beyond = dpo.get("/api/v1/records?offset=100000&limit=10").json();
        assertThat(beyond.get("items")).isEmpty();
        assertThat(beyond.get("total").asInt()).isPositive();
    }

    @Test
    void aSubprocessorRemovedThroughTheApiLeavesTheListFromThatDayOn() {
        String list = "/api/v1/agreements/" + ubimax + "/subprocessors";
        long organisation =
                dpo.post("/api/v1/organisations", ApiRoleMatrix.organisation()).id();
        Response added = dpo.post(
                list,
                Map.of(
                        "organisationId", organisation,
                        "service", "Mail delivery",
                        "addedOn", "2026-01-01",
                        "approval", "AUTHORISED",
                        "locations", List.of(Map.of("country", "IE"))));
        assertThat(added.status()).isEqualTo(201);
        assertThat(dpo.delete(added.location() + "?on=2026-06-01", null).status())
                .isEqualTo(428);
        assertThat(dpo.delete(added.location() + "?on=2026-06-01", added.etag()).status())
                .isEqualTo(204);
        assertThat(ids(dpo.get(list + "?on=2026-05-31").json())).contains(added.id());
        assertThat(ids(dpo.get(list + "?on=2026-06-01").json())).doesNotContain(added.id());
        JsonNode history = dpo.get("/api/v1/history?entity=subprocessor&entityId=" + added.id())
                .json();
        assertThat(history.get("total").asInt()).isEqualTo(2);
    }

    @Test
    void theApiDescriptionHasAnExampleForEveryWriteAndTheExamplesWork() {
        JsonNode paths = dpo.get("/v3/api-docs").json().get("paths");
        List<String> withoutExample = new ArrayList<>();
        Map<String, JsonNode> postExamples = new java.util.LinkedHashMap<>();
        for (var path : paths.properties()) {
            for (var operation : path.getValue().properties()) {
                JsonNode content = operation.getValue().path("requestBody").path("content");
                if (content.isMissingNode()) {
                    continue;
                }
                JsonNode example =
                        content.properties().iterator().next().getValue().get("example");
                if (example == null) {
                    withoutExample.add(operation.getKey() + " " + path.getKey());
                } else if (operation.getKey().equals("post")) {
                    postExamples.put(path.getKey(), example);
                }
            }
        }
        assertThat(withoutExample).isEmpty();
        assertThat(postExamples).hasSizeGreaterThan(10);

        // On the demo data, each example that needs no other id than an agreement's creates what it shows.
        long agreement = dpo.post("/api/v1/agreements", postExamples.get("/api/v1/agreements"))
                .id();
        List<String> refused = new ArrayList<>();
        postExamples.forEach((path, example) -> {
            String address = path.replace("{agreementId}", String.valueOf(agreement));
            if (!address.contains("{")) {
                Response response = dpo.post(address, example);
                if (response.status() != 201) {
                    refused.add(path + ": " + response);
                }
            }
        });
        assertThat(refused).isEmpty();
    }

    @Test
    void anExportedRegisterImportsBackAndABrokenFileIsRefusedWithItsLine() {
        String file = dpo.get("/api/v1/register/export?format=csv&q=" + encoded(fixture.processorName()))
                .body();
        int before = agreementCount();
        Response imported = dpo.post("/api/v1/register/import?format=csv", file, "Content-Type", "text/csv");
        assertThat(imported.status()).isEqualTo(201);
        assertThat(imported.json().get("agreements").asInt()).isEqualTo(1);
        assertThat(agreementCount()).isEqualTo(before + 1);

        String[] lines = file.split("\n");
        String broken = file.replace(lines[1], lines[1].replaceFirst(",DE,", ",Narnia,"));
        assertThat(broken).isNotEqualTo(file);
        Response refused = dpo.post("/api/v1/register/import?format=csv", broken, "Content-Type", "text/csv");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("problems").get(0).get("line").asString()).isEqualTo("2");
        assertThat(agreementCount()).isEqualTo(before + 1);
    }

    private static String encoded(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    private int agreementCount() {
        return dpo.get("/api/v1/agreements?limit=1").json().get("total").asInt();
    }

    private static List<Long> ids(JsonNode items) {
        List<Long> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.get("id").asLong()));
        return ids;
    }

    private int organisationCount() {
        return dpo.get("/api/v1/organisations?limit=1").json().get("total").asInt();
    }

    private ApiClient client(Role role, Set<ApiScope> scopes) {
        return ApiClient.forNewUser(port, users, directory, tokens, role, scopes);
    }
}
