package org.dpatracker.breach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;
import org.dpatracker.core.InvalidInputException;
import org.dpatracker.deadline.Deadline;
import org.dpatracker.deadline.DeadlineKind;
import org.dpatracker.deadline.UpcomingDeadlines;
import org.dpatracker.organisation.OrganisationService;
import org.dpatracker.processor.Agreement;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.processor.RegisterFilter;
import org.dpatracker.retention.AgreementEnd;
import org.dpatracker.retention.DeletionChoice;
import org.dpatracker.retention.RetentionRule;
import org.dpatracker.retention.RetentionService;
import org.dpatracker.retention.RetentionTrigger;
import org.dpatracker.retention.ScheduledRule;
import org.dpatracker.security.SystemAccess;
import org.dpatracker.support.AgreementBuilder;
import org.dpatracker.support.H2Test;
import org.dpatracker.support.Refused;
import org.dpatracker.support.TestBreaches;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** The breach register, retention rules, the end of an agreement and the deadlines list on the real database. */
@H2Test
class BreachesAndRetentionTest {

    @Autowired
    BreachService breaches;

    @Autowired
    RetentionService retention;

    @Autowired
    UpcomingDeadlines deadlines;

    @Autowired
    AgreementService agreements;

    @Autowired
    OrganisationService organisations;

    private Agreement agreement;
    private String vendor;

    @BeforeEach
    void aFreshAgreement() {
        AgreementBuilder builder = AgreementBuilder.agreement(agreements, organisations)
                .vendor("Retention Vendor " + System.nanoTime() % 1_000_000, "DE")
                .subjectMatter("Payroll");
        vendor = builder.vendorName();
        agreement = SystemAccess.call(builder::save);
    }

    @Test
    @WithUserDetails("dpo")
    void aLateAuthorityNotificationWithoutReasonsIsRefusedAndNothingChanges() {
        Instant now = breaches.now();
        Breach recorded = breaches.save(breach(now.minus(Duration.ofHours(80)), null, null, null));

        Breach late = withAuthority(recorded, now.minus(Duration.ofHours(1)), null);
        assertThatThrownBy(() -> breaches.save(late))
                .isInstanceOfSatisfying(InvalidInputException.class, Refused.onField("delayReasons"))
                .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                        .extracting(InvalidInputException.Problem::messageKey)
                        .containsExactly("breach.validation.delay-reasons"));
        assertThat(breaches.find(recorded.id()).orElseThrow().authorityNotifiedAt())
                .isNull();

