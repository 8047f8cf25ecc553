package org.dpatracker.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.dpatracker.core.Sha256;
import org.dpatracker.organisation.OrganisationService;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.support.AgreementBuilder;
import org.dpatracker.support.H2Test;
import org.dpatracker.support.SignedIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A 25 MB file goes in and out a buffer at a time. The live heap is measured (after a full collection)
 * while the file is nearly through: a vault that collected the bytes in memory would hold most of them
 * then. The file itself is generated as it is read, so the test holds none of it either.
 */
@H2Test
class LargeDocumentTest {

    private static final long SIZE = 25L * 1024 * 1024;
    private static final long TOLERANCE = 8L * 1024 * 1024;
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    @Autowired
    DocumentService documents;

    @Autowired
    AgreementService agreements;

    @Autowired
    OrganisationService organisations;

    @Autowired
    UserDetailsService directory;

    @Test
    void a25MbFileIsStoredAndReadWithoutEverBeingHeldInMemory(TestReporter report) throws IOException {
        long agreement = SignedIn.as(
                        directory,
                        "dpo",
                        () -> AgreementBuilder.agreement(agreements, organisations)
                                .save())
                .id();
        MessageDigest expected = Sha256.digest();
        HeapProbe upload = new HeapProbe(TestFiles.generatedPdf(SIZE), expected);
        Document stored = SignedIn.as(
                directory,
                "dpo",
                () -> documents.upload(
                        DocumentOwner.agreement(agreement),
                        new DocumentDraft(DocumentKind.AUDIT_REPORT, "Large audit report", null, null),
                        "audit.pdf",
                        upload));

        assertThat(stored.byteSize()).isEqualTo(SIZE);
        assertThat(stored.sha256()).isEqualTo(HexFormat.of().formatHex(expected.digest()));
        report.publishEntry("live heap growth at 24 MB of the upload (bytes)", String.valueOf(upload.growth));
        assertThat(upload.growth).as("live heap growth while uploading 25 MB").isBetween(-TOLERANCE, TOLERANCE);

        MessageDigest read = Sha256.digest();
        try (InputStream content = SignedIn.as(directory, "auditor", () -> documents.open(stored.id())).stream();
                HeapProbe download = new HeapProbe(content, read)) {
            download.transferTo(OutputStreamSink.INSTANCE);
            report.publishEntry("live heap growth at 24 MB of the download (bytes)", String.valueOf(download.growth));
            assertThat(download.growth)
                    .as("live heap growth while downloading 25 MB")
                    .isBetween(-TOLERANCE, TOLERANCE);
        }
        assertThat(HexFormat.of().formatHex(read.digest())).isEqualTo(stored.sha256());
    }

    /** Hashes what passes through and, at 24 MB, measures how much more heap is live than at the start. */
    private static final class HeapProbe extends FilterInputStream {

        private final MessageDigest digest;
        private final long baseline;
        private long position;
        private long growth = Long.MIN_VALUE;

        private HeapProbe(InputStream in, MessageDigest digest) {
            super(in);
            this.digest = digest;
            this.baseline = liveHeap();
        }

        @Override
        public int read(byte[] target, int offset, int length) throws IOException {
            int count = super.read(target, offset, length);
            if (count > 0) {
                digest.update(target, offset, count);
                long before = position;
                position += count;
                if (before < 24L * 1024 * 1024 && position >= 24L * 1024 * 1024) {
                    growth = liveHeap() - baseline;
                }
            }
            return count;
        }

        private static long liveHeap() {
            System.gc();
            return MEMORY.getHeapMemoryUsage().getUsed();
        }
    }

    /** Discards what it is given. */
    private static final class OutputStreamSink extends java.io.OutputStream {
        private static final OutputStreamSink INSTANCE = new OutputStreamSink();

        @Override
        public void write(int b) {}

        @Override
        public void write(byte[] b, int off, int len) {}
    }
}
