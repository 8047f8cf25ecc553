package org.dpatracker.publication;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dpatracker.processor.ProcessingLocation;
import org.dpatracker.processor.SubprocessorService;
import org.dpatracker.records.RecordService;
import org.dpatracker.support.H2Test;
import org.dpatracker.support.Mails;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A visitor subscribes with double opt-in through a real SMTP server, is told of a change, and leaves. */
@H2Test
class ListSubscriptionTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    private static final Pattern LINK = Pattern.compile(
            "http://localhost:8080(/public/subprocessors/(confirm|unsubscribe)\\?token=([A-Za-z0-9_-]{43})&lang=(en|de))");
    private static final long WAIT_MS = 15_000;

    private final HttpClient client = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    SubprocessorService subprocessors;

    @Autowired
    RecordService records;

    @Autowired
    PublicationService publication;

    @Autowired
    PublicListFixture fixture;

    @BeforeEach
    void publishedWithNothingPending() {
        fixture.settle();
    }

    @Test
    void aConfirmedSubscriberIsToldOfAChangeUntilTheyUnsubscribe() throws Exception {
        String address = "customer-" + UUID.randomUUID() + "@example.org";

        assertThat(post("/public/subprocessors/subscribe", "email=" + encode(address) + "&lang=de")
                        .statusCode())
                .isEqualTo(200);
        Mails confirmation = waitForMail(address, 1).getFirst();
        assertThat(confirmation.subject()).startsWith("Bestätigen Sie Ihr Abonnement");
        String confirmLink = link(confirmation.text(), "confirm");
        assertThat(confirmation.html())
                .contains("href=\"http://localhost:8080" + confirmLink.replace("&", "&amp;") + "\"");
        assertThat(link(confirmation.text(), "unsubscribe"))
                .as("every mail can end the subscription")
                .isNotBlank();

        String vendor = "Before confirming " + System.nanoTime();
        fixture.vendor(vendor, "Support tickets", ProcessingLocation.in("DE", null));
        fixture.settle();
        assertThat(mailsTo(address)).as("not confirmed yet: no announcement").hasSize(1);

        HttpResponse<String> step = get(confirmLink);
        assertThat(step.body())
                .contains("<form method=\"post\" action=\"/public/subprocessors/confirm\"", "Abonnement bestätigen");
        assertThat(mailsTo(address))
                .as("opening the link alone (a mail scanner) confirms nothing")
                .hasSize(1);
        HttpResponse<String> confirmed =
                post("/public/subprocessors/confirm", "token=" + token(confirmLink) + "&lang=de");
        assertThat(confirmed.statusCode()).isEqualTo(200);
        assertThat(confirmed.body()).contains("Abonnement bestätigt");
        assertThat(post("/public/subprocessors/confirm", "token=" + token(confirmLink))
                        .statusCode())
                .as("a confirmation link works once")
                .isEqualTo(404);

        String added = "After confirming " + System.nanoTime();
        fixture.vendor(added, "Video calls", ProcessingLocation.in("DE", null));
        ListVersion announced = fixture.settle();
        Mails announcement = waitForMail(address, 2).get(1);
        assertThat(announcement.subject()).startsWith("Unterauftragsverarbeiter von Beispiel Fertigung GmbH");
        assertThat(announcement.text())
                .contains("Fassung " + announced.number(), added, "http://localhost:8080/public/subprocessors?lang=de");

        HttpResponse<String> left = post(
                "/public/subprocessors/unsubscribe",
                "token=" + token(link(announcement.text(), "unsubscribe")) + "&lang=de");
        assertThat(left.statusCode()).isEqualTo(200);
        assertThat(left.body()).contains("Abbestellt");

        fixture.vendor("After leaving " + System.nanoTime(), "Translations", ProcessingLocation.in("DE", null));
        fixture.settle();
        // A subscriber who stayed receives this version's mail; once it arrived, the one who left would have too.
        String stayed = confirmedSubscriber();
        fixture.vendor("Last change " + System.nanoTime(), "Printing", ProcessingLocation.in("DE", null));
        fixture.settle();
        waitForMail(stayed, 2);
        assertThat(mailsTo(address)).as("no more mails after unsubscribing").hasSize(2);
    }

    @Test
    void anInvalidAddressIsRefusedAndAConfirmedAddressGetsNoSecondMail() throws Exception {
        HttpResponse<String> invalid = post("/public/subprocessors/subscribe", "email=not-an-address&lang=en");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.body()).contains("Not a valid e-mail address");

        String address = confirmedSubscriber();
        post("/public/subprocessors/subscribe", "email=" + encode(address.toUpperCase()) + "&lang=en");
        fixture.vendor("Second request " + System.nanoTime(), "Hosting", ProcessingLocation.in("DE", null));
        fixture.settle();

        List<Mails> mails = waitForMail(address, 2);
        assertThat(mails)
                .extracting(Mails::subject)
                .as("confirmation, then the announcement, nothing else")
                .satisfiesExactly(
                        first -> assertThat(first).startsWith("Confirm your subscription"),
                        second -> assertThat(second).startsWith("Sub-processors of"));
    }

    /** A new subscriber who confirmed, in English. */
    private String confirmedSubscriber() throws Exception {
        String address = "stays-" + UUID.randomUUID() + "@example.org";
        post("/public/subprocessors/subscribe", "email=" + encode(address) + "&lang=en");
        String confirm = link(waitForMail(address, 1).getFirst().text(), "confirm");
        assertThat(post("/public/subprocessors/confirm", "token=" + token(confirm))
                        .statusCode())
                .isEqualTo(200);
        return address;
    }

    private List<Mails> waitForMail(String address, int count) throws InterruptedException {
        long until = System.currentTimeMillis() + WAIT_MS;
        while (mailsTo(address).size() < count && System.currentTimeMillis() < until) {
            SMTP.waitForIncomingEmail(500, SMTP.getReceivedMessages().length + 1);
        }
        List<Mails> mails = mailsTo(address);
        assertThat(mails).as("mails to " + address).hasSizeGreaterThanOrEqualTo(count);
        return mails;
    }

    private static List<Mails> mailsTo(String address) {
        return Arrays.stream(SMTP.getReceivedMessages())
                .map(Mails::of)
                .filter(mail -> mail.recipient().equals(address))
                .toList();
    }

    private static String link(String text, String action) {
        Matcher matcher = LINK.matcher(text);
        while (matcher.find()) {
            if (matcher.group(2).equals(action)) {
                return matcher.group(1);
            }
        }
        throw new AssertionError("no " + action + " link in " + text);
    }

    private static String token(String link) {
        Matcher matcher = LINK.matcher("http://localhost:8080" + link);
        assertThat(matcher.matches()).isTrue();
        return matcher.group(3);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String form) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
