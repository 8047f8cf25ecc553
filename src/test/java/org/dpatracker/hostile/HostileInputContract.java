package org.dpatracker.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dpatracker.apitoken.ApiScope;
import org.dpatracker.apitoken.ApiTokenService;
import org.dpatracker.hostile.HostileInput.Case;
import org.dpatracker.security.Role;
import org.dpatracker.support.ApiClient;
import org.dpatracker.support.ApiClient.Response;
import org.dpatracker.support.ApiFixtures;
import org.dpatracker.user.UserService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.JsonNode;

/**
 * Hostile input through the same services the UI uses, over real HTTP on a real database: each case is either
 * stored and given back exactly as typed, or refused with its field named and nothing stored.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class HostileInputContract {

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    @Autowired
    UserDetailsService directory;

    @Autowired
    ApiTokenService tokens;

    private ApiClient dpo;
    private long agreement;

    @BeforeAll
    void signIn() {
        dpo = ApiClient.forNewUser(port, users, directory, tokens, Role.DPO, EnumSet.allOf(ApiScope.class));
        agreement = ApiFixtures.agreementLikeUbimax(dpo).agreement();
    }

    static List<Case> cases() {
        return HostileInput.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachInputIsStoredLiterallyOrRefusedAtItsField(Case hostile) {
        String path = hostile.target().path.replace("{agreement}", String.valueOf(agreement));
        Map<String, Object> body = new HashMap<>(asMap(hostile.target().body.apply(hostile.input())));
        if (path.equals("/api/v1/breaches")) {
            body.put("agreementId", agreement);
        }
        int organisationsBefore = organisations();
        // A lone surrogate cannot be encoded as UTF-8; JSON sends it as an escape, as a script would.
        String json = ApiClient.JSON.writeValueAsString(body).replace("\uD800", "\\ud800");
        Response response = dpo.post(path, json);

        if (hostile.stored()) {
            assertThat(response.status()).as(response.toString()).isEqualTo(201);
            JsonNode stored = response.json();
            assertThat(stored.get(hostile.target().field).asString()).isEqualTo(hostile.input());
        } else {
            assertThat(response.status()).as(response.toString()).isEqualTo(400);
            JsonNode problems = response.json().get("problems");
            assertThat(problems).as(response.toString()).isNotNull();
            assertThat(problems.findValuesAsString("field")).contains(hostile.target().field);
            assertThat(response.location()).isNull();
            assertThat(organisations()).isEqualTo(organisationsBefore);
        }
    }

    private int organisations() {
        return dpo.get("/api/v1/organisations?limit=1").json().get("total").asInt();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object body) {
        return (Map<String, Object>) body;
    }
}
