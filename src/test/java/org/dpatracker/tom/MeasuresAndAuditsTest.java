package org.dpatracker.tom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dpatracker.audit.Audit;
import org.dpatracker.audit.AuditCalendar;
import org.dpatracker.audit.AuditKind;
import org.dpatracker.audit.AuditRights;
import org.dpatracker.audit.AuditService;
import org.dpatracker.audit.Finding;
import org.dpatracker.audit.Severity;
import org.dpatracker.contract.ContractCheck;
import org.dpatracker.contract.ContractCheckService;
import org.dpatracker.contract.ContractCompleteness;
import org.dpatracker.contract.ContractPoint;
import org.dpatracker.contract.PointStatus;
import org.dpatracker.core.ConcurrentEditException;
import org.dpatracker.core.InvalidInputException;
import org.dpatracker.history.ChangeFilter;
import org.dpatracker.history.ChangeHistoryService;
import org.dpatracker.organisation.OrganisationService;
import org.dpatracker.processor.Agreement;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.processor.RegisterFilter;
import org.dpatracker.redflag.RedFlag;
import org.dpatracker.redflag.RedFlagType;
import org.dpatracker.security.SystemAccess;
import org.dpatracker.support.AgreementBuilder;
import org.dpatracker.support.H2Test;
import org.dpatracker.support.Refused;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** TOM catalogues and checklists, the Art. 28(3) checklist and audits on the real database with the demo data. */
@H2Test
class MeasuresAndAuditsTest {

    @Autowired
    TomCatalogueService catalogues;

    @Autowired
    TomChecklistService checklists;

    @Autowired
    ContractCheckService contractChecks;

    @Autowired
    AuditService audits;

    @Autowired
    AgreementService agreements;

    @Autowired
    OrganisationService organisations;

    @Autowired
    ChangeHistoryService history;

    private Agreement agreement;
    private String vendor;

    @BeforeEach
    void aFreshAgreement() {
        vendor = "Measures Vendor " + System.nanoTime() % 1_000_000;
        agreement = SystemAccess.call(() -> AgreementBuilder.agreement(agreements, organisations)
                .vendor(vendor, "DE")
                .subjectMatter("Hosting")
                .save());
    }

    @Test
    @WithUserDetails("manager")
    void theBuiltInCataloguesHaveStableCodesAndBothLanguages() {
        Map<String, TomCatalogue> byCode =
                catalogues.findAll().stream().collect(Collectors.toMap(TomCatalogue::code, Function.identity()));

        assertThat(byCode.get("EU_ANNEX_III").measures()).hasSize(17);
        assertThat(byCode.get("GDPR_ART32").measures())
                .extracting(TomMeasure::reference)
                .containsExactly("Art. 32(1)(a)", "Art. 32(1)(b)", "Art. 32(1)(c)", "Art. 32(1)(d)");
        assertThat(byCode.get("DE_TOM").measures()).hasSize(13);
        TomMeasure physical = measure(byCode.get("DE_TOM"), "DE-C-PHYSICAL");
        assertThat(physical.name().en()).isEqualTo("Physical access control");
        assertThat(physical.name().de()).isEqualTo("Zutrittskontrolle");
        assertThat(measure(byCode.get("DE_TOM"), "DE-C-SYSTEM").name().de()).isEqualTo("Zugangskontrolle");
        assertThat(measure(byCode.get("EU_ANNEX_III"), "A3-08").name().de())
                .isEqualTo("Physische Sicherheit von Orten, an denen Daten verarbeitet werden");
        assertThat(byCode.values())
                .allMatch(c -> !c.name().en().isBlank() && !c.name().de().isBlank());
    }

