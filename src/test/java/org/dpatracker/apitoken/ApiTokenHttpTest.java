package org.dpatracker.apitoken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dpatracker.db.Tables.API_TOKEN;
import static org.dpatracker.db.Tables.CHANGE_HISTORY;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.dpatracker.security.Role;
import org.dpatracker.security.SystemAccess;
import org.dpatracker.support.H2Test;
import org.dpatracker.support.ShiftableClock;
import org.dpatracker.support.SignedIn;
import org.dpatracker.user.UserAccount;
import org.dpatracker.user.UserDraft;
import org.dpatracker.user.UserService;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scripts call the REST API over real HTTP with personal access tokens, as in production: Basic
 * authentication with passwords is off here, and the OpenAPI description is public.
 */
@H2Test
@TestPropertySource(
        properties = {
            "dpa.api.basic-auth-enabled=false",
            "dpa.api.docs-public=true",
            "spring.datasource.url=jdbc:h2:mem:api-tokens;DB_CLOSE_DELAY=-1"
        })
class ApiTokenHttpTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient client = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    UserService users;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    DSLContext dsl;

    @Autowired
    ShiftableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aTokenIsShownOnceAndOnlyItsHashIsKeptOrRecorded() throws Exception {
        IssuedToken issued = as("dpo", () -> tokens.create(read("inventory script")));

        assertThat(issued.secret()).matches("dpat_[A-Za-z0-9_-]{43}");
        assertThat(dsl.select(API_TOKEN.TOKEN_HASH)
                        .from(API_TOKEN)
                        .where(API_TOKEN.ID.eq(issued.token().id()))
                        .fetchSingle(API_TOKEN.TOKEN_HASH))
                .isEqualTo(ApiTokenSecret.hash(issued.secret()))
                .isNotEqualTo(issued.secret());
        assertThat(dsl.selectFrom(API_TOKEN).fetch().formatCSV())
                .as("the token's text is nowhere in the table")
                .doesNotContain(issued.secret().substring(5));
        String recorded = dsl.select(CHANGE_HISTORY.AFTER_STATE)
                .from(CHANGE_HISTORY)
                .where(CHANGE_HISTORY.ENTITY.eq("apiToken"))
                .and(CHANGE_HISTORY.ENTITY_ID.eq(String.valueOf(issued.token().id())))
                .fetchSingle(CHANGE_HISTORY.AFTER_STATE);
        assertThat(recorded)
                .contains("inventory script", "READ", "dpo")
                .doesNotContain(issued.secret().substring(5), ApiTokenSecret.hash(issued.secret()));
        assertThat(as("dpo", tokens::ownTokens))
                .filteredOn(token -> token.id() == issued.token().id())
                .singleElement()
                .satisfies(token -> {
                    assertThat(token.scopes()).containsExactly(ApiScope.READ);
                    assertThat(Duration.between(token.createdAt(), token.expiresAt()))
                            .isEqualTo(Duration.ofDays(90));
                });
    }

    @Test
    void aScriptReadsTheRegisterWithItsTokenAndTheLastUseIsKeptToTheMinute() throws Exception {
        IssuedToken issued = as("manager", () -> tokens.create(read("nightly report")));
        assertThat(lastUsed(issued)).isNull();

        HttpResponse<String> response = get("/api/v1/agreements?q=bitly", bearer(issued.secret()));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Set-Cookie")).as("no session").isEmpty();
        assertThat(JSON.readTree(response.body())
                        .get("items")
                        .get(0)
                        .get("processorName")
                        .asString())
                .isEqualTo("Bitly, Inc.");
        Instant first = lastUsed(issued);
        assertThat(first).isNotNull();

        clock.shift(Duration.ofSeconds(30));
        get("/api/v1/agreements", bearer(issued.secret()));
        assertThat(lastUsed(issued)).as("not written again within a minute").isEqualTo(first);

        clock.shift(Duration.ofMinutes(2));
        get("/api/v1/agreements", bearer(issued.secret()));
        assertThat(lastUsed(issued)).isAfter(first.plus(Duration.ofMinutes(2)));
    }

    @Test
    void aTokenStopsWorkingWhenItExpiresOrRightAfterItWasRevoked() throws Exception {
        IssuedToken shortLived = as("dpo", () -> tokens.create(new NewApiToken("one day", Set.of(ApiScope.READ), 1)));
        IssuedToken revoked = as("dpo", () -> tokens.create(read("to revoke")));
        assertThat(get("/api/v1/agreements", bearer(shortLived.secret())).statusCode())
                .isEqualTo(200);
        assertThat(get("/api/v1/agreements", bearer(revoked.secret())).statusCode())
                .isEqualTo(200);

        as("dpo", () -> tokens.revokeOwn(revoked.token().id()));
        clock.shift(Duration.ofDays(1).plusSeconds(1));

        for (String secret : List.of(shortLived.secret(), revoked.secret())) {
            HttpResponse<String> refused = get("/api/v1/agreements", bearer(secret));
            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(refused.headers().firstValue("Content-Type").orElseThrow())
                    .startsWith("application/problem+json");
            assertThat(JSON.readTree(refused.body()).get("detail").asString()).contains("expired or revoked");
        }
        assertThat(as("dpo", tokens::ownTokens))
                .filteredOn(token -> token.id() == revoked.token().id())
                .singleElement()
                .satisfies(token -> assertThat(token.revokedBy()).isEqualTo("dpo"));
    }

    @Test
    void aTokenHasItsScopesOnlyAsFarAsItsUserHasThem() throws Exception {
        long ubimax = ubimax();
        IssuedToken dpoRead = as("dpo", () -> tokens.create(read("read only")));
        IssuedToken auditorExport =
                as("auditor", () -> tokens.create(new NewApiToken("annexes", Set.of(ApiScope.EXPORT), 30)));
        IssuedToken managerExport =
                as("manager", () -> tokens.create(new NewApiToken("annexes", Set.of(ApiScope.EXPORT), 30)));
        String annex = "/api/v1/agreements/" + ubimax + "/annex";

        assertThat(get(annex, bearer(dpoRead.secret())).statusCode())
                .as("the DPO may export, their READ token may not")
                .isEqualTo(403);
        HttpResponse<String> pdf = get(annex, bearer(auditorExport.secret()));
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(get(annex, bearer(managerExport.secret())).statusCode())
                .as("a manager may not export, so neither may their EXPORT token")
                .isEqualTo(403);
    }

    @Test
    void theTokensOfADisabledUserStopWorking() throws Exception {
        UserAccount dpo = newUser(Role.DPO);
        IssuedToken issued = as(dpo.username(), () -> tokens.create(read("until they leave")));
        assertThat(get("/api/v1/agreements", bearer(issued.secret())).statusCode())
                .isEqualTo(200);

        UserDraft disabled = UserDraft.of(dpo);
        SystemAccess.call(() -> users.update(new UserDraft(
                disabled.id(),
                disabled.version(),
                disabled.username(),
                disabled.displayName(),
                disabled.email(),
                disabled.password(),
                false,
                disabled.roles())));

        assertThat(get("/api/v1/agreements", bearer(issued.secret())).statusCode())
                .isEqualTo(401);
    }

    @Test
    void anAdministratorSeesAndRevokesAnotherUsersTokenWhichOthersCannot() throws Exception {
        IssuedToken issued = as("auditor", () -> tokens.create(read("left on a laptop")));
        assertThatThrownBy(() -> as("dpo", () -> tokens.revokeOwn(issued.token().id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("dpo", tokens::allTokens)).isInstanceOf(AccessDeniedException.class);

        assertThat(as("admin", tokens::allTokens))
                .filteredOn(token -> token.id() == issued.token().id())
                .singleElement()
                .satisfies(token -> assertThat(token.username()).isEqualTo("auditor"));
        as("admin", () -> tokens.revoke(issued.token().id()));

        assertThat(get("/api/v1/agreements", bearer(issued.secret())).statusCode())
                .isEqualTo(401);
        assertThat(dsl.select(CHANGE_HISTORY.CHANGED_BY, CHANGE_HISTORY.AFTER_STATE)
                        .from(CHANGE_HISTORY)
                        .where(CHANGE_HISTORY.ENTITY.eq("apiToken"))
                        .and(CHANGE_HISTORY.ENTITY_ID.eq(
                                String.valueOf(issued.token().id())))
                        .orderBy(CHANGE_HISTORY.SEQ.desc())
                        .limit(1)
                        .fetchSingle()
                        .into(String[].class))
                .containsExactly(
                        "admin",
                        "{\"expiresAt\":\"" + issued.token().expiresAt()
                                + "\",\"name\":\"left on a laptop\",\"revoked\":true,\"scopes\":[\"READ\"],\"user\":\"auditor\"}");
    }

    @Test
    void passwordsUnknownTokensAndNoCredentialsAreRefusedWithAProblemDetail() throws Exception {
        String basic =
                "Basic " + Base64.getEncoder().encodeToString("dpo:dpo-demo-2026".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> password = get("/api/v1/agreements", basic);
        HttpResponse<String> unknown = get("/api/v1/agreements", bearer(ApiTokenSecret.create()));
        HttpResponse<String> none = get("/api/v1/agreements", null);

        for (HttpResponse<String> refused : List.of(password, unknown, none)) {
            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(refused.headers().firstValue("Content-Type").orElseThrow())
                    .startsWith("application/problem+json");
            assertThat(refused.headers().allValues("WWW-Authenticate")).containsExactly("Bearer realm=\"dpa-tracker\"");
        }
        assertThat(JSON.readTree(password.body()).get("detail").asString())
                .contains("Basic authentication with passwords is turned off");
    }

    private long ubimax() throws Exception {
        IssuedToken issued = as("auditor", () -> tokens.create(read("lookup")));
        JsonNode page = JSON.readTree(
                get("/api/v1/agreements?q=ubimax", bearer(issued.secret())).body());
        return page.get("items").get(0).get("id").asLong();
    }

    private Instant lastUsed(IssuedToken issued) {
        return dsl.select(API_TOKEN.LAST_USED_AT)
                .from(API_TOKEN)
                .where(API_TOKEN.ID.eq(issued.token().id()))
                .fetchSingle(API_TOKEN.LAST_USED_AT);
    }

    private static NewApiToken read(String name) {
        return new NewApiToken(name, Set.of(ApiScope.READ), NewApiToken.DEFAULT_VALID_DAYS);
    }

    @Test
    void aPublicDescriptionOpensTheDocumentationButNotTheApi() throws Exception {
        HttpResponse<String> description = get("/v3/api-docs", null);
        assertThat(description.statusCode()).isEqualTo(200);
        assertThat(description.body()).contains("\"/api/v1/agreements\"");
        assertThat(get("/api/v1/agreements", null).statusCode()).isEqualTo(401);
    }

    private static String bearer(String secret) {
        return "Bearer " + secret;
    }

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Does what the signed-in user would, with their own rights. */
    private <T> T as(String username, Supplier<T> work) {
        return SignedIn.as(userDetails, username, work);
    }

    private UserAccount newUser(Role role) {
        return SignedIn.newUser(users, role);
    }
}
