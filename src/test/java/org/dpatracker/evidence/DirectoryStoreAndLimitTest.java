package org.dpatracker.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.dpatracker.core.InvalidInputException;
import org.dpatracker.organisation.OrganisationService;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.support.AgreementBuilder;
import org.dpatracker.support.H2Test;
import org.dpatracker.support.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The documented alternative: files in a directory, with a limit of 1 MB configured. */
@H2Test
class DirectoryStoreAndLimitTest {

    private static final Path DIRECTORY = newDirectory();

    @DynamicPropertySource
    static void directoryStore(DynamicPropertyRegistry properties) {
        properties.add("dpa.documents.store", () -> "directory");
        properties.add("dpa.documents.directory", DIRECTORY::toString);
        properties.add("dpa.documents.max-size", () -> "1MB");
    }

    @Autowired
    DocumentService documents;

    @Autowired
    AgreementService agreements;

    @Autowired
    OrganisationService organisations;

    @Autowired
    UserDetailsService directory;

    @Test
    void theFileIsKeptInTheDirectoryUnderItsHashAndChangedBytesAreRefused() throws IOException {
        byte[] pdf = TestFiles.pdf("Deletion certificate " + System.nanoTime());
        long agreement = newAgreement();
        Document stored = asDpo(() -> upload(agreement, pdf));
        Path file = DIRECTORY.resolve(stored.sha256().substring(0, 2)).resolve(stored.sha256());

        assertThat(file).exists().hasBinaryContent(pdf);
        try (InputStream in = asDpo(() -> documents.open(stored.id())).stream()) {
            assertThat(in.readAllBytes()).isEqualTo(pdf);
        }
        byte[] changed = pdf.clone();
        changed[20] ^= 1;
        Files.write(file, changed);
        assertThatThrownBy(() -> asDpo(() -> documents.open(stored.id())))
                .isInstanceOf(DocumentDamagedException.class)
                .hasMessageContaining("Document " + stored.id() + " failed its integrity check");
    }

    @Test
    void aFileOverTheLimitIsRefusedAfterReadingNoMoreThanTheLimitAndNothingIsStored() throws IOException {
        long agreement = newAgreement();
        long limit = 1024 * 1024;
        CountingStream oversized = new CountingStream(TestFiles.generatedPdf(50 * limit));
        long filesBefore = filesIn(DIRECTORY);

        assertThatThrownBy(() -> asDpo(() -> documents.upload(
                        DocumentOwner.agreement(agreement),
                        new DocumentDraft(DocumentKind.AUDIT_REPORT, "Too big", null, null),
                        "big.pdf",
                        oversized)))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> {
                    assertThat(refused.problems().getFirst().messageKey()).isEqualTo("vault.too-large");
                    assertThat(refused.problems().getFirst().arguments()).containsExactly("1.0 MB");
                });
        assertThat(oversized.read).as("bytes read of a 50 MB upload").isLessThan(limit + 128 * 1024);
        assertThat(filesIn(DIRECTORY)).isEqualTo(filesBefore);
        assertThat(asDpo(() -> documents.ofOwner(DocumentOwner.agreement(agreement))))
                .isEmpty();

        Document exactly = asDpo(() -> documents.upload(
                DocumentOwner.agreement(agreement),
                new DocumentDraft(DocumentKind.AUDIT_REPORT, "Just fits", null, null),
                "fits.pdf",
                TestFiles.generatedPdf(limit)));
        assertThat(exactly.byteSize()).isEqualTo(limit);
    }

    private long newAgreement() {
        return asDpo(() -> AgreementBuilder.agreement(agreements, organisations).save())
                .id();
    }

    private Document upload(long agreementId, byte[] content) {
        return documents.upload(
                DocumentOwner.agreement(agreementId),
                new DocumentDraft(DocumentKind.DELETION_CERTIFICATE, "Deletion certificate", null, null),
                "deleted.pdf",
                new ByteArrayInputStream(content));
    }

    private <T> T asDpo(java.util.function.Supplier<T> work) {
        return SignedIn.as(directory, "dpo", work);
    }

    private static long filesIn(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    private static Path newDirectory() {
        try {
            return Files.createTempDirectory("dpa-documents-test");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Counts what the vault reads of an upload. */
    private static final class CountingStream extends java.io.FilterInputStream {
        private long read;

        private CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read(byte[] target, int offset, int length) throws IOException {
            int count = super.read(target, offset, length);
            read += Math.max(count, 0);
            return count;
        }
    }
}