    @Test
    @WithUserDetails("auditor")
    void theUbimaxDemoHoldsBothColumnsOfTheAppendix() {
        long ubimax = agreements
                .findPage(RegisterFilter.text("Ubimax"), List.of(), 0, 5)
                .getFirst()
                .id();
        List<TomChecklist> parties = checklists.ofAgreement(ubimax);
        assertThat(parties).hasSize(2);
        TomChecklist licensor =
                parties.stream().filter(TomChecklist::forProcessor).findFirst().orElseThrow();
        TomChecklist dataCentre =
                parties.stream().filter(c -> !c.forProcessor()).findFirst().orElseThrow();

        assertThat(lines(licensor))
                .hasSize(37)
                .contains(
                        "Security also outside working hours by alarm system",
                        "Client separation at user administration level",
                        "Use of a VPN",
                        "Fire detector",
                        "data protection officer regularly carries out audits and/or spot checks");
        assertThat(lines(dataCentre))
                .hasSize(67)
                .contains(
                        "Reception / Doorman",
                        "Intrusion detection system",
                        "Geo-redundancy on server and application level",
                        "Spatially separate storage of the data backups created",
                        "Careful selection of the licensor",
                        "Certification according to ISO 27001 or comparable standard");
        assertThat(licensor.progress().implemented()).isEqualTo(10);
        assertThat(licensor.progress().applicable()).isEqualTo(13);
        assertThat(licensor.progress().open()).isEqualTo(3);
        assertThat(dataCentre.progress().implemented()).isEqualTo(10);
    }

    @Test
    @WithUserDetails("dpo")
    void aMeasureRecordedAsMissingBecomesARedFlagUntilItIsTaken() {
        TomChecklist checklist =
                checklists.start(agreement.id(), null, catalogue("EU_ANNEX_III").id());
        assertThat(checklist.progress().open()).isEqualTo(17);
        TomEntry encryption = checklist.entries().getFirst();

        TomEntry missing = checklists.saveEntry(withStatus(encryption, MeasureStatus.MISSING, null));
        assertThat(flags()).contains(RedFlag.of(RedFlagType.MEASURES_MISSING, vendor, "1"));

        checklists.saveEntry(withStatus(
                missing,
                MeasureStatus.IMPLEMENTED,
                "AES-256 encryption of the database volumes and TLS 1.3 for every connection"));
        assertThat(flags()).extracting(RedFlag::type).doesNotContain(RedFlagType.MEASURES_MISSING);
    }

