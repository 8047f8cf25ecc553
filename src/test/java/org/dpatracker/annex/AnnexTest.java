package org.dpatracker.annex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import org.dpatracker.core.Dates;
import org.dpatracker.core.ExportProgress;
import org.dpatracker.core.InvalidInputException;
import org.dpatracker.organisation.Organisation;
import org.dpatracker.organisation.OrganisationService;
import org.dpatracker.processor.Agreement;
import org.dpatracker.processor.AgreementDetail;
import org.dpatracker.processor.AgreementRow;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.processor.ApprovalState;
import org.dpatracker.processor.ProcessingLocation;
import org.dpatracker.processor.RegisterFilter;
import org.dpatracker.processor.Subprocessor;
import org.dpatracker.processor.SubprocessorService;
import org.dpatracker.security.SystemAccess;
import org.dpatracker.support.AgreementBuilder;
import org.dpatracker.support.H2Test;
import org.dpatracker.support.PdfText;
import org.dpatracker.support.PdfValidator;
import org.dpatracker.support.Refused;
import org.dpatracker.tom.TomChecklist;
import org.dpatracker.tom.TomChecklistService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** The annex PDFs of the demo register: complete, archival, accessible, versioned. */
@H2Test
class AnnexTest {

    @Autowired
    AnnexService annexes;

    @Autowired
    AgreementService agreements;

    @Autowired
    SubprocessorService subprocessors;

    @Autowired
    OrganisationService organisations;

    @Autowired
    TomChecklistService checklists;

