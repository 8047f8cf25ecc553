package org.dpatracker.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.LocalDate;
import java.util.Set;
import org.dpatracker.core.InvalidInputException;
import org.dpatracker.processor.Agreement;
import org.dpatracker.processor.ProcessingLocation;
import org.dpatracker.records.RecordService;
import org.dpatracker.security.Role;
import org.dpatracker.security.SystemAccess;
import org.dpatracker.support.Refused;
import org.dpatracker.support.SignedIn;
import org.dpatracker.user.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The DPO publishes dated versions and sends notices for new sub-processors; other roles may not. Run on H2
 * and on PostgreSQL.
 */
abstract class PublicationContract {

    @Autowired
    RecordService records;

    @Autowired
    PublicationService publication;

    @Autowired
    UserService users;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    PublicListFixture fixture;

    @BeforeEach
    void publishedWithNothingPending() {
        fixture.fields(PublishedField.NAME, PublishedField.PURPOSE, PublishedField.COUNTRIES, PublishedField.SINCE);
        fixture.settle();
    }

    @Test
    void aChangeCreatesANewDatedVersionAndLeavesTheOldOneAsItWas() {
        String vendor = "Removed Vendor " + System.nanoTime();
        Agreement agreement = fixture.vendor(vendor, "Payroll", ProcessingLocation.in("DE", null));
        ListVersion before = fixture.settle();
        long organisation = agreement.processorId();

        ListVersion after = SystemAccess.call(() -> {
            ListSettings now = publication.settings();
            publication.saveSettings(
                    new ListSettings(now.fields(), Set.of(organisation), now.noticePeriodDays(), now.version()));
            Draft draft = publication.draft();
            assertThat(draft.diff().removed()).extracting(ListEntry::name).containsExactly(vendor);
            assertThat(draft.needsNotice()).as("a removal needs no notice").isFalse();
            return publication.publish(draft.diff()
                    .summary((key, args) -> org.dpatracker.core.Texts.get(java.util.Locale.ENGLISH, key, args)));
        });

        assertThat(after.number()).isEqualTo(before.number() + 1);
        assertThat(after.summary()).isEqualTo("Removed: " + vendor);
        assertThat(after.effectiveOn()).isEqualTo(publication.today());
        assertThat(LocalDate.ofInstant(after.publishedAt(), java.time.ZoneOffset.UTC))
                .isEqualTo(publication.today());
        assertThat(after.entries()).extracting(ListEntry::name).doesNotContain(vendor);
        assertThat(publication.versions(2).get(1))
                .as("the earlier version is kept as published")
                .isEqualTo(before);
        assertThat(before.entries()).extracting(ListEntry::name).contains(vendor);
        SystemAccess.run(() -> assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> publication.publish("Nothing changed"))
                .satisfies(Refused.onField("summary")));
    }

    @Test
    void addingASubprocessorDraftsANoticeThatTakesEffectAfterTheNoticePeriod() {
        Agreement agreement =
                fixture.vendor("Notice Vendor " + System.nanoTime(), "Hosting", ProcessingLocation.in("DE", null));
        fixture.settle();
        SystemAccess.run(() -> {
            ListSettings now = publication.settings();
            publication.saveSettings(new ListSettings(now.fields(), Set.of(), 45, now.version()));
        });
        LocalDate today = publication.today();

        String added = "Backup Provider " + System.nanoTime();
        fixture.subprocessorOf(agreement, added, "Off-site backups", "FI");

        ListNotice notice =
                SystemAccess.call(() -> publication.noticeToReview()).orElseThrow();
        assertThat(notice.status()).isEqualTo(ListNotice.Status.DRAFT);
        assertThat(notice.draftedOn()).isEqualTo(today);
        assertThat(notice.effectiveOn()).isEqualTo(today.plusDays(45));
        assertThat(notice.summary()).isEqualTo("Added: " + added);
        SystemAccess.run(() -> {
            assertThatExceptionOfType(InvalidInputException.class)
                    .as("a new sub-processor goes out as a notice")
                    .isThrownBy(() -> publication.publish("Added a backup provider"))
                    .satisfies(Refused.onField("summary"));
            assertThatExceptionOfType(InvalidInputException.class)
                    .as("less than the notice period")
                    .isThrownBy(() ->
                            publication.sendNotice(notice.id(), notice.version(), today.plusDays(44), notice.summary()))
                    .satisfies(Refused.onField("effectiveOn"));
        });

        ListVersion sent = SystemAccess.call(() -> publication.sendNotice(
                notice.id(), notice.version(), notice.effectiveOn(), "Added: " + added + " (backups)"));

        assertThat(sent.effectiveOn()).isEqualTo(today.plusDays(45));
        assertThat(sent.summary()).isEqualTo("Added: " + added + " (backups)");
        assertThat(sent.entries())
                .filteredOn(entry -> entry.name().equals(added))
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.since())
                            .as("since the change takes effect")
                            .isEqualTo(today.plusDays(45));
                    assertThat(entry.purpose()).isEqualTo("Off-site backups");
                    assertThat(entry.countries()).containsExactly("FI");
                });
        assertThat(SystemAccess.call(() -> publication.noticeToReview()))
                .as("sent, nothing waits")
                .isEmpty();
    }

    @Test
    void aNoticePeriodBeyondAYearIsRefused() {
        SystemAccess.run(() -> {
            ListSettings now = publication.settings();
            assertThatExceptionOfType(InvalidInputException.class)
                    .isThrownBy(() ->
                            publication.saveSettings(new ListSettings(now.fields(), Set.of(), 400, now.version())))
                    .satisfies(Refused.onField("noticePeriodDays"));
        });
    }

    @Test
    void managersAndAuditorsMayNotPublishOrChangeTheList() {
        for (Role role : new Role[] {Role.MANAGER, Role.AUDITOR}) {
            String name = SignedIn.newUser(users, role).username();
            SignedIn.as(userDetails, name, () -> {
                assertThatExceptionOfType(AccessDeniedException.class)
                        .isThrownBy(() -> publication.publish("Not mine"));
                assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(publication::settings);
                assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(publication::noticeToReview);
                assertThatExceptionOfType(AccessDeniedException.class)
                        .isThrownBy(() -> publication.sendNotice(1, 0, LocalDate.now(), "Not mine"));
                assertThat(publication.current())
                        .as("the published list is public")
                        .isPresent();
                return null;
            });
        }
    }
}
