package org.dpatracker.clause;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.dpatracker.audit.AuditPeriod;
import org.dpatracker.audit.AuditService;
import org.dpatracker.breach.BreachService;
import org.dpatracker.contract.ContractCheck;
import org.dpatracker.contract.ContractCheckService;
import org.dpatracker.contract.ContractPoint;
import org.dpatracker.contract.PointStatus;
import org.dpatracker.core.InvalidInputException;
import org.dpatracker.evidence.Document;
import org.dpatracker.evidence.DocumentDraft;
import org.dpatracker.evidence.DocumentKind;
import org.dpatracker.evidence.DocumentOwner;
import org.dpatracker.evidence.DocumentService;
import org.dpatracker.history.ChangeFilter;
import org.dpatracker.history.ChangeHistoryService;
import org.dpatracker.organisation.OrganisationService;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.processor.Authorisation;
import org.dpatracker.support.AgreementBuilder;
import org.dpatracker.support.H2Test;
import org.dpatracker.support.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The DPO checks a signed DPA; only an accepted finding reaches the register, with its document and page. */
@H2Test
class ClauseCheckServiceTest {

    @Autowired
    ClauseCheckService clauses;

    @Autowired
    DocumentService documents;

    @Autowired
    AgreementService agreements;

    @Autowired
    OrganisationService organisations;

    @Autowired
    ContractCheckService checks;

    @Autowired
    BreachService breaches;

    @Autowired
    AuditService audits;

    @Autowired
    ChangeHistoryService history;

    @Autowired
    org.dpatracker.retention.RetentionService retention;

    @Autowired
    UserDetailsService directory;

    @Test
    void acceptedFindingsFillTheRegisterWithTheirPageAndNothingElseIsWritten() {
        long agreement = newAgreement();
        Document dpa = upload(agreement, "ubimax-dpa.pdf", Corpus.pdf("ubimax-dpa.txt"));
        List<StoredFinding> found = asDpo(() -> clauses.check(dpa.id()));

        assertThat(found).allMatch(StoredFinding::isProposed);
        assertThat(asDpo(() -> checks.ofAgreement(agreement))).allMatch(c -> c.status() == PointStatus.OPEN);
        assertThat(asDpo(() -> breaches.dutyOf(agreement)).isNew()).isTrue();

        asDpo(() -> clauses.accept(of(found, ClauseTarget.OBJECTION_DAYS).id(), 0, "14"));
        asDpo(() -> clauses.accept(of(found, ClauseTarget.AUTHORISATION).id(), 0, "SPECIFIC_WITH_DEEMED_CONSENT"));
        asDpo(() -> clauses.accept(of(found, ClauseTarget.BREACH_WORDING).id(), 0, "immediately"));
        asDpo(() -> clauses.accept(of(found, ClauseTarget.INSTRUCTIONS).id(), 0, "PRESENT"));
        asDpo(() -> clauses.accept(of(found, ClauseTarget.AUDIT_FREQUENCY).id(), 0, "1 per calendar year"));
        StoredFinding rejected = asDpo(
                () -> clauses.reject(of(found, ClauseTarget.CONFIDENTIALITY).id(), 0));

        var terms = asDpo(() -> agreements.detail(agreement))
                .orElseThrow()
                .agreement()
                .subprocessorTerms();
        assertThat(terms.objectionPeriodDays()).isEqualTo(14);
        assertThat(terms.authorisation()).isEqualTo(Authorisation.SPECIFIC_WITH_DEEMED_CONSENT);
        assertThat(asDpo(() -> breaches.dutyOf(agreement)))
                .satisfies(d -> assertThat(d.noticeWording()).isEqualTo("immediately"))
                .satisfies(d ->
                        assertThat(d.clauseReference()).isEqualTo("Signed DPA, p. 3 (document " + dpa.id() + ", v1)"));
        ContractCheck instructions = point(agreement, ContractPoint.INSTRUCTIONS);
        assertThat(instructions.status()).isEqualTo(PointStatus.PRESENT);
        assertThat(instructions.clauseReference()).contains("p. 3", "document " + dpa.id());
        assertThat(instructions.quote()).startsWith("(1) The Licensor shall only process data");
        assertThat(point(agreement, ContractPoint.CONFIDENTIALITY).status()).isEqualTo(PointStatus.OPEN);
        assertThat(rejected.status()).isEqualTo(FindingStatus.REJECTED);
        assertThat(asDpo(() -> audits.rightsOf(agreement)))
                .satisfies(r -> assertThat(r.maxAudits()).isEqualTo(1))
                .satisfies(r -> assertThat(r.period()).isEqualTo(AuditPeriod.CALENDAR_YEAR));
        assertThat(asDpo(() -> clauses.findings(dpa.id())))
                .filteredOn(f -> f.target() == ClauseTarget.OBJECTION_DAYS)
                .singleElement()
                .satisfies(f -> assertThat(f.appliedTo()).isEqualTo("agreement:subprocessor-terms"))
                .satisfies(f -> assertThat(f.decidedBy()).isEqualTo("dpo"));
        var entries = asDpo(() -> history.findPage(
                new ChangeFilter(ClauseCheckService.ENTITY, String.valueOf(rejected.id()), null), 0, 10));
        assertThat(entries).extracting(e -> e.operation().name()).containsExactlyInAnyOrder("INSERT", "UPDATE");
    }

