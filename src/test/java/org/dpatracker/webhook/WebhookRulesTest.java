package org.dpatracker.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.dpatracker.core.RetryPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The pure parts of webhooks: addresses, signatures as the specification computes them, the retry plan. */
class WebhookRulesTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://hooks.example.org/dpa",
                "https://10.0.0.5:8443/hook",
                "http://localhost:9000/hook",
                "http://127.0.0.1/hook",
                "http://[::1]:8080/hook"
            })
    void encryptedAddressesAndThisMachineAreAccepted(String url) {
        assertThat(TargetAddress.acceptable(url)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://hooks.example.org/dpa",
                "http://10.0.0.5/hook",
                "http://localhost.example.org/hook",
                "ftp://hooks.example.org/dpa",
                "https://user:password@hooks.example.org/dpa",
                "hooks.example.org/dpa",
                "https:// spaces.example.org",
                ""
            })
    void plainHttpElsewhereAndOtherSchemesAreRefused(String url) {
        assertThat(TargetAddress.acceptable(url)).isFalse();
    }

    @Test
    void theSignatureMatchesTheSpecificationsExample() {
        assertThat(WebhookSignature.sign(
                        "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
                        "msg_p5jXN8AQM9LWM0D4loKWxJek",
                        1614265330,
                        "{\"test\": 2432232314}"))
                .isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void aSecretIsTwentyFourRandomBytesWithThePrefix() {
        String secret = WebhookSignature.newSecret();
        assertThat(secret).startsWith("whsec_");
        assertThat(Base64.getDecoder().decode(secret.substring(6))).hasSize(24);
        assertThat(WebhookSignature.newSecret()).isNotEqualTo(secret);
    }

    @Test
    void failedAttemptsWaitLongerEachTimeAndTheSixthGivesUp() {
        Instant now = Instant.parse("2026-05-01T10:00:00Z");
        assertThat(RetryPlan.next(1, now)).contains(now.plus(Duration.ofMinutes(1)));
        assertThat(RetryPlan.next(2, now)).contains(now.plus(Duration.ofMinutes(5)));
        assertThat(RetryPlan.next(3, now)).contains(now.plus(Duration.ofMinutes(30)));
        assertThat(RetryPlan.next(4, now)).contains(now.plus(Duration.ofHours(2)));
        assertThat(RetryPlan.next(5, now)).contains(now.plus(Duration.ofHours(12)));
        assertThat(RetryPlan.next(6, now)).isEmpty();
    }

    @Test
    void eventIdsHaveNoFullStopAndARepeatedKeyHasTheSameId() {
        String key = "AUDIT|audits:4|2026-12-09T10:15:30.250Z|7";
        assertThat(WebhookPayload.eventId(key))
                .isEqualTo(WebhookPayload.eventId(key))
                .matches("msg_[0-9a-f]{32}");
        assertThat(WebhookPayload.eventId(key + "x")).isNotEqualTo(WebhookPayload.eventId(key));
        assertThat(WebhookPayload.newEventId()).matches("msg_[0-9a-f]{32}");
    }

    @Test
    void thePayloadCarriesTypeTimestampAndData() {
        assertThat(WebhookPayload.json(
                        WebhookEvent.BREACH_RECORDED, Instant.parse("2026-05-01T10:00:00Z"), Map.of("breachId", 12)))
                .isEqualTo("{\"type\":\"breach.recorded\",\"timestamp\":\"2026-05-01T10:00:00Z\","
                        + "\"data\":{\"breachId\":12}}");
    }
}
