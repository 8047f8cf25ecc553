package org.dpatracker.webhook;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Posts one delivery with the Standard Webhooks headers ({@code webhook-id}, {@code webhook-timestamp},
 * {@code webhook-signature}), signed at the moment of the attempt. Redirects are not followed (the receiver's
 * address is to be corrected instead) and a receiver gets a few seconds to answer.
 */
@Component
class WebhookSender {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(10);
    private static final int MAX_ANSWER = 300;

    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    /** What an attempt came to: the receiver's status code (null when none came) and what went wrong. */
    record Outcome(Integer status, String error) {

        boolean delivered() {
            return status != null && status >= 200 && status < 300;
        }
    }

    Outcome send(DueDelivery delivery, Instant now) {
        long timestamp = now.getEpochSecond();
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(delivery.targetUrl()))
                    .timeout(ANSWER_TIMEOUT)
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "DPA-Tracker-Webhooks")
                    .header("webhook-id", delivery.eventId())
                    .header("webhook-timestamp", Long.toString(timestamp))
                    .header(
                            "webhook-signature",
                            WebhookSignature.sign(delivery.secret(), delivery.eventId(), timestamp, delivery.payload()))
                    .POST(HttpRequest.BodyPublishers.ofString(delivery.payload(), StandardCharsets.UTF_8))
                    .build();
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream answer = response.body()) {
                Outcome outcome = new Outcome(response.statusCode(), null);
                return outcome.delivered()
                        ? outcome
                        : new Outcome(response.statusCode(), excerpt(response.statusCode(), answer));
            }
        } catch (IOException | IllegalArgumentException failure) {
            String kind = failure.getClass().getSimpleName();
            return new Outcome(null, failure.getMessage() == null ? kind : kind + ": " + failure.getMessage());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return new Outcome(null, "interrupted");
        }
    }

    /** The status and the start of the receiver's answer, which usually says why it refused. */
    private static String excerpt(int status, InputStream answer) throws IOException {
        String body = new String(answer.readNBytes(MAX_ANSWER), StandardCharsets.UTF_8).strip();
        return "HTTP " + status + (body.isEmpty() ? "" : ": " + body);
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
