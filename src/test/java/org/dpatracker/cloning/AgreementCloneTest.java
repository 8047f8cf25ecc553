package org.dpatracker.cloning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.dpatracker.audit.AuditService;
import org.dpatracker.breach.BreachService;
import org.dpatracker.contract.ContractCheck;
import org.dpatracker.contract.ContractCheckService;
import org.dpatracker.core.InvalidInputException;
import org.dpatracker.history.ChangeFilter;
import org.dpatracker.history.ChangeHistoryService;
import org.dpatracker.organisation.Organisation;
import org.dpatracker.organisation.OrganisationService;
import org.dpatracker.processor.Agreement;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.processor.AgreementStatus;
import org.dpatracker.processor.RegisterFilter;
import org.dpatracker.processor.Subprocessor;
import org.dpatracker.processor.SubprocessorService;
import org.dpatracker.retention.RetentionService;
import org.dpatracker.security.SystemAccess;
import org.dpatracker.support.H2Test;
import org.dpatracker.support.SignedIn;
import org.dpatracker.tom.TomChecklist;
import org.dpatracker.tom.TomChecklistService;
import org.dpatracker.tom.TomEntry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/** A group company gets its own copy of an agreement: the same processor, chain, measures and terms, as a draft. */
@H2Test
class AgreementCloneTest {

    @Autowired
    AgreementCloneService clones;

    @Autowired
    AgreementService agreements;

    @Autowired
    SubprocessorService subprocessors;

    @Autowired
    TomChecklistService measures;

    @Autowired
    ContractCheckService contract;

    @Autowired
    BreachService breaches;

    @Autowired
    AuditService audits;

    @Autowired
    RetentionService retention;

    @Autowired
    OrganisationService organisations;

    @Autowired
    ChangeHistoryService history;

    @Autowired
    UserDetailsService users;

    @Autowired
    Clock clock;

    /** Rolled back at the end: a second agreement with Ubimax would change what the other tests find in the register. */
    @Test
    @Transactional
    void ubimaxsAgreementIsCopiedForAnotherGroupCompanyWithItsMeasuresChainAndTerms() {
        long ubimax = ubimax();
        Organisation company = ownCompany();

        ClonedAgreement clone = SignedIn.as(users, "dpo", () -> clones.cloneFor(ubimax, company.id(), null));

        SystemAccess.run(() -> {
            Agreement source = agreements.detail(ubimax).orElseThrow().agreement();
            Agreement copy =
                    agreements.detail(clone.agreementId()).orElseThrow().agreement();
            assertThat(copy.controllerId()).isEqualTo(company.id());
            assertThat(copy.processorId()).isEqualTo(source.processorId());
            assertThat(copy.status()).isEqualTo(AgreementStatus.DRAFT);
            assertThat(copy.processing()).isEqualTo(source.processing());
            assertThat(copy.subprocessorTerms()).isEqualTo(source.subprocessorTerms());

            assertThat(entries(clone.agreementId())).hasSameSizeAs(entries(ubimax));
            assertThat(clone.measures()).isEqualTo(entries(ubimax).size());
            assertThat(measureLines(entries(clone.agreementId())))
                    .as("the annex lists 104 measures of Ubimax and its data centre; the copy has all of them")
                    .isEqualTo(104);
            assertThat(entries(clone.agreementId()))
                    .extracting(TomEntry::measureId, TomEntry::status, TomEntry::description)
                    .containsExactlyInAnyOrderElementsOf(entries(ubimax).stream()
                            .map(e -> org.assertj.core.groups.Tuple.tuple(e.measureId(), e.status(), e.description()))
                            .toList());

            LocalDate today = LocalDate.now(clock);
            List<Subprocessor> chain = subprocessors.listAsOf(ubimax, today);
            List<Subprocessor> copied = subprocessors.listAsOf(clone.agreementId(), today);
            assertThat(chain).isNotEmpty();
            assertThat(copied)
                    .extracting(Subprocessor::organisationId, Subprocessor::service, s -> countries(s))
                    .containsExactlyInAnyOrderElementsOf(chain.stream()
                            .map(s ->
                                    org.assertj.core.groups.Tuple.tuple(s.organisationId(), s.service(), countries(s)))
                            .toList());
            assertThat(copied.stream().filter(s -> s.parentId() != null))
                    .allSatisfy(
                            s -> assertThat(copied).extracting(Subprocessor::id).contains(s.parentId()));

            assertThat(recorded(contract.ofAgreement(clone.agreementId())))
                    .extracting(ContractCheck::point, ContractCheck::status, ContractCheck::clauseReference)
                    .containsExactlyInAnyOrderElementsOf(recorded(contract.ofAgreement(ubimax)).stream()
                            .map(c -> org.assertj.core.groups.Tuple.tuple(c.point(), c.status(), c.clauseReference()))
                            .toList());
            assertThat(breaches.dutyOf(clone.agreementId()).noticeHours())
                    .isEqualTo(breaches.dutyOf(ubimax).noticeHours());
            assertThat(audits.rightsOf(clone.agreementId()).onSite())
                    .isEqualTo(audits.rightsOf(ubimax).onSite());
            assertThat(retention.rulesOf(clone.agreementId())).hasSameSizeAs(retention.rulesOf(ubimax));

            assertThat(history.findPage(
                            new ChangeFilter("agreement", String.valueOf(clone.agreementId()), null), 0, 10))
                    .as("the copy is in the history as created by the DPO")
                    .anySatisfy(entry -> assertThat(entry.changedBy()).isEqualTo("dpo"));
            assertThat(copied)
                    .as("each copied subprocessor has its own history entry")
                    .allSatisfy(s -> assertThat(
                                    history.count(new ChangeFilter("subprocessor", String.valueOf(s.id()), null)))
                            .isEqualTo(1));
        });
    }

