package org.dpatracker.annex;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.dpatracker.DpaTrackerApplication;
import org.dpatracker.organisation.Organisation;
import org.dpatracker.organisation.OrganisationService;
import org.dpatracker.pdf.FontSet;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.processor.ApprovalState;
import org.dpatracker.processor.ProcessingLocation;
import org.dpatracker.processor.RegisterFilter;
import org.dpatracker.processor.Subprocessor;
import org.dpatracker.processor.SubprocessorService;
import org.dpatracker.security.SystemAccess;
import org.dpatracker.support.PdfValidator;
import org.dpatracker.transfer.TransferMechanism;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Measures rendering the annex of the largest seed agreement (Ubimax, with its two-column TOM
 * appendix) after adding 30 subprocessors: median and p95 after warm-up, size, pages, and the bytes
 * allocated per render; the output is checked by veraPDF once.
 *
 * <p>Run: {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.dpatracker.annex.AnnexBenchmark}
 */
public final class AnnexBenchmark {

    private static final int EXTRA_SUBPROCESSORS = 30;
    private static final int WARM_UP = 100;
    private static final int RUNS = 300;

    private AnnexBenchmark() {}

    public static void main(String[] args) throws Exception {
        System.setProperty("org.jooq.no-logo", "true");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(DpaTrackerApplication.class)
                .run(
                        "--spring.profiles.active=test,demo",
                        "--server.port=0",
                        "--logging.level.root=WARN",
                        "--spring.datasource.url=jdbc:h2:mem:annexbenchmark;DB_CLOSE_DELAY=-1")) {
            SystemAccess.run(() -> {
                try {
                    run(context);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        }
    }

    private static void run(ConfigurableApplicationContext context) throws Exception {
        AgreementService agreements = context.getBean(AgreementService.class);
        long ubimax = agreements
                .findPage(RegisterFilter.text("Ubimax"), List.of(), 0, 1)
                .getFirst()
                .id();
        OrganisationService organisations = context.getBean(OrganisationService.class);
        SubprocessorService subprocessors = context.getBean(SubprocessorService.class);
        for (int i = 1; i <= EXTRA_SUBPROCESSORS; i++) {
            Organisation vendor = organisations.save(Organisation.withoutSubdivision(
                    null,
                    "Benchmark Subprocessor " + i + " GmbH",
                    null,
                    "Hafenstraße " + i,
                    "28217",
                    "Bremen",
                    "DE",
                    null,
                    new Organisation.Contact(
                            "Kim Müller", "Privacy lead", "privacy" + i + "@vendor.example", "+49 421 000" + i, null),
                    null,
                    false,
                    0,
                    List.of()));
            subprocessors.save(new Subprocessor(
                    null,
                    0,
                    ubimax,
                    null,
                    vendor.id(),
                    "Support and operation of component " + i
                            + " of the Augmented Automation platform, including remote maintenance",
                    false,
                    null,
                    ApprovalState.AUTHORISED,
                    List.of(
                            ProcessingLocation.in("DE", "Frankfurt"),
                            new ProcessingLocation(
                                    null, "US", "Virginia", TransferMechanism.SCC_2021, 3, null, "TIA 2026-" + i))));
        }
        AnnexService service = context.getBean(AnnexService.class);
        FontSet fonts = context.getBean(FontSet.class);
        AnnexContent content = service.content(ubimax);
        AnnexStamp stamp = new AnnexStamp(1, "benchmark", "Benchmark", Instant.parse("2026-11-21T12:00:00Z"));

        measure(
                "render only (compose + layout + PDF/A + save)",
                () -> AnnexPdf.render(
                        AnnexComposer.compose(content, Locale.ENGLISH),
                        stamp,
                        Locale.ENGLISH,
                        java.time.ZoneOffset.UTC,
                        fonts));
        measure("from the database (read all facts + render)", () -> service.render(ubimax, "en"));

        byte[] pdf = AnnexPdf.render(
                AnnexComposer.compose(content, Locale.ENGLISH), stamp, Locale.ENGLISH, java.time.ZoneOffset.UTC, fonts);
        try (var document = Loader.loadPDF(pdf)) {
            System.out.printf(
                    "output: %,d bytes, %d pages; veraPDF PDF/A-2a failures: %s; PDF/UA-1 failures: %s%n",
                    pdf.length,
                    document.getNumberOfPages(),
                    PdfValidator.failures(pdf, PDFAFlavour.PDFA_2_A),
                    PdfValidator.failures(pdf, PDFAFlavour.PDFUA_1));
        }
    }

    private static void measure(String label, ThrowingSupplier render) throws Exception {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        for (int i = 0; i < WARM_UP; i++) {
            render.get();
        }
        long[] nanos = new long[RUNS];
        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            render.get();
            nanos[i] = System.nanoTime() - start;
        }
        long allocated = (threads.getCurrentThreadAllocatedBytes() - allocatedBefore) / RUNS;
        Arrays.sort(nanos);
        System.out.printf(
                "%-50s median %6.1f ms   p95 %6.1f ms   allocated %,.1f MB per render%n",
                label, nanos[RUNS / 2] / 1e6, nanos[(int) (RUNS * 0.95)] / 1e6, allocated / 1e6);
    }

    @FunctionalInterface
    private interface ThrowingSupplier {
        Object get() throws Exception;
    }
}
