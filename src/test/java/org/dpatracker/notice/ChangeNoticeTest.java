package org.dpatracker.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.dpatracker.core.InvalidInputException;
import org.dpatracker.organisation.Organisation;
import org.dpatracker.organisation.OrganisationService;
import org.dpatracker.processor.Agreement;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.processor.AgreementStatus;
import org.dpatracker.processor.ApprovalState;
import org.dpatracker.processor.Authorisation;
import org.dpatracker.processor.ProcessingDescription;
import org.dpatracker.processor.ProcessingLocation;
import org.dpatracker.processor.Subprocessor;
import org.dpatracker.processor.SubprocessorListDiff;
import org.dpatracker.processor.SubprocessorService;
import org.dpatracker.processor.SubprocessorTerms;
import org.dpatracker.redflag.RedFlag;
import org.dpatracker.redflag.RedFlagType;
import org.dpatracker.security.SystemAccess;
import org.dpatracker.support.H2Test;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** Subprocessor change notices on the real database; dates are relative to today. */
@H2Test
class ChangeNoticeTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Autowired
    ChangeNoticeService notices;

    @Autowired
    AgreementService agreements;

    @Autowired
    SubprocessorService subprocessors;

    @Autowired
    OrganisationService organisations;

    private Agreement agreement;
    private Subprocessor hosting;

    @BeforeEach
    void anAgreementWithAFourteenDayObjectionPeriod() {
        SystemAccess.run(() -> {
            long controller = organisations.findAll("Beispiel").getFirst().id();
            Organisation vendor = organisations.save(organisation("Notice Vendor", "DE"));
            agreement = agreements.save(Agreement.withProcessor(
                    null,
                    0,
                    controller,
                    vendor.id(),
                    AgreementStatus.SIGNED,
                    null,
                    new ProcessingDescription("Helpdesk", null, null, null, null, null, Set.of(), null, null),
                    null,
                    new SubprocessorTerms(Authorisation.GENERAL, 30, 14),
                    false,
                    null,
                    null,
                    List.of(ProcessingLocation.in("DE", null))));
            hosting = subprocessors.save(new Subprocessor(
                    null,
                    0,
                    agreement.id(),
                    null,
                    organisations.save(organisation("Notice Host", "DE")).id(),
                    "Hosting",
                    false,
                    TODAY.minusYears(1),
                    ApprovalState.AUTHORISED,
                    List.of(ProcessingLocation.in("DE", "Frankfurt"))));
        });
    }

    @Test
    @WithUserDetails("manager")
    void theManagerSeesTheRedFlagBeforeDecidingAndObjectsInTime() {
        ChangeNotice notice = recordAsDpo(TODAY, TODAY.plusDays(30), null, "IN", null);

        OpenNotice open = notices.ofAgreement(agreement.id()).getFirst();
        assertThat(open.deadline()).isEqualTo(TODAY.plusDays(14));
        assertThat(open.daysLeft()).isEqualTo(14);
        assertThat(open.assessment()).extracting(RedFlag::type).containsExactly(RedFlagType.NO_TRANSFER_MECHANISM);

        assertThatThrownBy(() -> notices.decide(notice.id(), notice.version(), false, " ", TODAY, "e-mail"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused -> assertThat(refused.problems())
                                .extracting(InvalidInputException.Problem::messageKey)
                                .containsExactly("notice.validation.reason"));
        ChangeNotice objected = notices.decide(
                notice.id(),
                notice.version(),
                false,
                "Transfer to India without safeguards",
                TODAY,
                "e-mail to the processor's DPO");

        assertThat(objected.status()).isEqualTo(NoticeStatus.OBJECTED);
        assertThat(objected.decision().decidedBy()).isEqualTo("manager");
        SystemAccess.run(notices::settle);
        assertThat(subprocessors.listAsOf(agreement.id(), TODAY.plusDays(31)))
                .extracting(Subprocessor::id)
                .containsExactly(hosting.id());
    }

    @Test
    void aNoticeLeftAloneIsDeemedAcceptedAfterTheDeadlineAndJoinsTheListOnItsEffectiveDate() {
        ChangeNotice notice = recordAsDpo(TODAY.minusDays(15), TODAY.minusDays(3), null, "NL", null);

        SystemAccess.run(notices::settle);

        OpenNotice shown =
                SystemAccess.call(() -> notices.ofAgreement(agreement.id())).getFirst();
        assertThat(shown.status()).isEqualTo(NoticeStatus.DEEMED_ACCEPTED);
        ChangeNotice settled = shown.notice();
        assertThat(settled.status()).isEqualTo(NoticeStatus.DEEMED_ACCEPTED);
        assertThat(settled.decision().decidedOn())
                .isEqualTo(TODAY.minusDays(15).plusDays(14).plusDays(1));
        assertThat(settled.appliedSubprocessorId()).isNotNull();
        List<Long> before = SystemAccess.call(() -> subprocessors.listAsOf(agreement.id(), TODAY.minusDays(4))).stream()
                .map(Subprocessor::id)
                .toList();
        List<Long> from = SystemAccess.call(() -> subprocessors.listAsOf(agreement.id(), TODAY.minusDays(3))).stream()
                .map(Subprocessor::id)
                .toList();
        assertThat(before).containsExactly(hosting.id());
        assertThat(from).containsExactly(hosting.id(), settled.appliedSubprocessorId());
        assertThat(notice.id()).isEqualTo(settled.id());
    }

    @Test
    void theContractsPeriodGovernsAndANoticesShorterOneIsShownAsTheSafeDate() {
        // The agreement grants 14 days; the notice asks for 5.
        recordAsDpo(TODAY.minusDays(5), TODAY.plusDays(30), 5, "DE", null);
        SystemAccess.run(notices::settle);
        OpenNotice open =
                SystemAccess.call(() -> notices.ofAgreement(agreement.id())).getFirst();
        assertThat(open.notice().status())
                .as("the notice cannot shorten the contract")
                .isEqualTo(NoticeStatus.OPEN);
        assertThat(open.requestedBy()).isEqualTo(TODAY);
        assertThat(open.deadline()).isAfterOrEqualTo(TODAY.plusDays(9)).isBefore(TODAY.plusDays(14));
        assertThat(open.daysLeft()).isPositive();

        recordAsDpo(TODAY.minusDays(30), TODAY.plusDays(30), 5, "DE", null);
        SystemAccess.run(notices::settle);
        assertThat(SystemAccess.call(() -> notices.ofAgreement(agreement.id())))
                .filteredOn(n -> n.notice().receivedOn().equals(TODAY.minusDays(30)))
                .singleElement()
                .satisfies(n -> assertThat(n.notice().status()).isEqualTo(NoticeStatus.DEEMED_ACCEPTED));
        assertThat(SystemAccess.call(() -> notices.open()))
                .noneMatch(n -> n.notice().agreementId() == agreement.id()
                        && n.notice().receivedOn().equals(TODAY.minusDays(30)));
    }

    @Test
    @WithUserDetails("manager")
    void anObjectionSentInTimeCountsWhenItIsRecordedAfterTheDeadlineEvenAfterTheSettlement() {
        ChangeNotice open = recordAsDpo(TODAY.minusDays(30), TODAY.plusDays(30), null, "DE", null);
        ChangeNotice objected = notices.decide(
                open.id(),
                open.version(),
                false,
                "Hosting outside our approved list",
                TODAY.minusDays(25),
                "registered letter");
        assertThat(objected.status()).isEqualTo(NoticeStatus.OBJECTED);

        ChangeNotice settled = recordAsDpo(TODAY.minusDays(31), TODAY.plusDays(30), null, "DE", null);
        SystemAccess.run(notices::settle);
        ChangeNotice deemed = SystemAccess.call(() -> notices.ofAgreement(agreement.id())).stream()
                .map(OpenNotice::notice)
                .filter(n -> n.id().equals(settled.id()))
                .findFirst()
                .orElseThrow();
        assertThat(deemed.status()).isEqualTo(NoticeStatus.DEEMED_ACCEPTED);
        assertThat(notices.decide(
                                deemed.id(),
                                deemed.version(),
                                false,
                                "Sent in time by e-mail",
                                TODAY.minusDays(20),
                                "e-mail")
                        .status())
                .isEqualTo(NoticeStatus.OBJECTED);
    }

    @Test
    @WithUserDetails("dpo")
    void aReplacementRemovesTheOldSubprocessorFromItsEffectiveDateAndTheDiffShowsBoth() {
        ChangeNotice notice = recordAsDpo(TODAY.minusDays(2), TODAY.minusDays(1), null, "DE", hosting.id());
        notices.decide(notice.id(), notice.version(), true, null, null, null);
        notices.settle();

        SubprocessorListDiff diff = subprocessors.diff(agreement.id(), TODAY.minusDays(10), TODAY);
        assertThat(diff.removed()).extracting(Subprocessor::id).containsExactly(hosting.id());
        assertThat(diff.added())
                .singleElement()
                .satisfies(s -> assertThat(s.service()).isEqualTo("Replacement service"));
        assertThat(subprocessors.listAsOf(agreement.id(), TODAY.minusDays(2)))
                .extracting(Subprocessor::id)
                .containsExactly(hosting.id());
    }

    @Test
    @WithUserDetails("dpo")
    void theDiffShowsASubprocessorWhoseLocationsChanged() {
        Subprocessor moved = subprocessors.save(new Subprocessor(
                hosting.id(),
                hosting.version(),
                agreement.id(),
                null,
                hosting.organisationId(),
                hosting.service(),
                false,
                hosting.addedOn(),
                ApprovalState.AUTHORISED,
                List.of(ProcessingLocation.in("IE", "Dublin"))));

        SubprocessorListDiff diff = subprocessors.diff(agreement.id(), TODAY.minusDays(1), TODAY);

        assertThat(diff.added()).isEmpty();
        assertThat(diff.removed()).isEmpty();
        assertThat(diff.changed()).singleElement().satisfies(change -> {
            assertThat(change.subprocessor().id()).isEqualTo(moved.id());
            assertThat(change.before()).extracting(ProcessingLocation::country).containsExactly("DE");
            assertThat(change.after()).extracting(ProcessingLocation::country).containsExactly("IE");
        });
        assertThat(subprocessors
                        .listAsOf(agreement.id(), TODAY.minusDays(1))
                        .getFirst()
                        .locations())
                .extracting(ProcessingLocation::region)
                .containsExactly("Frankfurt");
        assertThat(agreements
                        .detail(agreement.id())
                        .orElseThrow()
                        .subprocessors()
                        .getFirst()
                        .locations())
                .extracting(ProcessingLocation::country)
                .containsExactly("IE");
    }

    @Test
    @WithUserDetails("manager")
    void underPriorSpecificAuthorisationSilenceIsNoConsentButWithDeemedConsentItIs() {
        setAuthorisation(Authorisation.SPECIFIC);
        ChangeNotice specific = recordAsDpo(TODAY.minusDays(40), TODAY.minusDays(1), null, "DE", null);
        SystemAccess.run(notices::settle);
        OpenNotice waiting = notices.ofAgreement(agreement.id()).stream()
                .filter(n -> n.notice().id().equals(specific.id()))
                .findFirst()
                .orElseThrow();
        assertThat(waiting.status()).as("only an explicit consent authorises").isEqualTo(NoticeStatus.OPEN);
        assertThat(notices.decide(specific.id(), waiting.notice().version(), true, null, null, null)
                        .status())
                .isEqualTo(NoticeStatus.ACCEPTED);

        setAuthorisation(Authorisation.SPECIFIC_WITH_DEEMED_CONSENT);
        ChangeNotice deemed = recordAsDpo(TODAY.minusDays(40), TODAY.plusDays(5), null, "DE", null);
        SystemAccess.run(notices::settle);
        assertThat(notices.ofAgreement(agreement.id()))
                .filteredOn(n -> n.notice().id().equals(deemed.id()))
                .singleElement()
                .extracting(OpenNotice::status)
                .isEqualTo(NoticeStatus.DEEMED_ACCEPTED);
    }

    private void setAuthorisation(Authorisation authorisation) {
        SystemAccess.run(() -> {
            Agreement current = agreements.detail(agreement.id()).orElseThrow().agreement();
            agreement = agreements.save(new Agreement(
                    current.id(),
                    current.version(),
                    current.controllerId(),
                    current.processorId(),
                    current.status(),
                    current.nextReview(),
                    current.processing(),
                    current.document(),
                    new SubprocessorTerms(authorisation, 30, 14),
                    current.ownPurposeUse(),
                    current.ownPurposeClause(),
                    current.source(),
                    current.locations(),
                    current.relationship(),
                    current.jointArrangement()));
        });
    }

    @Test
    @WithUserDetails("manager")
    void aDecisionAfterTheDeadlineIsRefused() {
        ChangeNotice notice = recordAsDpo(TODAY.minusDays(20), TODAY.plusDays(5), null, "DE", null);
        assertThatThrownBy(() -> notices.decide(notice.id(), notice.version(), false, "too late", TODAY, "mail"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused -> assertThat(refused.problems())
                                .extracting(InvalidInputException.Problem::messageKey)
                                .containsExactly("notice.validation.deadline-passed", "notice.validation.sent-late"));
    }

    @Test
    @WithUserDetails("auditor")
    void anAuditorNeitherRecordsNorDecides() {
        ChangeNotice notice = recordAsDpo(TODAY, TODAY.plusDays(30), null, "DE", null);
        assertThatThrownBy(() -> notices.decide(notice.id(), notice.version(), true, null, null, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> notices.record(notice)).isInstanceOf(AccessDeniedException.class);
    }

    private ChangeNotice recordAsDpo(
            LocalDate received, LocalDate effective, Integer noticeDays, String country, Long replaces) {
        return SystemAccess.call(() -> notices.record(new ChangeNotice(
                null,
                0,
                agreement.id(),
                received,
                effective,
                organisations.save(organisation("Proposed", country)).id(),
                null,
                replaces,
                replaces == null ? "Proposed service" : "Replacement service",
                noticeDays,
                "Notice letter",
                List.of(new ProcessingLocation(null, country, null, null, null, null, null)),
                NoticeStatus.OPEN,
                null,
                null)));
    }

    private static Organisation organisation(String name, String country) {
        return Organisation.withoutSubdivision(
                null,
                name + " " + System.nanoTime(),
                null,
                null,
                null,
                null,
                country,
                null,
                null,
                null,
                false,
                0,
                List.of());
    }
}