    @Test
    void trainingOnCustomerDataBecomesOwnPurposeUseAndSnapshotsARetentionRule() {
        long agreement = newAgreement();
        Document terms = upload(agreement, "empolis.pdf", Corpus.pdf("empolis-terms.txt"));
        List<StoredFinding> found = asDpo(() -> clauses.check(terms.id()));
        StoredFinding snapshots = found.stream()
                .filter(f ->
                        f.target() == ClauseTarget.RETENTION_DAYS && f.value().equals("30"))
                .findFirst()
                .orElseThrow();

        asDpo(() -> clauses.accept(of(found, ClauseTarget.OWN_PURPOSE_USE).id(), 0, "yes"));
        asDpo(() -> clauses.accept(snapshots.id(), 0, "30"));

        var stored = asDpo(() -> agreements.detail(agreement)).orElseThrow().agreement();
        assertThat(stored.ownPurposeUse()).isTrue();
        assertThat(stored.ownPurposeClause())
                .startsWith("Signed DPA, p. 1 (document " + terms.id() + ", v1): ")
                .contains("to train the software with this data");
        assertThat(asDpo(() -> retention.rulesOf(agreement)))
                .singleElement()
                .satisfies(r -> assertThat(r.rule().backupPeriod()).isEqualTo(java.time.Period.ofDays(30)))
                .satisfies(r -> assertThat(r.rule().source()).contains("p. 2"));
    }

    @Test
    void breachHoursAreFilledAndAnInvalidTransferIsKeptOnlyAsAFinding() {
        long agreement = newAgreement();
        Document dpa = upload(agreement, "northwind.pdf", Corpus.pdf("en-privacy-shield.txt"));
        List<StoredFinding> found = asDpo(() -> clauses.check(dpa.id()));

        asDpo(() -> clauses.accept(of(found, ClauseTarget.BREACH_HOURS).id(), 0, "48"));
        StoredFinding shield = asDpo(
                () -> clauses.accept(of(found, ClauseTarget.TRANSFER_INVALID).id(), 0, "EU-US Privacy Shield"));

        assertThat(asDpo(() -> breaches.dutyOf(agreement)).noticeHours()).isEqualTo(48);
        assertThat(shield.status()).isEqualTo(FindingStatus.ACCEPTED);
        assertThat(shield.appliedTo()).isNull();
        assertThat(asDpo(() -> clauses.invalidBecause(shield.ruleId()))).contains("C-311/18");
    }

