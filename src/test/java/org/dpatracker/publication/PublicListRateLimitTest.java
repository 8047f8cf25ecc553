package org.dpatracker.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.dpatracker.support.H2Test;
import org.dpatracker.support.ShiftableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** A client that asks too often is told to wait (429 with Retry-After), reading and subscribing alike. */
@H2Test
@TestPropertySource(
        properties = {
            "dpa.public-list.rate-limit.requests-per-minute=5",
            "dpa.public-list.rate-limit.subscriptions-per-hour=2",
            "spring.datasource.url=jdbc:h2:mem:public-list-limits;DB_CLOSE_DELAY=-1"
        })
class PublicListRateLimitTest {

    private final HttpClient client = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    ShiftableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theSixthReadInAMinuteGets429UntilTheMinuteIsOver() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(get("/public/subprocessors").statusCode()).isEqualTo(200);
        }

        HttpResponse<String> refused = get("/public/subprocessors.json");

        assertThat(refused.statusCode()).isEqualTo(429);
        long retryAfter =
                Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 60L);
        assertThat(refused.headers().allValues("Set-Cookie")).isEmpty();

        clock.shift(Duration.ofSeconds(retryAfter));
        assertThat(get("/public/subprocessors").statusCode()).isEqualTo(200);
    }

    @Test
    void theThirdSubscriptionInAnHourGets429() throws Exception {
        assertThat(subscribe("first@example.org").statusCode()).isEqualTo(200);
        assertThat(subscribe("second@example.org").statusCode()).isEqualTo(200);

        HttpResponse<String> refused = subscribe("third@example.org");

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow()))
                .isBetween(3000L, 3600L);
    }

    private HttpResponse<String> subscribe(String email) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/public/subprocessors/subscribe"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("email=" + email))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
