package org.dpatracker.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.dpatracker.breach.Breach;
import org.dpatracker.breach.BreachService;
import org.dpatracker.breach.Risk;
import org.dpatracker.core.UrlSecret;
import org.dpatracker.deadline.DeadlineKind;
import org.dpatracker.organisation.OrganisationService;
import org.dpatracker.processor.Agreement;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.reminder.ReminderPreferences;
import org.dpatracker.reminder.ReminderService;
import org.dpatracker.security.Role;
import org.dpatracker.security.SystemAccess;
import org.dpatracker.support.AgreementBuilder;
import org.dpatracker.support.H2Test;
import org.dpatracker.support.ShiftableClock;
import org.dpatracker.support.SignedIn;
import org.dpatracker.support.TestBreaches;
import org.dpatracker.user.UserAccount;
import org.dpatracker.user.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A calendar program subscribes to a user's feed over HTTP, without a login, and reads it with ical4j. */
@H2Test
class CalendarFeedHttpTest {

    private final HttpClient client = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    CalendarFeedService feeds;

    @Autowired
    UserService users;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    ReminderService reminders;

    @Autowired
    AgreementService agreements;

    @Autowired
    OrganisationService organisations;

    @Autowired
    BreachService breaches;

    @Autowired
    ShiftableClock clock;

    @Test
    void theDpoFindsTheReviewOfANewAgreementButAManagerDoesNot() throws Exception {
        UserAccount dpo = user(Role.DPO);
        UserAccount manager = user(Role.MANAGER);
        String dpoFeed = as(dpo, feeds::newOwnAddress);
        String managerFeed = as(manager, feeds::newOwnAddress);
        Agreement agreement = agreementReviewedOn(today().plusDays(30));

        HttpResponse<byte[]> response = get(dpoFeed);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(MediaType.parseMediaType(
                        response.headers().firstValue("Content-Type").orElseThrow()))
                .isEqualTo(MediaType.parseMediaType("text/calendar; charset=utf-8"));
        assertThat(response.headers().firstValue("Set-Cookie")).as("no session").isEmpty();
        Calendar calendar = parse(response.body());
        assertThat(calendar.getProperty(Property.METHOD).orElseThrow().getValue())
                .isEqualTo("PUBLISH");
        assertThat(reviewOf(calendar, agreement)).singleElement().satisfies(event -> {
            assertThat(event.getSummary().getValue()).startsWith("Review of the agreement – Test Vendor");
            assertThat(start(event)).isEqualTo(today().plusDays(30).toString().replace("-", ""));
        });
        assertThat(reviewOf(parse(get(managerFeed).body()), agreement))
                .as("a review is not a manager's duty")
                .isEmpty();
        assertThat(as(dpo, feeds::ownFeed))
                .hasValueSatisfying(feed -> assertThat(feed.lastUsedAt()).isNotNull());
    }

    @Test
    void aKindTheUserOptedOutOfIsNotInTheirFeed() throws Exception {
        UserAccount dpo = user(Role.DPO);
        as(
                dpo,
                () -> reminders.saveOwnPreferences(new ReminderPreferences(
                        dpo.id(),
                        null,
                        ReminderPreferences.DEFAULT_ZONE,
                        null,
                        null,
                        Set.of(DeadlineKind.AGREEMENT_REVIEW),
                        -1)));
        String address = as(dpo, feeds::newOwnAddress);
        Agreement agreement = agreementReviewedOn(today().plusDays(20));

        Calendar calendar = parse(get(address).body());

        assertThat(reviewOf(calendar, agreement)).isEmpty();
        assertThat(calendar.<VEvent>getComponents(VEvent.VEVENT))
                .as("the other kinds stay")
                .isNotEmpty()
                .noneMatch(event -> event.getSummary().getValue().contains("Review of the agreement"));
    }