        Breach saved = breaches.save(withAuthority(
                recorded,
                now.minus(Duration.ofHours(1)),
                "The processor's report reached the DPO only after the weekend"));
        assertThat(saved.delayReasons()).startsWith("The processor's report");
        assertThat(BreachClock.authorityLate(saved.awareAt(), saved.authorityNotifiedAt()))
                .isTrue();
    }

    @Test
    @WithUserDetails("dpo")
    void anOpenBreachShowsItsSeventyTwoHourClockInTheDeadlines() {
        Instant aware = breaches.now().minus(Duration.ofHours(2));
        Breach recorded = breaches.save(
                breach(aware, aware.minus(Duration.ofHours(30)), aware.plus(Duration.ofHours(1)), Risk.HIGH_RISK));

        List<Deadline> open = deadlines.within(30).stream()
                .filter(d -> recorded.id().equals(d.breachId()))
                .toList();
        assertThat(open)
                .extracting(Deadline::kind)
                .containsExactly(DeadlineKind.BREACH_SUBJECTS, DeadlineKind.BREACH_AUTHORITY);
        Deadline authority = open.get(1);
        assertThat(authority.dueAt()).isEqualTo(recorded.awareAt().plus(Duration.ofHours(72)));
        assertThat(authority.overdue()).isFalse();
        assertThat(authority.processorName()).isEqualTo(vendor);
        assertThat(open.getFirst().overdue())
                .as("high risk: tell the data subjects without undue delay")
                .isTrue();

        breaches.saveDuty(new BreachDuty(
                agreement.id(),
                24,
                null,
                "e-mail",
                "dpo@vendor.example",
                Set.of(BreachContent.values()),
                true,
                AuthorityNotification.NOT_ALLOWED,
                "§ 8",
                -1));
        assertThat(BreachClock.processorLate(
                        recorded.detectedAt(),
                        recorded.processorNotifiedAt(),
                        breaches.dutyOf(agreement.id()).noticeHours()))
                .isTrue();
    }

    @Test
    @WithUserDetails("dpo")
    void aBreachClauseGapShowsInTheRegisterAsSoonAsTheDutyIsSaved() {
        assertThat(registerFlags()).doesNotContain(org.dpatracker.redflag.RedFlagType.BREACH_NOTICE_GAP);
        BreachDuty weak = new BreachDuty(
                agreement.id(), null, "immediately", null, null, Set.of(), false, null, "§ 5(4)", -1, true);
        breaches.saveDuty(weak);
        assertThat(registerFlags())
                .as("the stored flags, as lists and filters show them")
                .contains(org.dpatracker.redflag.RedFlagType.BREACH_NOTICE_GAP);

        BreachDuty saved = breaches.dutyOf(agreement.id());
        breaches.saveDuty(new BreachDuty(
                agreement.id(), 24, null, null, null, Set.of(), false, null, "§ 5(4)", saved.version(), false));
        assertThat(registerFlags()).doesNotContain(org.dpatracker.redflag.RedFlagType.BREACH_NOTICE_GAP);
    }

    @Test
    @WithUserDetails("dpo")
    void aSecondUserSavingTheBreachDutyFromAStaleCopyIsRefusedAndOverwritesNothing() {
        breaches.saveDuty(new BreachDuty(agreement.id(), 24, null, null, null, Set.of(), false, null, "§ 8", -1));
        BreachDuty read = breaches.dutyOf(agreement.id());
        breaches.saveDuty(new BreachDuty(
                agreement.id(), 48, null, null, null, Set.of(), false, null, "§ 8", read.version(), false));

        assertThatThrownBy(() -> breaches.saveDuty(new BreachDuty(
                        agreement.id(), 12, null, null, null, Set.of(), false, null, "§ 8", read.version(), false)))
                .isInstanceOf(org.dpatracker.core.ConcurrentEditException.class);
        assertThatThrownBy(() -> breaches.saveDuty(
                        new BreachDuty(agreement.id(), 12, null, null, null, Set.of(), false, null, "§ 8", -1)))
                .as("a second first entry")
                .isInstanceOf(org.dpatracker.core.ConcurrentEditException.class);
        assertThat(breaches.dutyOf(agreement.id()).noticeHours()).isEqualTo(48);
    }

    private Set<org.dpatracker.redflag.RedFlagType> registerFlags() {
        return agreements
                .findPage(RegisterFilter.text(vendor), List.of(), 0, 1)
                .getFirst()
                .redFlags();
    }

    @Test
    @WithUserDetails("dpo")
    void timesThatCannotBeAreRefused() {
        Instant now = breaches.now();
        assertThatThrownBy(() -> breaches.save(breach(now.plus(Duration.ofHours(1)), null, null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, Refused.onField("awareAt"));
        assertThatThrownBy(() -> breaches.save(
                        breach(now.minus(Duration.ofHours(5)), now.minus(Duration.ofHours(1)), null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, Refused.onField("awareAt"));
        assertThatThrownBy(() -> breaches.saveDuty(
                        new BreachDuty(agreement.id(), null, " ", null, null, Set.of(), false, null, null, -1)))
                .isInstanceOfSatisfying(InvalidInputException.class, Refused.onField("noticeWording"));
    }

    @Test
    @WithUserDetails("dpo")
    void theControllerIsAwareAtTheLatestWhenTheProcessorTellsIt() {
        Instant now = breaches.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Instant detected = now.minus(Duration.ofHours(30));
        Instant processorNotified = now.minus(Duration.ofHours(20));
        assertThatThrownBy(() ->
                        breaches.save(breach(now.minus(Duration.ofHours(2)), detected, processorNotified, Risk.RISK)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused -> assertThat(refused.problems())
                                .anySatisfy(problem -> assertThat(problem.messageKey())
                                        .isEqualTo("breach.validation.aware-after-processor-notice")));
        Breach saved = breaches.save(breach(processorNotified, detected, processorNotified, Risk.RISK));
        assertThat(saved.authorityDeadline()).isEqualTo(processorNotified.plus(Duration.ofHours(72)));
    }

    @Test
    @WithUserDetails("dpo")
    void aPublicCommunicationInformsTheDataSubjectsWithItsDate() {
        Instant now = breaches.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Breach informed = breaches.save(informedVia(
                breach(
                        now.minus(Duration.ofHours(5)),
                        now.minus(Duration.ofHours(6)),
                        now.minus(Duration.ofHours(5)),
                        Risk.HIGH_RISK),
                now.minus(Duration.ofHours(1)),
                InformingChannel.PUBLIC_COMMUNICATION));
        assertThat(informed.subjectsInformedVia()).isEqualTo(InformingChannel.PUBLIC_COMMUNICATION);
        assertThat(informed.subjectsExemption()).isNull();
        assertThat(deadlines.within(30))
                .noneMatch(d -> informed.id().equals(d.breachId()) && d.kind() == DeadlineKind.BREACH_SUBJECTS);

        assertThatThrownBy(() -> breaches.save(informedVia(
                        breach(now.minus(Duration.ofHours(5)), null, null, Risk.HIGH_RISK),
                        null,
                        InformingChannel.PUBLIC_COMMUNICATION)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused -> assertThat(refused.problems())
                                .extracting(InvalidInputException.Problem::messageKey)
                                .contains("breach.validation.informed-date"));
    }

    private static Breach informedVia(Breach b, Instant at, InformingChannel channel) {
        return new Breach(
                b.id(),
                b.version(),
                b.agreementId(),
                b.subprocessorId(),
                b.processingActivities(),
                b.nature(),
                b.detectedAt(),
                b.processorNotifiedAt(),
                b.awareAt(),
                b.subjectCategories(),
                b.subjectCount(),
                b.dataCategories(),
                b.recordCount(),
                b.consequences(),
                b.measures(),
                b.contactPoint(),
                b.risk(),
                b.authorityNotifiedAt(),
                b.authority(),
                b.authorityReference(),
                b.delayReasons(),
                at,
                null,
                null,
                List.of(),
                channel);
    }

    @Test
    @WithUserDetails("manager")
    void managersAndAuditorsReadButDoNotRecord() {
        assertThatCode(() -> breaches.findAll()).as("they read the register").doesNotThrowAnyException();
        assertThatThrownBy(() -> breaches.save(breach(breaches.now(), null, null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> retention.saveEnd(
                        new AgreementEnd(agreement.id(), LocalDate.now(), DeletionChoice.DELETE, null, null, null, -1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatCode(() -> deadlines.within(90)).as("and its deadlines").doesNotThrowAnyException();
    }

    @Test
    @WithUserDetails("dpo")
    void theEndOfTheContractStartsItsRulesAndAnUnconfirmedDeletionBecomesOverdue() {
        retention.saveRule(new RetentionRule(
                null,
                0,
                agreement.id(),
                "Payroll data",
                Period.ofDays(30),
                RetentionTrigger.END_OF_CONTRACT,
                null,
                null,
                null,
                Period.ofDays(30),
                false,
                null,
                "§ 11"));
        assertThat(retention.rulesOf(agreement.id()).getFirst().deletionDue()).isNull();

        LocalDate ended = retention.today().minusDays(40);
        retention.saveEnd(
                new AgreementEnd(agreement.id(), ended, DeletionChoice.RETURN, ended.plusDays(7), null, null, -1));

        ScheduledRule rule = retention.rulesOf(agreement.id()).getFirst();
        assertThat(rule.deletionDue()).isEqualTo(ended.plusDays(30));
        assertThat(rule.backupDeletionDue()).isEqualTo(ended.plusDays(60));
        assertThat(rule.overdue()).isTrue();
        assertThat(deadlines.within(90))
                .filteredOn(d -> d.agreementId() != null && d.agreementId() == agreement.id())
                .extracting(Deadline::kind, Deadline::overdue)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(DeadlineKind.DELETION_CONFIRMATION, true),
                        org.assertj.core.groups.Tuple.tuple(DeadlineKind.DELETION, true),
                        org.assertj.core.groups.Tuple.tuple(DeadlineKind.BACKUP_DELETION, false));

        AgreementEnd end = retention.endOf(agreement.id()).orElseThrow();
        retention.saveEnd(new AgreementEnd(
                agreement.id(),
                ended,
                DeletionChoice.RETURN,
                end.dueOn(),
                retention.today(),
                "Deletion certificate 2026-117.pdf",
                end.version()));
        assertThat(deadlines.within(90)).noneMatch(d -> d.agreementId() != null && d.agreementId() == agreement.id());
    }

    @Test
    @WithUserDetails("dpo")
    void aRuleNeedsAPeriodOrCriteriaAndALegalHoldNeedsItsReason() {
        assertThatThrownBy(() -> retention.saveRule(new RetentionRule(
                        null,
                        0,
                        agreement.id(),
                        "Logs",
                        null,
                        RetentionTrigger.COLLECTION,
                        null,
                        " ",
                        null,
                        null,
                        false,
                        null,
                        null)))
                .isInstanceOfSatisfying(InvalidInputException.class, Refused.onField("period"));
        assertThatThrownBy(() -> retention.saveRule(new RetentionRule(
                        null,
                        0,
                        agreement.id(),
                        "Logs",
                        Period.ofDays(7),
                        RetentionTrigger.COLLECTION,
                        null,
                        null,
                        null,
                        null,
                        true,
                        " ",
                        null)))
                .isInstanceOfSatisfying(InvalidInputException.class, Refused.onField("legalHoldReason"));
        RetentionRule held = retention.saveRule(new RetentionRule(
                null,
                0,
                agreement.id(),
                "Invoices",
                Period.ofYears(8),
                RetentionTrigger.END_OF_CALENDAR_YEAR,
                null,
                null,
                LocalDate.of(2020, 5, 4),
                null,
                true,
                "Tax audit 2026",
                null));
        assertThat(retention.rulesOf(agreement.id()).getFirst().deletionDue()).isNull();
        assertThat(held.legalHoldReason()).isEqualTo("Tax audit 2026");
    }

    @Test
    @WithUserDetails("auditor")
    void theSeedsRetentionAndBreachFactsAreInTheDemoData() {
        long ubimax = agreementOf("Ubimax");
        assertThat(breaches.dutyOf(ubimax).noticeWording()).isEqualTo("immediately");
        assertThat(breaches.dutyOf(ubimax).mayNotify()).isEqualTo(AuthorityNotification.ONLY_ON_INSTRUCTION);
        assertThat(rules(ubimax)).containsExactly("Licensee data filed in the software: P0D from END_OF_CONTRACT");
        assertThat(rules(agreementOf("imk")))
                .containsExactly(
                        "Customer information in the axilaris Collaboration Hub: P0D from END_OF_CONTRACT, backups "
                                + "P30D",
                        "Daily data backups: P30D from COLLECTION");
        assertThat(rules(agreementOf("Userlike"))).containsExactly("Chat history (website chat): P3M from COLLECTION");
        assertThat(rules(agreementOf("Empolis")))
                .containsExactly(
                        "Daily snapshots of the indexing systems: P30D from COLLECTION",
                        "Older versions of original data (changed or deleted documents): P60D from CUSTOM_EVENT",
                        "Customer data in the software instance: P30D from END_OF_CONTRACT");
        assertThat(retention.rulesOf(agreementOf("LogMeIn")).getFirst().rule().criteria())
                .contains("legal retention period", "3 years at the latest");
    }

    private long agreementOf(String processor) {
        return agreements
                .findPage(RegisterFilter.text(processor), List.of(), 0, 1)
                .getFirst()
                .id();
    }

    private List<String> rules(long agreementId) {
        return retention.rulesOf(agreementId).stream()
                .map(ScheduledRule::rule)
                .map(r -> r.dataCategory() + ": " + r.period() + " from " + r.trigger()
                        + (r.backupPeriod() == null ? "" : ", backups " + r.backupPeriod()))
                .toList();
    }

    private Breach breach(Instant aware, Instant detected, Instant processorNotified, Risk risk) {
        return TestBreaches.payrollExport(agreement.id(), detected, processorNotified, aware, risk);
    }

    private static Breach withAuthority(Breach b, Instant notifiedAt, String reasons) {
        return new Breach(
                b.id(),
                b.version(),
                b.agreementId(),
                b.subprocessorId(),
                b.processingActivities(),
                b.nature(),
                b.detectedAt(),
                b.processorNotifiedAt(),
                b.awareAt(),
                b.subjectCategories(),
                b.subjectCount(),
                b.dataCategories(),
                b.recordCount(),
                b.consequences(),
                b.measures(),
                b.contactPoint(),
                b.risk(),
                notifiedAt,
                "Landesbeauftragte für Datenschutz",
                "LfD-2026-0815",
                reasons,
                null,
                null,
                null,
                List.of());
    }
}
