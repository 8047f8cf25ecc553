package org.dpatracker.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A webhook receiver on 127.0.0.1 for tests, written from the Standard Webhooks specification and not from
 * the application's code: it checks each request's {@code webhook-signature} with the secrets it trusts
 * (HMAC-SHA256 keyed with the base64-decoded part after {@code whsec_}, over id, timestamp and body joined by
 * full stops, compared in constant time), refuses timestamps more than five minutes from its clock, and
 * answers with the status a test chooses.
 */
public final class WebhookReceiver implements AutoCloseable {

    private static final Duration TOLERANCE = Duration.ofMinutes(5);

    /** One request as it arrived, and whether its signature and timestamp were valid. */
    public record Received(String id, String timestamp, String signature, String body, boolean verified) {}

    private final HttpServer server;
    private final Clock clock;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final List<String> secrets = new CopyOnWriteArrayList<>();
    private volatile int status = 204;

    private WebhookReceiver(Clock clock) throws IOException {
        this.clock = clock;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hook", this::receive);
        server.start();
    }

    /** A receiver that judges timestamps by {@code clock} (the application's, when a test moves it). */
    public static WebhookReceiver start(Clock clock) throws IOException {
        return new WebhookReceiver(clock);
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** Accepts signatures made with {@code secret} too. */
    public void trust(String secret) {
        secrets.add(secret);
    }

    /** Accepts signatures made with {@code secret} only. */
    public void trustOnly(String secret) {
        secrets.clear();
        secrets.add(secret);
    }

    public void answer(int status) {
        this.status = status;
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (exchange;
                InputStream in = exchange.getRequestBody()) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String id = exchange.getRequestHeaders().getFirst("webhook-id");
            String timestamp = exchange.getRequestHeaders().getFirst("webhook-timestamp");
            String signature = exchange.getRequestHeaders().getFirst("webhook-signature");
            received.add(new Received(id, timestamp, signature, body, verified(id, timestamp, signature, body)));
            byte[] answer = status >= 300 ? "receiver says no".getBytes(StandardCharsets.UTF_8) : new byte[0];
            exchange.sendResponseHeaders(status, answer.length == 0 ? -1 : answer.length);
            if (answer.length > 0) {
                exchange.getResponseBody().write(answer);
            }
        }
    }

    private boolean verified(String id, String timestamp, String signature, String body) {
        if (id == null || timestamp == null || signature == null) {
            return false;
        }
        long sent = Long.parseLong(timestamp);
        if (Math.abs(clock.instant().getEpochSecond() - sent) > TOLERANCE.toSeconds()) {
            return false;
        }
        String content = id + "." + timestamp + "." + body;
        return secrets.stream().anyMatch(secret -> {
            byte[] expected = hmac(secret, content);
            return Arrays.stream(signature.split(" "))
                    .filter(candidate -> candidate.startsWith("v1,"))
                    .map(candidate -> Base64.getDecoder().decode(candidate.substring(3)))
                    .anyMatch(candidate -> MessageDigest.isEqual(candidate, expected));
        });
    }

    private static byte[] hmac(String secret, String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(content.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException(unavailable);
        }
    }
}