    @Test
    @WithUserDetails("auditor")
    void theUbimaxAnnexHoldsEveryMeasureOfBothColumnsAndPassesVeraPdfInEnglishAndGerman() throws IOException {
        long ubimax = agreementOf("Ubimax");
        AnnexVersion english = annexes.current(ubimax, "en");
        byte[] pdf = annexes.content(english);
        save(pdf, "ubimax-en.pdf");

        assertThat(PdfValidator.failures(pdf, PDFAFlavour.PDFA_2_A)).isEmpty();
        assertThat(PdfValidator.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
        String text = PdfText.of(pdf);
        for (TomChecklist checklist : checklists.ofAgreement(ubimax)) {
            checklist.entries().stream()
                    .filter(e -> e.description() != null)
                    .flatMap(e -> e.description().lines())
                    .forEach(line -> assertThat(text).as("measure line").contains(PdfText.normalised(line)));
        }
        assertThat(text)
                .contains(
                        "Annex I – List of parties",
                        "Annex II – Description of the processing",
                        "Annex III – Technical and organisational measures",
                        "Annex IV – List of sub-processors",
                        "Measures taken by the processor Ubimax GmbH",
                        "Measures taken by Microsoft Azure",
                        "Microsoft Azure",
                        "EU/EEA (no member state named) (Microsoft Azure server in Europe) – within the EU/EEA",
                        "1 per calendar year",
                        "immediately",
                        "Licensee data filed in the software",
                        "not recorded",
                        "Page 1 of " + english.pageCount(),
                        english.documentId());
        assertThat(text)
                .as("the legal form once; no invented subprocessor duration")
                .doesNotContain("Ubimax GmbH GmbH", "as the main agreement");

        AnnexVersion germanVersion = annexes.current(ubimax, "de");
        String german = PdfText.of(annexes.content(germanVersion));
        assertThat(german)
                .as("the time of generation on the clock of the controller's seat in Germany, named")
                .contains(Dates.formatWithZone(germanVersion.generatedAt(), Locale.GERMAN, ZoneId.of("Europe/Berlin")))
                .containsPattern("Erstellt am \\d{2}\\.\\d{2}\\.\\d{4} \\d{2}:\\d{2} MES?Z")
                .doesNotContain(" UTC");
        assertThat(german)
                .contains(
                        "Anhang I – Liste der Parteien",
                        "Zutrittskontrolle",
                        "Maßnahmen von Microsoft Azure",
                        "nicht erfasst",
                        "Seite 1 von");
    }

    @Test
    @WithUserDetails("auditor")
    void everyProcessorAgreementOfTheRegisterRendersValidWithEverySubprocessorAndLocation() throws IOException {
        for (AgreementRow row :
                SystemAccess.call(() -> agreements.findPage(RegisterFilter.processors(), List.of(), 0, 100))) {
            AgreementDetail detail = agreements.detail(row.id()).orElseThrow();
            byte[] pdf = annexes.render(row.id(), "en");
            assertThat(PdfValidator.failures(pdf, PDFAFlavour.PDFA_2_A))
                    .as(row.processorName())
                    .isEmpty();
            String text = PdfText.of(pdf);
            assertThat(text)
                    .contains(
                            PdfText.normalised(detail.processor().name()),
                            PdfText.normalised(detail.controller().name()));
            // long names wrap inside their table cell, so compare without the line breaks
            String unwrapped = text.replaceAll("\\s", "");
            for (Subprocessor s : detail.subprocessors()) {
                assertThat(unwrapped)
                        .contains(PdfText.normalised(detail.organisationOf(s).name())
                                .replaceAll("\\s", ""));
            }
        }
    }

    @Test
    @WithUserDetails("dpo")
    void aNewVersionOnlyWhenTheFactsChangeAndTheDifferenceNamesTheNewSubprocessor() {
        Agreement agreement = agreement("Versioned Vendor " + System.nanoTime() % 100000);
        AnnexVersion first = annexes.current(agreement.id(), "en");
        assertThat(annexes.current(agreement.id(), "en").version())
                .isEqualTo(first.version())
                .isEqualTo(1);

        subprocessors.save(new Subprocessor(
                null,
                0,
                agreement.id(),
                null,
                organisations
                        .save(organisation("Zażółć Ελληνικά Hosting 日本語株式会社", "JP"))
                        .id(),
                "Backups",
                false,
                null,
                ApprovalState.AUTHORISED,
                List.of(ProcessingLocation.in("JP", "Tokyo"))));
        AnnexVersion second = annexes.current(agreement.id(), "en");

        assertThat(second.version()).isEqualTo(2);
        assertThat(second.sha256()).isNotEqualTo(first.sha256());
        AnnexDiff diff = annexes.changesSince(agreement.id(), "en", 1);
        assertThat(diff.subprocessorsAdded()).containsExactly("Zażółć Ελληνικά Hosting 日本語株式会社");
        assertThat(diff.subprocessorsRemoved()).isEmpty();
        assertThat(annexes.versions(agreement.id()))
                .extracting(AnnexVersion::version)
                .containsExactly(2, 1);
        assertThat(PdfText.of(annexes.content(second))).contains("Zażółć Ελληνικά Hosting 日本語株式会社", "Japan (Tokyo)");
        assertThatThrownBy(() -> annexes.changesSince(agreement.id(), "en", 7))
                .isInstanceOfSatisfying(InvalidInputException.class, Refused.onField("version"));
        assertThatThrownBy(() -> annexes.current(agreement.id(), "fr"))
                .isInstanceOfSatisfying(InvalidInputException.class, Refused.onField("language"));
    }

    @Test
    @WithUserDetails("auditor")
    void onlyProcessorsHaveAnArt28AnnexNotJointOrIndependentControllers() {
        int processors = agreements.count(RegisterFilter.processors());
        List<String> withAnnex = agreements.findPage(RegisterFilter.processors(), List.of(), 0, processors).stream()
                .map(AgreementRow::processorName)
                .toList();
        assertThat(withAnnex)
                .contains("Ubimax GmbH", "Empolis Information Management GmbH")
                .doesNotContain("Facebook Inc", "Twitter, Inc.", "SmugMug, Inc.");
        long facebook = agreementOf("Facebook");
        assertThatThrownBy(() -> annexes.current(facebook, "en"))
                .isInstanceOfSatisfying(InvalidInputException.class, Refused.onField("agreementId"))
                .hasMessageContaining("annex.validation.not-processor");
        assertThatThrownBy(() -> annexes.zip(List.of(agreementOf("Ubimax"), facebook), "en"))
                .isInstanceOfSatisfying(InvalidInputException.class, Refused.onField("agreementId"));
        assertThat(annexes.versions(facebook)).isEmpty();
    }

    @Test
    @WithUserDetails("auditor")
    void theSeedsFactsLandInTheAnnexesTheyBelongTo() {
        String imk = PdfText.of(annexes.render(agreementOf("imk"), "en"));
        assertThat(section(imk, "Annex IV"))
                .as("imk's delimitation of responsibilities in Annex IV")
                .contains(
                        "Delimitation of responsibilities",
                        PdfText.normalised(
                                "Support is provided directly by imk automotive GmbH: support contact details are "
                                        + "not passed on to subcontractors."));

        String empolis = PdfText.of(annexes.render(agreementOf("Empolis"), "en"));
        assertThat(section(empolis, "Annex III"))
                .as("Empolis' GTC §2(3)-(5) as measures")
                .contains(
                        PdfText.normalised(
                                "Several instances of the software run on one server only if the data stocks of the "
                                        + "customers are separated"),
                        PdfText.normalised(
                                "the customer must change the password immediately to one known only to him"),
                        PdfText.normalised(
                                "at least in accordance with the usual security precautions for such offers"));
        assertThat(section(empolis, "Annex II")).doesNotContain("spying out of data", "data stocks");

        String ubimax = PdfText.of(annexes.render(agreementOf("Ubimax"), "en"));
        assertThat(section(ubimax, "Annex IV"))
                .contains(PdfText.normalised("which the published terms do not contain: the list is not on file"));
    }

    /** The text of one annex part, from its heading to the next part's heading. */
    private static String section(String text, String heading) {
        int start = text.indexOf(heading + " –");
        assertThat(start).as(heading).isNotNegative();
        java.util.regex.Matcher next =
                java.util.regex.Pattern.compile("Annex [IVX]+ –").matcher(text);
        return next.find(start + heading.length()) ? text.substring(start, next.start()) : text.substring(start);
    }

    @Test
    @WithUserDetails("manager")
    void managersCannotExportAnnexes() {
        long ubimax = SystemAccess.call(() -> agreementOf("Ubimax"));
        assertThatThrownBy(() -> annexes.current(ubimax, "en")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> annexes.versions(ubimax)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("auditor")
    void aZipHoldsOneAnnexPerSelectedAgreement() throws IOException {
        byte[] zip = annexes.zip(List.of(agreementOf("Ubimax"), agreementOf("imk")), "de");
        List<String> names = new java.util.ArrayList<>();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
                assertThat(new String(in.readNBytes(5))).isEqualTo("%PDF-");
            }
        }
        assertThat(names).hasSize(2).allMatch(name -> name.endsWith("-de.pdf"));
    }

    @Test
    @WithUserDetails("auditor")
    void aCancelledZipStopsAtTheNextAnnexAndKeepsNoneOfTheVersionsItArchived() {
        String marker = "Zip Cancel " + System.nanoTime();
        List<Long> fresh = SystemAccess.call(() -> List.of(
                agreement(marker + " A").id(),
                agreement(marker + " B").id(),
                agreement(marker + " C").id()));
        ExportProgress cancelledAfterTheFirst = new ExportProgress() {
            @Override
            public void advance() {
                super.advance();
                if (done() == 1) {
                    cancel();
                }
            }
        };

        assertThatThrownBy(() -> annexes.zip(fresh, "en", cancelledAfterTheFirst))
                .isInstanceOf(CancellationException.class);
        assertThat(cancelledAfterTheFirst.done()).isEqualTo(1);
        assertThat(cancelledAfterTheFirst.total()).isEqualTo(3);
        assertThat(fresh)
                .as("the annex archived before the cancel is rolled back with the export")
                .allSatisfy(id -> assertThat(annexes.versions(id)).isEmpty());
        assertThat(annexes.zip(fresh, "en", ExportProgress.unwatched())).isNotEmpty();
        assertThat(fresh).allSatisfy(id -> assertThat(annexes.versions(id)).hasSize(1));
    }

    private long agreementOf(String processor) {
        return agreements
                .findPage(RegisterFilter.text(processor), List.of(), 0, 1)
                .getFirst()
                .id();
    }

    private Agreement agreement(String vendor) {
        return AgreementBuilder.agreement(agreements, organisations)
                .vendor(vendor, "DE")
                .subjectMatter("Archive")
                .save();
    }

    private static Organisation organisation(String name, String country) {
        return Organisation.withoutSubdivision(
                null, name, null, null, null, null, country, null, null, null, false, 0, List.of());
    }

    private static void save(byte[] pdf, String name) throws IOException {
        Files.createDirectories(Path.of("target/pdf"));
        Files.write(Path.of("target/pdf", name), pdf);
    }
}
