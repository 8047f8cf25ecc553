package org.dpatracker.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.dpatracker.deadline.DeadlineKind;
import org.dpatracker.deadline.UpcomingDeadlines;
import org.dpatracker.organisation.OrganisationService;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.support.AgreementBuilder;
import org.dpatracker.support.PostgresTest;
import org.dpatracker.support.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The vault on PostgreSQL: a file over several chunks comes back whole, a changed chunk is refused. */
@PostgresTest
class DocumentVaultPostgresIT {

    private static final int SIZE = 3 * 1024 * 1024 + 12_345;

    @Autowired
    DocumentService documents;

    @Autowired
    AgreementService agreements;

    @Autowired
    OrganisationService organisations;

    @Autowired
    UserDetailsService directory;

    @Autowired
    UpcomingDeadlines deadlines;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aFileOfSeveralChunksComesBackWithItsHashAndAChangedChunkIsRefused() throws IOException {
        byte[] content;
        try (InputStream generated = TestFiles.generatedPdf(SIZE)) {
            content = generated.readAllBytes();
        }
        content[SIZE - 1] = (byte) (System.nanoTime() & 0x7f);
        long agreement = newAgreement();
        byte[] upload = content;
        Document stored = SignedIn.as(
                directory,
                "dpo",
                () -> documents.upload(
                        DocumentOwner.agreement(agreement),
                        new DocumentDraft(DocumentKind.SIGNED_DPA, "Signed DPA", null, null),
                        "dpa.pdf",
                        new java.io.ByteArrayInputStream(upload)));

        assertThat(jdbc.queryForObject(
                        "select count(*) from document_chunk where sha256 = ?", Integer.class, stored.sha256()))
                .isEqualTo(13);
        assertThat(SignedIn.as(directory, "auditor", () -> read(stored.id()))).isEqualTo(content);
        assertThat(stored.sha256()).isEqualTo(org.dpatracker.core.Sha256.hex(content));

        jdbc.update(
                "update document_chunk set bytes = ? where sha256 = ? and chunk_no = 7",
                new byte[] {1, 2, 3},
                stored.sha256());
        assertThatThrownBy(() -> SignedIn.as(directory, "auditor", () -> documents.open(stored.id())))
                .isInstanceOf(DocumentDamagedException.class)
                .hasMessageContaining(stored.sha256());
    }

    @Test
    void versionsStayApartAndOnlyTheNewestCountsForTheExpiryDeadline() {
        long agreement = newAgreement();
        LocalDate today = LocalDate.ofInstant(SignedIn.as(directory, "dpo", deadlines::now), ZoneOffset.UTC);
        String title = "Pen test report " + System.nanoTime();
        byte[] first = TestFiles.pdf(title);
        Document v1 = SignedIn.as(
                directory,
                "dpo",
                () -> documents.upload(
                        DocumentOwner.agreement(agreement),
                        new DocumentDraft(DocumentKind.AUDIT_REPORT, title, today, today.plusDays(5)),
                        "pentest.pdf",
                        new java.io.ByteArrayInputStream(first)));
        assertThat(SignedIn.as(directory, "dpo", () -> deadlines.within(14)))
                .anyMatch(d -> d.kind() == DeadlineKind.DOCUMENT_EXPIRY && title.equals(d.subject()));

        Document v2 = SignedIn.as(
                directory,
                "dpo",
                () -> documents.newVersion(
                        v1.id(),
                        new DocumentDraft(DocumentKind.AUDIT_REPORT, title, today, today.plusDays(100)),
                        "pentest-2.pdf",
                        new java.io.ByteArrayInputStream(TestFiles.pdf(title + " again"))));
        assertThat(v2.version()).isEqualTo(2);
        assertThat(SignedIn.as(directory, "dpo", () -> deadlines.within(14)))
                .noneMatch(d -> d.kind() == DeadlineKind.DOCUMENT_EXPIRY && title.equals(d.subject()));
        assertThat(SignedIn.as(directory, "auditor", () -> read(v1.id()))).isEqualTo(first);
    }

    private long newAgreement() {
        return SignedIn.as(
                        directory,
                        "dpo",
                        () -> AgreementBuilder.agreement(agreements, organisations)
                                .save())
                .id();
    }

    private byte[] read(long id) {
        try (InputStream in = documents.open(id).stream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
