package org.dpatracker.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.dpatracker.annex.AnnexService;
import org.dpatracker.annex.AnnexVersion;
import org.dpatracker.core.InvalidInputException;
import org.dpatracker.core.Sha256;
import org.dpatracker.deadline.Deadline;
import org.dpatracker.deadline.DeadlineKind;
import org.dpatracker.deadline.UpcomingDeadlines;
import org.dpatracker.history.ChangeEntry;
import org.dpatracker.history.ChangeFilter;
import org.dpatracker.history.ChangeHistoryService;
import org.dpatracker.history.Operation;
import org.dpatracker.organisation.OrganisationService;
import org.dpatracker.processor.Agreement;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.support.AgreementBuilder;
import org.dpatracker.support.H2Test;
import org.dpatracker.support.PdfText;
import org.dpatracker.support.PdfValidator;
import org.dpatracker.support.Refused;
import org.dpatracker.support.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** The evidence vault on H2: what the DPO uploads comes back byte for byte, versioned, checked, listed. */
@H2Test
class DocumentVaultTest {

    @Autowired
    DocumentService documents;

    @Autowired
    AgreementService agreements;

    @Autowired
    OrganisationService organisations;

    @Autowired
    UserDetailsService directory;

    @Autowired
    ChangeHistoryService history;

    @Autowired
    UpcomingDeadlines deadlines;

    @Autowired
    AnnexService annexes;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theAuditorDownloadsExactlyWhatTheDpoUploadedAndTheHistoryRecordsTheUpload() {
        Agreement agreement = newAgreement();
        byte[] pdf = TestFiles.pdf("Signed DPA " + System.nanoTime());
        Document stored = asDpo(() -> upload(agreement.id(), "Signed DPA", pdf, "signed.pdf"));

        assertThat(stored.sha256()).isEqualTo(Sha256.hex(pdf));
        assertThat(stored.byteSize()).isEqualTo(pdf.length);
        assertThat(stored.mediaType()).isEqualTo("application/pdf");
        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.uploadedBy()).isEqualTo("dpo");
        assertThat(SignedIn.as(directory, "auditor", () -> read(stored.id()))).isEqualTo(pdf);
        assertThat(SignedIn.as(directory, "manager", () -> documents.ofOwner(DocumentOwner.agreement(agreement.id()))))
                .extracting(Document::title)
                .containsExactly("Signed DPA");

