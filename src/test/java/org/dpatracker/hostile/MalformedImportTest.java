package org.dpatracker.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.processor.RegisterFilter;
import org.dpatracker.processor.exchange.ExchangeFormat;
import org.dpatracker.processor.exchange.ImportProblem;
import org.dpatracker.processor.exchange.ImportRefusedException;
import org.dpatracker.processor.exchange.RegisterExchangeService;
import org.dpatracker.support.H2Test;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** Malformed import files are refused with a message, within bounded memory, and nothing of them is saved. */
@H2Test
@WithUserDetails("dpo")
class MalformedImportTest {

    @Autowired
    RegisterExchangeService exchange;

    @Autowired
    AgreementService agreements;

    @Test
    void aTruncatedSpreadsheetIsUnreadable() {
        byte[] xlsx = exchange.export(RegisterFilter.text("Ubimax"), ExchangeFormat.XLSX);
        assertThat(refusal(ExchangeFormat.XLSX, Arrays.copyOf(xlsx, xlsx.length / 2)))
                .isEqualTo("import.unreadable");
    }

    @Test
    void aCsvInAnotherEncodingIsRefusedInsteadOfStoredGarbled() {
        String csv = new String(
                        exchange.export(RegisterFilter.text("Ubimax"), ExchangeFormat.CSV), StandardCharsets.UTF_8)
                .replace("Ubimax GmbH", "Übimax Müller GmbH");
        assertThat(refusal(ExchangeFormat.CSV, csv.getBytes(StandardCharsets.ISO_8859_1)))
                .isEqualTo("import.not-utf8");
    }

    @Test
    void jsonNestedTenThousandDeepIsUnreadable() {
        byte[] deep = ("[".repeat(10_000) + "]".repeat(10_000)).getBytes(StandardCharsets.UTF_8);
        assertThat(refusal(ExchangeFormat.JSON, deep)).isEqualTo("import.unreadable");
    }

    @Test
    void aFileOverTheLimitIsRefusedAfterReadingTheLimit() {
        byte[] large = new byte[RegisterExchangeService.MAX_FILE_BYTES + 1];
        Arrays.fill(large, (byte) 'a');
        assertThat(refusal(ExchangeFormat.CSV, large)).isEqualTo("import.too-large");
    }

    @Test
    void aSpreadsheetWhoseSharedStringsExpandToGigabytesIsRefusedWithinBoundedMemory() throws IOException {
        byte[] bomb = archiveExpandingTo(1024L * 1024 * 1024);
        assertThat(bomb.length).isLessThan(RegisterExchangeService.MAX_FILE_BYTES);
        long before = heapUsed();
        resetPeaks();

        String refusal = refusal(ExchangeFormat.XLSX, bomb);

        long peak = heapPeak();
        System.out.printf(
                "Archive bomb: %,d bytes expanding to 1 GiB; heap %,d MB before, peak %,d MB while refusing%n",
                bomb.length, before >> 20, peak >> 20);
        assertThat(refusal).isEqualTo("import.expands-too-much");
        assertThat(peak - before).as("heap growth while refusing").isLessThan(512L * 1024 * 1024);
    }

    private String refusal(ExchangeFormat format, byte[] content) {
        int before = agreements.count(RegisterFilter.all());
        ImportRefusedException refused = catchThrowableOfType(
                ImportRefusedException.class, () -> exchange.importFile(format, new ByteArrayInputStream(content)));
        assertThat(refused).as("refused").isNotNull();
        assertThat(agreements.count(RegisterFilter.all())).isEqualTo(before);
        return refused.problems().stream()
                .map(ImportProblem::messageKey)
                .findFirst()
                .orElseThrow();
    }

    /** A minimal XLSX whose shared strings part inflates to {@code size} bytes of one repeated string. */
    private static byte[] archiveExpandingTo(long size) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(
                    ("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>")
                            .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            byte[] chunk = "<si><t>AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA</t></si>"
                    .repeat(1000)
                    .getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < size; written += chunk.length) {
                zip.write(chunk);
            }
        }
        return out.toByteArray();
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void resetPeaks() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long heapPeak() {
        return heapPools().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    private static java.util.stream.Stream<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP);
    }
}