    @Test
    void aValueThatDoesNotFitIsRefusedAtTheFieldAndChangesNothing() {
        long agreement = newAgreement();
        Document dpa = upload(agreement, "short.pdf", Corpus.pdf("en-short-objection.txt"));
        StoredFinding objection = of(asDpo(() -> clauses.check(dpa.id())), ClauseTarget.OBJECTION_DAYS);
        assertThat(objection.value()).isEqualTo("5");

        assertThatThrownBy(() -> asDpo(() -> clauses.accept(objection.id(), 0, "five days")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .singleElement()
                                .satisfies(p -> assertThat(p.field()).isEqualTo("value")));
        assertThat(asDpo(() -> agreements.detail(agreement))
                        .orElseThrow()
                        .agreement()
                        .subprocessorTerms()
                        .objectionPeriodDays())
                .isNull();
        assertThat(asDpo(() -> clauses.findings(dpa.id())))
                .filteredOn(f -> f.id() == objection.id())
                .singleElement()
                .satisfies(f -> assertThat(f.isProposed()).isTrue());
    }

    @Test
    void onlyTheDpoChecksAndDecides() {
        long agreement = newAgreement();
        Document dpa = upload(agreement, "de-avv.pdf", Corpus.pdf("de-avv.txt"));
        for (String user : List.of("auditor", "manager")) {
            assertThatThrownBy(() -> SignedIn.as(directory, user, () -> clauses.check(dpa.id())))
                    .isInstanceOf(AccessDeniedException.class);
        }
        long finding = asDpo(() -> clauses.check(dpa.id())).getFirst().id();
        assertThatThrownBy(() -> SignedIn.as(directory, "auditor", () -> clauses.accept(finding, 0, "PRESENT")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aTextFileNamedLikeAPdfIsReadAsTextAndAPictureNamedLikeOneIsRefused() throws IOException {
        long agreement = newAgreement();
        Document text = upload(agreement, "dpa.pdf", Corpus.text("de-avv.txt").getBytes(StandardCharsets.UTF_8));
        assertThat(text.mediaType()).isEqualTo("text/plain");
        assertThat(asDpo(() -> clauses.check(text.id()))).anyMatch(f -> f.target() == ClauseTarget.OBJECTION_DAYS);

        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new java.awt.image.BufferedImage(20, 20, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", png);
        Document picture = upload(agreement, "signed-dpa.pdf", png.toByteArray());
        assertRefusedAndNothingStored(picture, "clause.type-unsupported");
    }

    @Test
    void aWordDocumentIsReadWithItsPageBreaks() throws IOException {
        long agreement = newAgreement();
        Document word = upload(agreement, "dpa.docx", word(Corpus.text("en-short-objection.txt")));
        assertThat(word.mediaType()).isEqualTo(TextExtractor.DOCX);

        List<StoredFinding> found = asDpo(() -> clauses.check(word.id()));

        assertThat(of(found, ClauseTarget.OBJECTION_DAYS))
                .satisfies(f -> assertThat(f.value()).isEqualTo("5"))
                .satisfies(f -> assertThat(f.page()).isEqualTo(1));
        assertThat(of(found, ClauseTarget.BREACH_HOURS))
                .satisfies(f -> assertThat(f.value()).isEqualTo("24"))
                .satisfies(f -> assertThat(f.page()).isEqualTo(2));
    }

    /** A Word document with one paragraph per line of {@code text}, a form feed becoming a page break. */
    private static byte[] word(String text) throws IOException {
        try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            boolean pageBreak = false;
            for (String line : text.split("\n")) {
                if (line.startsWith("\f")) {
                    pageBreak = true;
                    line = line.substring(1);
                }
                var run = document.createParagraph().createRun();
                if (pageBreak) {
                    run.addBreak(org.apache.poi.xwpf.usermodel.BreakType.PAGE);
                    pageBreak = false;
                }
                run.setText(line);
            }
            document.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void aScanAndADamagedPdfAreRefusedWithTheirReasonAndNothingIsStored() {
        long agreement = newAgreement();
        assertRefusedAndNothingStored(upload(agreement, "scan.pdf", CorpusPdf.scan()), "clause.no-text-layer");
        byte[] pdf = Corpus.pdf("de-avv.txt");
        assertRefusedAndNothingStored(
                upload(agreement, "broken.pdf", Arrays.copyOf(pdf, pdf.length / 2)), "clause.pdf-damaged");
    }

    private void assertRefusedAndNothingStored(Document document, String key) {
        assertThatThrownBy(() -> asDpo(() -> clauses.check(document.id())))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .singleElement()
                                .satisfies(p -> assertThat(p.messageKey()).isEqualTo(key)));
        assertThat(asDpo(() -> clauses.findings(document.id()))).isEmpty();
    }

    private long newAgreement() {
        return asDpo(() -> AgreementBuilder.agreement(agreements, organisations).save())
                .id();
    }

    private Document upload(long agreement, String fileName, byte[] bytes) {
        return asDpo(() -> documents.upload(
                DocumentOwner.agreement(agreement),
                new DocumentDraft(DocumentKind.SIGNED_DPA, "Signed DPA", null, null),
                fileName,
                new ByteArrayInputStream(bytes)));
    }

    private ContractCheck point(long agreement, ContractPoint point) {
        return asDpo(() -> checks.ofAgreement(agreement)).stream()
                .filter(c -> c.point() == point)
                .findFirst()
                .orElseThrow();
    }

    private static StoredFinding of(List<StoredFinding> findings, ClauseTarget target) {
        return findings.stream().filter(f -> f.target() == target).findFirst().orElseThrow();
    }

    private <T> T asDpo(java.util.function.Supplier<T> work) {
        return SignedIn.as(directory, "dpo", work);
    }
}