        ChangeEntry entry = historyOf(stored.id()).getFirst();
        assertThat(entry.operation()).isEqualTo(Operation.INSERT);
        assertThat(entry.changedBy()).isEqualTo("dpo");
        assertThat(entry.afterState()).contains(stored.sha256(), "Signed DPA", "AGREEMENT:" + agreement.id());
    }

    @Test
    void aNewVersionLeavesTheOldOneAsItWas() {
        Agreement agreement = newAgreement();
        byte[] first = TestFiles.pdf("Certificate 2025 " + System.nanoTime());
        byte[] second = TestFiles.pdf("Certificate 2026 " + System.nanoTime());
        Document v1 = asDpo(() -> upload(agreement.id(), "ISO 27001 certificate", first, "iso.pdf"));
        Document v2 = asDpo(() -> documents.newVersion(
                v1.id(),
                new DocumentDraft(DocumentKind.CERTIFICATE, "ISO 27001 certificate", null, null),
                "iso-2026.pdf",
                new ByteArrayInputStream(second)));

        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.documentKey()).isEqualTo(v1.documentKey());
        assertThat(asDpo(() -> documents.ofOwner(DocumentOwner.agreement(agreement.id()))))
                .extracting(Document::version)
                .containsExactly(2, 1);
        assertThat(asDpo(() -> read(v1.id()))).isEqualTo(first);
        assertThat(asDpo(() -> read(v2.id()))).isEqualTo(second);
    }

    @Test
    void bytesChangedInTheDatabaseAreRefusedOnRead() {
        Agreement agreement = newAgreement();
        byte[] pdf = TestFiles.pdf("Audit report " + System.nanoTime());
        Document stored = asDpo(() -> upload(agreement.id(), "Audit report", pdf, "audit.pdf"));
        byte[] tampered = pdf.clone();
        tampered[tampered.length / 2] ^= 1;
        jdbc.update("update document_chunk set bytes = ? where sha256 = ? and chunk_no = 0", tampered, stored.sha256());

        assertThatThrownBy(() -> SignedIn.as(directory, "auditor", () -> documents.open(stored.id())))
                .isInstanceOf(DocumentDamagedException.class)
                .hasMessageContaining("failed its integrity check")
                .hasMessageContaining(stored.sha256());
    }

    @Test
    void anExecutableNamedLikeAPdfIsRefusedAndTheMessageNamesWhatItIs() {
        Agreement agreement = newAgreement();
        assertThatThrownBy(() -> asDpo(() -> upload(agreement.id(), "Signed DPA", TestFiles.exe(), "signed.pdf")))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> {
                    assertThat(refused.problems().getFirst().messageKey()).isEqualTo("vault.type-refused");
                    assertThat(refused.problems()
                                    .getFirst()
                                    .arguments()
                                    .getFirst()
                                    .toString())
                            .startsWith("application/x-");
                });
        assertThat(asDpo(() -> documents.ofOwner(DocumentOwner.agreement(agreement.id()))))
                .isEmpty();
    }

    @Test
    void aWordDocumentIsKeptAsAWordDocumentAndAPlainZipIsNot() {
        Agreement agreement = newAgreement();
        Document word = asDpo(() -> upload(agreement.id(), "Annex III", TestFiles.docx(), "annex-iii.docx"));
        assertThat(word.mediaType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThatThrownBy(() -> asDpo(() -> upload(agreement.id(), "Annex", TestFiles.plainZip(), "annex.docx")))
                .isInstanceOfSatisfying(InvalidInputException.class, Refused.onField("file"));
    }

    @Test
    void removalHidesTheDocumentKeepsItsRecordAndIsInTheHistory() {
        Agreement agreement = newAgreement();
        Document stored =
                asDpo(() -> upload(agreement.id(), "Old TIA", TestFiles.pdf("TIA " + System.nanoTime()), "tia.pdf"));
        asDpo(() -> {
            documents.remove(stored.id());
            return null;
        });

        assertThat(asDpo(() -> documents.ofOwner(DocumentOwner.agreement(agreement.id()))))
                .isEmpty();
        assertThat(asDpo(() -> documents.find(stored.id()))).isEmpty();
        assertThatThrownBy(() -> asDpo(() -> documents.open(stored.id())))
                .isInstanceOfSatisfying(InvalidInputException.class, Refused.onField("document"));
        ChangeEntry removal = historyOf(stored.id()).getFirst();
        assertThat(removal.operation()).isEqualTo(Operation.UPDATE);
        assertThat(removal.changedBy()).isEqualTo("dpo");
        assertThat(removal.beforeState()).contains("\"removedAt\":null");
        assertThat(removal.afterState()).doesNotContain("\"removedAt\":null").contains(stored.sha256());
    }

    @Test
    void theAuditorDownloadsButUploadsNothingAndTheManagerSeesTheListButNotTheContent() {
        Agreement agreement = newAgreement();
        Document stored =
                asDpo(() -> upload(agreement.id(), "SCC", TestFiles.pdf("SCC " + System.nanoTime()), "scc.pdf"));

        assertThatThrownBy(() -> SignedIn.as(
                        directory,
                        "auditor",
                        () -> upload(agreement.id(), "Report", TestFiles.pdf("Report"), "report.pdf")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SignedIn.as(directory, "auditor", () -> {
                    documents.remove(stored.id());
                    return null;
                }))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(SignedIn.as(directory, "auditor", () -> read(stored.id()))).isNotEmpty();
        assertThat(SignedIn.as(directory, "manager", () -> documents.ofOwner(DocumentOwner.agreement(agreement.id()))))
                .hasSize(1);
        assertThatThrownBy(() -> SignedIn.as(directory, "manager", () -> documents.open(stored.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SignedIn.as(
                        directory,
                        "manager",
                        () -> upload(agreement.id(), "Report", TestFiles.pdf("Report"), "report.pdf")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aCertificateValidUntilNextMonthIsAnUpcomingDeadlineOfTheDpoUntilANewVersionRunsLonger() {
        Agreement agreement = newAgreement();
        LocalDate today = LocalDate.ofInstant(SignedIn.as(directory, "dpo", deadlines::now), ZoneOffset.UTC);
        String title = "ISAE 3402 report " + System.nanoTime();
        Document report = asDpo(() -> documents.upload(
                DocumentOwner.agreement(agreement.id()),
                new DocumentDraft(DocumentKind.CERTIFICATE, title, today.minusYears(1), today.plusDays(20)),
                "isae.pdf",
                new ByteArrayInputStream(TestFiles.pdf(title))));

        Deadline due = asDpo(() -> deadlines.within(30)).stream()
                .filter(d -> d.kind() == DeadlineKind.DOCUMENT_EXPIRY && title.equals(d.subject()))
                .findFirst()
                .orElseThrow();
        assertThat(due.dueOn()).isEqualTo(today.plusDays(20));
        assertThat(due.agreementId()).isEqualTo(agreement.id());
        assertThat(due.path()).isEqualTo("agreement/" + agreement.id());
        assertThat(DeadlineKind.DOCUMENT_EXPIRY.owners()).contains(org.dpatracker.security.Role.DPO);

        asDpo(() -> documents.newVersion(
                report.id(),
                new DocumentDraft(DocumentKind.CERTIFICATE, title, today, today.plusYears(1)),
                "isae-renewed.pdf",
                new ByteArrayInputStream(TestFiles.pdf(title + " renewed"))));
        assertThat(asDpo(() -> deadlines.within(30)))
                .as("the renewed version is what counts")
                .noneMatch(d -> d.kind() == DeadlineKind.DOCUMENT_EXPIRY && title.equals(d.subject()));
    }

    @Test
    void theAnnexListsTheAgreementsDocumentsWithTheirHashesAndStaysPdfA() throws IOException {
        Agreement agreement = newAgreement();
        String title = "Signed DPA of " + System.nanoTime();
        Document stored = asDpo(() -> documents.upload(
                DocumentOwner.agreement(agreement.id()),
                new DocumentDraft(DocumentKind.SIGNED_DPA, title, LocalDate.of(2026, 3, 2), null),
                "dpa.pdf",
                new ByteArrayInputStream(TestFiles.pdf(title))));

        byte[] annex = SignedIn.as(directory, "auditor", () -> {
            AnnexVersion version = annexes.current(agreement.id(), "en");
            return annexes.content(version);
        });
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/pdf"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/pdf/annex-with-documents.pdf"), annex);
        String text = PdfText.of(annex);
        assertThat(text).contains("Documents on file", title, "Signed DPA", "2026-03-02");
        assertThat(text.replace(" ", "")).contains(stored.sha256());
        assertThat(PdfValidator.failures(annex, PDFAFlavour.PDFA_2_A)).isEmpty();
        assertThat(PdfValidator.failures(annex, PDFAFlavour.PDFUA_1)).isEmpty();
    }

    @Test
    void documentsAttachToTheOrganisationAndNotToWhatDoesNotExist() {
        Agreement agreement = newAgreement();
        long vendor = asDpo(() ->
                agreements.detail(agreement.id()).orElseThrow().processor().id());
        Document certificate = asDpo(() -> documents.upload(
                DocumentOwner.organisation(vendor),
                new DocumentDraft(DocumentKind.CERTIFICATE, "ISO 27001", null, null),
                "iso.pdf",
                new ByteArrayInputStream(TestFiles.pdf("ISO " + System.nanoTime()))));
        assertThat(asDpo(() -> documents.ofOwner(DocumentOwner.organisation(vendor))))
                .containsExactly(certificate);
        assertThat(asDpo(() -> documents.ofOwner(DocumentOwner.agreement(agreement.id()))))
                .isEmpty();

        assertThatThrownBy(() -> asDpo(() -> documents.upload(
                        new DocumentOwner(OwnerKind.BREACH, 987_654_321L),
                        new DocumentDraft(DocumentKind.NOTICE, "Breach notice", null, null),
                        "notice.pdf",
                        new ByteArrayInputStream(TestFiles.pdf("Notice")))))
                .isInstanceOfSatisfying(InvalidInputException.class, Refused.onField("owner"));
        assertThatThrownBy(() -> asDpo(() -> documents.upload(
                        DocumentOwner.agreement(agreement.id()),
                        new DocumentDraft(DocumentKind.TIA, " ", LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 1)),
                        "tia.pdf",
                        new ByteArrayInputStream(TestFiles.pdf("TIA")))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused -> assertThat(refused.problems())
                                .extracting(InvalidInputException.Problem::field)
                                .containsExactlyInAnyOrder("title", "validUntil"));
    }

    private Agreement newAgreement() {
        return asDpo(() -> AgreementBuilder.agreement(agreements, organisations).save());
    }

    private Document upload(long agreementId, String title, byte[] content, String fileName) {
        return documents.upload(
                DocumentOwner.agreement(agreementId),
                new DocumentDraft(DocumentKind.SIGNED_DPA, title, null, null),
                fileName,
                new ByteArrayInputStream(content));
    }

    private byte[] read(long id) {
        try (InputStream in = documents.open(id).stream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private java.util.List<ChangeEntry> historyOf(long documentId) {
        return SignedIn.as(
                directory,
                "auditor",
                () -> history.findPage(new ChangeFilter("document", String.valueOf(documentId), null), 0, 10));
    }

    private <T> T asDpo(java.util.function.Supplier<T> work) {
        return SignedIn.as(directory, "dpo", work);
    }
}