    @Test
    void aCopyForTheSameControllerIsRefusedAndNothingIsCreated() {
        long ubimax = ubimax();
        long controller = SystemAccess.call(
                () -> agreements.detail(ubimax).orElseThrow().agreement().controllerId());
        int before = SystemAccess.call(() -> agreements.count(RegisterFilter.all()));

        assertThatThrownBy(() -> SignedIn.as(users, "dpo", () -> clones.cloneFor(ubimax, controller, null)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(SystemAccess.call(() -> agreements.count(RegisterFilter.all())))
                .isEqualTo(before);
    }

    @Test
    void anAuditorMayNotClone() {
        long ubimax = ubimax();
        Organisation company = ownCompany();
        assertThatThrownBy(() -> SignedIn.as(users, "auditor", () -> clones.cloneFor(ubimax, company.id(), null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private List<TomEntry> entries(long agreementId) {
        return measures.ofAgreement(agreementId).stream()
                .map(TomChecklist::entries)
                .flatMap(List::stream)
                .toList();
    }

    /** The measures the descriptions name, one a line. */
    private static long measureLines(List<TomEntry> entries) {
        return entries.stream()
                .filter(e -> e.description() != null)
                .flatMap(e -> e.description().lines())
                .filter(line -> !line.isBlank())
                .count();
    }

    private static List<ContractCheck> recorded(List<ContractCheck> checks) {
        return checks.stream().filter(c -> !c.isNew()).toList();
    }

    private static List<String> countries(Subprocessor s) {
        return s.locations().stream()
                .map(l -> l.country() + "/" + l.mechanism())
                .sorted()
                .toList();
    }

    private long ubimax() {
        return SystemAccess.call(() -> agreements.findPage(RegisterFilter.text("Ubimax"), List.of(), 0, 1))
                .getFirst()
                .id();
    }

    private Organisation ownCompany() {
        return SystemAccess.call(() -> organisations.save(Organisation.withoutSubdivision(
                null,
                "Clone Group Company " + System.nanoTime(),
                "GmbH",
                null,
                null,
                "Bremen",
                "DE",
                null,
                null,
                null,
                true,
                0,
                List.of())));
    }
}
