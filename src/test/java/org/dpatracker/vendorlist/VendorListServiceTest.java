package org.dpatracker.vendorlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.dpatracker.core.InvalidInputException;
import org.dpatracker.history.ChangeFilter;
import org.dpatracker.history.ChangeHistoryService;
import org.dpatracker.notice.ChangeNoticeService;
import org.dpatracker.notice.NoticeStatus;
import org.dpatracker.notice.OpenNotice;
import org.dpatracker.organisation.Organisation;
import org.dpatracker.organisation.OrganisationService;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.processor.SubprocessorService;
import org.dpatracker.processor.exchange.ImportRefusedException;
import org.dpatracker.security.SystemAccess;
import org.dpatracker.support.H2Test;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** The vendor's list against an agreement of our own on the real database, and the notices it leads to. */
@H2Test
class VendorListServiceTest {

    @Autowired
    VendorListService vendorLists;

    @Autowired
    ChangeNoticeService notices;

    @Autowired
    AgreementService agreements;

    @Autowired
    OrganisationService organisations;

    @Autowired
    SubprocessorService subprocessors;

    @Autowired
    Clock clock;

    @Autowired
    ChangeHistoryService history;

    private VendorListFixture fixture;

    @BeforeEach
    void anAgreementWithTwoSubprocessors() {
        fixture = VendorListFixture.create(agreements, organisations, subprocessors);
    }