    @Test
    @WithUserDetails("dpo")
    void aMeasureClaimedWithoutDescriptionIsRefusedAndNothingChanges() {
        TomEntry entry = checklists
                .start(agreement.id(), null, catalogue("DE_TOM").id())
                .entries()
                .getFirst();

        assertThatThrownBy(() -> checklists.saveEntry(withStatus(entry, MeasureStatus.IMPLEMENTED, " ")))
                .isInstanceOfSatisfying(InvalidInputException.class, Refused.onField("description"))
                .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                        .extracting(InvalidInputException.Problem::messageKey)
                        .contains("tom.validation.description"));
        assertThat(checklists
                        .ofAgreement(agreement.id())
                        .getFirst()
                        .entries()
                        .getFirst()
                        .status())
                .isEqualTo(MeasureStatus.OPEN);
    }

    @Test
    @WithUserDetails("dpo")
    void aStaleVersionCannotOverwriteSomeoneElsesChange() {
        TomEntry entry = checklists
                .start(agreement.id(), null, catalogue("DE_TOM").id())
                .entries()
                .getFirst();
        checklists.saveEntry(
                withStatus(entry, MeasureStatus.PLANNED, "Badge readers at every door of the server room"));

        assertThatThrownBy(() -> checklists.saveEntry(withStatus(entry, MeasureStatus.MISSING, null)))
                .isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    @WithUserDetails("dpo")
    void aChecklistIsCopiedWithoutTheVerification() {
        long ubimax = agreements
                .findPage(RegisterFilter.text("Ubimax"), List.of(), 0, 5)
                .getFirst()
                .id();
        TomChecklist source = checklists.ofAgreement(ubimax).stream()
                .filter(TomChecklist::forProcessor)
                .findFirst()
                .orElseThrow();
        TomEntry first = source.entries().getFirst();
        checklists.saveEntry(new TomEntry(
                first.id(),
                first.version(),
                first.checklistId(),
                first.measureId(),
                first.status(),
                first.description(),
                first.evidenceKind(),
                first.evidence(),
                LocalDate.of(2026, 1, 15),
                null));

        TomChecklist copy = checklists.copy(source.id(), agreement.id(), null);

        assertThat(lines(copy)).isEqualTo(lines(source));
        assertThat(copy.entries()).allMatch(e -> e.verifiedOn() == null && e.verifiedBy() == null);
        assertThat(checklists.ofAgreement(ubimax).stream()
                        .filter(TomChecklist::forProcessor)
                        .findFirst()
                        .orElseThrow()
                        .entries()
                        .getFirst()
                        .verifiedBy())
                .isEqualTo("dpo");
        assertThatThrownBy(() -> checklists.copy(source.id(), agreement.id(), null))
                .isInstanceOfSatisfying(InvalidInputException.class, Refused.onField("party"));
    }

    @Test
    @WithUserDetails("dpo")
    void theContractChecklistGivesCompletenessAndMissingPointsBecomeRedFlags() {
        assertThat(ContractCompleteness.of(contractChecks.ofAgreement(agreement.id()))
                        .open())
                .isEqualTo(12);
        assertThatThrownBy(() -> contractChecks.save(new ContractCheck(
                        agreement.id(), ContractPoint.INSTRUCTIONS, PointStatus.PRESENT, " ", null, -1)))
                .isInstanceOfSatisfying(InvalidInputException.class, Refused.onField("clauseReference"));

        contractChecks.save(new ContractCheck(
                agreement.id(),
                ContractPoint.INSTRUCTIONS,
                PointStatus.PRESENT,
                "§ 3(1)",
                "only on documented instructions",
                -1));
        contractChecks.save(new ContractCheck(
                agreement.id(), ContractPoint.INFRINGING_INSTRUCTIONS, PointStatus.MISSING, null, null, -1));

        ContractCompleteness completeness = ContractCompleteness.of(contractChecks.ofAgreement(agreement.id()));
        assertThat(completeness.present()).isEqualTo(1);
        assertThat(completeness.missing()).isEqualTo(1);
        assertThat(flags())
                .contains(RedFlag.of(
                        RedFlagType.CONTRACT_POINT_MISSING,
                        vendor,
                        "Art. 28(3) subpara. 2",
                        "#contract.point.INFRINGING_INSTRUCTIONS",
                        "Art. 28 Abs. 3 UAbs. 2"));
    }

    @Test
    @WithUserDetails("auditor")
    void anAuditorRecordsAuditsAndFindingsButCannotEditMeasuresOrTheContractChecklist() {
        Audit audit = audits.saveAudit(new Audit(
                null,
                0,
                agreement.id(),
                AuditKind.DOCUMENT_REVIEW,
                null,
                audits.today(),
                null,
                "Ari Auditor",
                "TOM appendix",
                null,
                null));
        Finding finding = audits.addFinding(audit.id(), "Backup restore never tested", Severity.HIGH);
        assertThat(audits.auditsOf(agreement.id()).getFirst().findings()).containsExactly(finding);

        TomEntry entry = SystemAccess.call(() -> checklists.start(
                        agreement.id(), null, catalogue("DE_TOM").id()))
                .entries()
                .getFirst();
        assertThatThrownBy(() -> checklists.saveEntry(withStatus(entry, MeasureStatus.MISSING, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> contractChecks.save(
                        new ContractCheck(agreement.id(), ContractPoint.SECURITY, PointStatus.MISSING, null, null, -1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> audits.saveRights(AuditRights.unrecorded(agreement.id())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("manager")
    void aManagerOnlyReads() {
        assertThat(checklists.ofAgreement(agreement.id())).isEmpty();
        assertThat(audits.overview()).isNotEmpty();
        assertThatThrownBy(() -> audits.saveAudit(new Audit(
                        null,
                        0,
                        agreement.id(),
                        AuditKind.ON_SITE,
                        audits.today(),
                        null,
                        null,
                        "Max",
                        null,
                        null,
                        null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> checklists.start(
                        agreement.id(), null, catalogue("DE_TOM").id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> catalogues.addCatalogue("MANAGER_LIST", new Bilingual("Mine", "Meins")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("dpo")
    void findingsNeedAPerformedAuditAndAPlannedInspectionShowsInTheCalendar() {
        audits.saveRights(new AuditRights(
                agreement.id(),
                true,
                1,
                org.dpatracker.audit.AuditPeriod.CALENDAR_YEAR,
                14,
                org.dpatracker.audit.CostBearer.CONTROLLER,
                true,
                false,
                false,
                false,
                true,
                12,
                "§ 9",
                -1));
        Audit performed = audits.saveAudit(new Audit(
                null, 0, agreement.id(), AuditKind.ON_SITE, null, audits.today(), null, "Dana", null, null, null));
        Audit planned = audits.saveAudit(new Audit(
                null,
                0,
                agreement.id(),
                AuditKind.REMOTE,
                audits.today().plusDays(30),
                null,
                null,
                "Dana",
                null,
                null,
                null));

        assertThatThrownBy(() -> audits.addFinding(planned.id(), "Too early", Severity.LOW))
                .isInstanceOfSatisfying(InvalidInputException.class, Refused.onField("auditId"));
        AuditCalendar calendar = audits.calendarOf(agreement.id());
        assertThat(calendar.lastAudit()).isEqualTo(performed.performedOn());
        assertThat(calendar.nextPermitted())
                .isEqualTo(LocalDate.of(audits.today().getYear() + 1, 1, 1));
        assertThat(calendar.nextPlanned()).isEqualTo(audits.today().plusDays(30));
        assertThat(calendar.noticeBy()).isEqualTo(audits.today().plusDays(16));
        assertThatThrownBy(() -> audits.saveAudit(new Audit(
                        null,
                        0,
                        agreement.id(),
                        AuditKind.ON_SITE,
                        null,
                        audits.today().plusDays(1),
                        null,
                        "Dana",
                        null,
                        null,
                        null)))
                .isInstanceOfSatisfying(InvalidInputException.class, Refused.onField("performedOn"));
    }

    @Test
    @WithUserDetails("admin")
    void anAdministratorAddsAMeasureAndTheChangeIsInTheHistory() {
        TomCatalogue own = catalogues.addCatalogue(
                "OWN_" + System.nanoTime() % 100000, new Bilingual("Group policy", "Konzernrichtlinie"));
        TomMeasure added = catalogues.saveMeasure(new TomMeasure(
                null,
                0,
                own.id(),
                own.code() + "-1",
                null,
                new Bilingual("Clean desk", "Aufgeräumter Arbeitsplatz"),
                "Policy 4.2",
                0,
                false));
        TomMeasure renamed = catalogues.saveMeasure(new TomMeasure(
                added.id(),
                added.version(),
                own.id(),
                added.code(),
                null,
                new Bilingual("Clean desk and clear screen", "Clean Desk und Clear Screen"),
                "Policy 4.2",
                0,
                false));

        assertThat(renamed.version()).isEqualTo(1);
        assertThat(history.findPage(new ChangeFilter("tom-measure", String.valueOf(added.id()), null), 0, 10))
                .hasSize(2);
        assertThatThrownBy(() -> catalogues.saveMeasure(new TomMeasure(
                        null, 0, own.id(), added.code(), null, new Bilingual("Twice", "Doppelt"), null, 0, false)))
                .isInstanceOfSatisfying(InvalidInputException.class, Refused.onField("code"));
        assertThatThrownBy(() -> catalogues.saveMeasure(new TomMeasure(
                        null,
                        0,
                        own.id(),
                        own.code() + "-2",
                        null,
                        new Bilingual("Only English", " "),
                        null,
                        0,
                        false)))
                .isInstanceOfSatisfying(InvalidInputException.class, Refused.onField("name"));
    }

    private List<RedFlag> flags() {
        return agreements.detail(agreement.id()).orElseThrow().redFlags();
    }

    private TomCatalogue catalogue(String code) {
        return SystemAccess.call(() -> catalogues.findAll()).stream()
                .filter(c -> c.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private static TomMeasure measure(TomCatalogue catalogue, String code) {
        return catalogue.measures().stream()
                .filter(m -> m.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private static TomEntry withStatus(TomEntry entry, MeasureStatus status, String description) {
        return new TomEntry(
                entry.id(),
                entry.version(),
                entry.checklistId(),
                entry.measureId(),
                status,
                description,
                null,
                null,
                null,
                null);
    }

    private static List<String> lines(TomChecklist checklist) {
        return checklist.entries().stream()
                .filter(e -> e.description() != null)
                .flatMap(e -> e.description().lines())
                .toList();
    }
}