    @Test
    void whenTheReviewMovesItsEventKeepsItsUidAndMovesItsStart() throws Exception {
        UserAccount dpo = user(Role.DPO);
        String address = as(dpo, feeds::newOwnAddress);
        Agreement agreement = agreementReviewedOn(today().plusDays(30));
        VEvent before = reviewOf(parse(get(address).body()), agreement).getFirst();

        SystemAccess.call(() -> agreements.save(withReview(agreement, today().plusDays(60))));
        List<VEvent> after = reviewOf(parse(get(address).body()), agreement);

        assertThat(after).singleElement().satisfies(event -> {
            assertThat(event.getUid()).isEqualTo(before.getUid());
            assertThat(start(event)).isNotEqualTo(start(before));
            assertThat(start(event)).isEqualTo(today().plusDays(60).toString().replace("-", ""));
        });
    }

    @Test
    void aRevokedOrRegeneratedAwayAddressGets404LikeOneThatNeverExisted() throws Exception {
        UserAccount dpo = user(Role.DPO);
        String first = as(dpo, feeds::newOwnAddress);
        String second = as(dpo, feeds::newOwnAddress);

        assertThat(get(first).statusCode()).as("regenerated away").isEqualTo(404);
        assertThat(get(second).statusCode()).isEqualTo(200);

        as(dpo, () -> {
            feeds.revokeOwn();
            return null;
        });
        HttpResponse<byte[]> revoked = get(second);
        HttpResponse<byte[]> unknown = get("/calendar/" + UrlSecret.create() + ".ics");
        HttpResponse<byte[]> malformed = get("/calendar/not-a-token.ics");

        for (HttpResponse<byte[]> response : List.of(revoked, unknown, malformed)) {
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.body()).isEmpty();
            assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
        }
        assertThat(as(dpo, feeds::ownFeed)).isEmpty();
    }

    @Test
    void aBreachIsInTheDposFeedByNumberWithoutItsDescription() throws Exception {
        UserAccount dpo = user(Role.DPO);
        String address = as(dpo, feeds::newOwnAddress);
        AgreementBuilder builder = AgreementBuilder.agreement(agreements, organisations);
        Agreement agreement = SystemAccess.call(builder::save);
        Instant now = clock.instant();
        Breach breach = SystemAccess.call(() ->
                breaches.save(TestBreaches.payrollExport(agreement.id(), now.minusSeconds(3600), now, now, Risk.RISK)));

        byte[] feed = get(address).body();

        assertThat(parse(feed).<VEvent>getComponents(VEvent.VEVENT))
                .filteredOn(event -> event.getUrl().getValue().endsWith("/breach/" + breach.id()))
                .singleElement()
                .satisfies(event -> assertThat(event.getSummary().getValue())
                        .isEqualTo("Notify the supervisory authority (72 h) – " + builder.vendorName()
                                + " – Breach no. " + breach.id()));
        assertThat(new String(feed, StandardCharsets.UTF_8))
                .doesNotContain("Payroll export", "wrong recipient", "Salary data", "Disclosure of salaries");
    }

    @Test
    void otherAddressesUnderCalendarAreRefusedWithoutASession() throws Exception {
        HttpResponse<byte[]> response = get("/calendar/");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
    }

    private List<VEvent> reviewOf(Calendar calendar, Agreement agreement) {
        return calendar.<VEvent>getComponents(VEvent.VEVENT).stream()
                .filter(event -> event.getUrl().getValue().endsWith("/agreement/" + agreement.id()))
                .filter(event -> event.getSummary().getValue().contains("Review of the agreement"))
                .toList();
    }

    private static String start(VEvent event) {
        return event.getProperty(Property.DTSTART).orElseThrow().getValue();
    }

    private HttpResponse<byte[]> get(String address) throws Exception {
        String path = address.startsWith("http") ? URI.create(address).getPath() : address;
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static Calendar parse(byte[] ics) throws Exception {
        return new CalendarBuilder().build(new ByteArrayInputStream(ics));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private Agreement agreementReviewedOn(LocalDate review) {
        return SystemAccess.call(
                AgreementBuilder.agreement(agreements, organisations).nextReview(review)::save);
    }

    private static Agreement withReview(Agreement a, LocalDate review) {
        return a.withNextReview(review);
    }

    /** Does what the signed-in user would, with their own rights. */
    private <T> T as(UserAccount account, Supplier<T> work) {
        return SignedIn.as(userDetails, account.username(), work);
    }

    private UserAccount user(Role role) {
        return SignedIn.newUser(users, role);
    }
}