    @Test
    @WithUserDetails("dpo")
    void oneAdditionOneRemovalOneMoveAndExactlyOneNoticeForTheAddition() {
        List<Difference> differences =
                vendorLists.compare(fixture.agreementId(), VendorListInput.pasted(fixture.pastedList()));

        assertThat(differences)
                .extracting(Difference::kind, Difference::name)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Difference.Kind.ADDED, fixture.addedName()),
                        org.assertj.core.groups.Tuple.tuple(Difference.Kind.REMOVED, fixture.tag() + " Mail Ltd"),
                        org.assertj.core.groups.Tuple.tuple(
                                Difference.Kind.LOCATION_CHANGED,
                                fixture.tag().toUpperCase(java.util.Locale.ROOT) + " HOSTING Gmbh"));
        Difference moved = differences.get(2);
        assertThat(moved.before()).containsExactly("DE");
        assertThat(moved.after()).containsExactlyInAnyOrder("DE", "US");
        assertThat(differences.getFirst().organisationId())
                .as("nobody recorded the analytics firm")
                .isNull();

        LocalDate today = LocalDate.now(clock);
        List<OpenNotice> recorded = vendorLists.recordAdditions(
                fixture.agreementId(), VendorListInput.pasted(fixture.pastedList()), today, today.plusDays(30));

        assertThat(recorded).hasSize(1);
        assertThat(notices.ofAgreement(fixture.agreementId())).hasSize(1);
        OpenNotice notice = recorded.getFirst();
        assertThat(notice.proposedName()).isEqualTo(fixture.addedName());
        assertThat(notice.status()).isEqualTo(NoticeStatus.OPEN);
        assertThat(notice.notice().service()).isEqualTo("Product analytics");
        assertThat(notice.notice().locations())
                .singleElement()
                .satisfies(l -> assertThat(l.country()).isEqualTo("US"));
        assertThat(notice.deadline())
                .as("the agreement's 14 days, moved off a weekend or holiday")
                .isBetween(today.plusDays(14), today.plusDays(18));
        assertThat(history.findPage(
                        new ChangeFilter(
                                "notice", String.valueOf(notice.notice().id()), null),
                        0,
                        10))
                .as("the change history records the notice and who recorded it")
                .singleElement()
                .satisfies(entry -> assertThat(entry.changedBy()).isEqualTo("dpo"));
        assertThat(history.findPage(
                        new ChangeFilter(
                                "organisation", String.valueOf(notice.notice().organisationId()), null),
                        0,
                        10))
                .as("and the new organisation")
                .hasSize(1);
        assertThat(subprocessors.listAsOf(fixture.agreementId(), today))
                .as("the removal is left for the DPO")
                .hasSize(2);

        Difference again = vendorLists
                .compare(fixture.agreementId(), VendorListInput.pasted(fixture.pastedList()))
                .getFirst();
        assertThat(again.noticePending()).isTrue();
        assertThat(again.organisationId()).isEqualTo(notice.notice().organisationId());
        assertThatThrownBy(() -> vendorLists.recordAdditions(
                        fixture.agreementId(), VendorListInput.pasted(fixture.pastedList()), today, today))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused -> assertThat(refused.problems().getFirst().messageKey())
                                .isEqualTo("vendorlist.no-additions"));
        assertThat(notices.ofAgreement(fixture.agreementId())).hasSize(1);
    }

    @Test
    @WithUserDetails("dpo")
    void aNoticeThatCannotBeRecordedLeavesNoOrganisationBehind() {
        LocalDate today = LocalDate.now(clock);
        int before = organisations.count(null);

        assertThatThrownBy(() -> vendorLists.recordAdditions(
                        fixture.agreementId(), VendorListInput.pasted(fixture.pastedList()), today, today.minusDays(1)))
                .isInstanceOf(InvalidInputException.class);

        assertThat(organisations.count(null)).isEqualTo(before);
        assertThat(notices.ofAgreement(fixture.agreementId())).isEmpty();
    }

    @Test
    @WithUserDetails("dpo")
    void badListsAreRefusedWithAReasonAndChangeNothing() {
        int organisationsBefore = organisations.count(null);
        LocalDate today = LocalDate.now(clock);
        List<VendorListInput> bad = List.of(
                VendorListInput.pasted("Purpose\tLocation\nHosting\tGermany\n"),
                VendorListInput.pasted(""),
                new VendorListInput(null, "list.csv", new byte[10 * 1024 * 1024 + 1]),
                new VendorListInput(
                        null, "list.csv", "Name;Land\nMüller GmbH;DE\n".getBytes(StandardCharsets.ISO_8859_1)),
                VendorListInput.pasted("Name\tPurpose\n" + fixture.addedName() + "\tAnalytics\n\tSupport\n"));
        List<String> expected = List.of(
                "vendorlist.no-name-column",
                "vendorlist.empty",
                "import.too-large",
                "import.not-utf8",
                "vendorlist.no-name");

        for (int i = 0; i < bad.size(); i++) {
            VendorListInput input = bad.get(i);
            assertThatThrownBy(() -> vendorLists.recordAdditions(fixture.agreementId(), input, today, today))
                    .isInstanceOfSatisfying(
                            ImportRefusedException.class,
                            refused -> assertThat(refused.problems())
                                    .extracting(p -> p.messageKey())
                                    .contains(expected.get(bad.indexOf(input))));
        }
        assertThat(notices.ofAgreement(fixture.agreementId())).isEmpty();
        assertThat(organisations.count(null)).isEqualTo(organisationsBefore);
        assertThat(organisations.findAll(fixture.tag()))
                .extracting(Organisation::name)
                .doesNotContain(fixture.addedName());
    }

    @Test
    @WithUserDetails("manager")
    void aManagerMayNotCompareNorRecord() {
        assertRefused();
    }

    @Test
    @WithUserDetails("auditor")
    void anAuditorMayNotCompareNorRecord() {
        assertRefused();
    }

    private void assertRefused() {
        VendorListInput list = VendorListInput.pasted(fixture.pastedList());
        LocalDate today = LocalDate.now(clock);
        assertThatThrownBy(() -> vendorLists.compare(fixture.agreementId(), list))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> vendorLists.recordAdditions(fixture.agreementId(), list, today, today))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(SystemAccess.call(() -> notices.ofAgreement(fixture.agreementId())))
                .isEmpty();
    }
}
