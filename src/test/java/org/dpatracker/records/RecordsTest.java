package org.dpatracker.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.dpatracker.core.InvalidInputException;
import org.dpatracker.deadline.Deadline;
import org.dpatracker.deadline.DeadlineKind;
import org.dpatracker.deadline.UpcomingDeadlines;
import org.dpatracker.history.ChangeFilter;
import org.dpatracker.history.ChangeHistoryService;
import org.dpatracker.organisation.OrganisationService;
import org.dpatracker.processor.SpecialCategory;
import org.dpatracker.security.SystemAccess;
import org.dpatracker.support.H2Test;
import org.dpatracker.support.PdfText;
import org.dpatracker.support.PdfValidator;
import org.dpatracker.support.Refused;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** The record of processing activities on the real database with the demo data. */
@H2Test
class RecordsTest {

    @Autowired
    RecordService records;

    @Autowired
    RecordExportService exports;

    @Autowired
    OrganisationService organisations;

    @Autowired
    UpcomingDeadlines deadlines;

    @Autowired
    ChangeHistoryService history;

    @Test
    @WithUserDetails("auditor")
    void theDemoRecordListsTheSeedActivitiesWithLegalBasesRecipientsRetentionAndTheUsTransfer() {
        RecordDetail analytics = view("Website analytics (Google Analytics)");
        assertThat(analytics.activity().legalBases())
                .as("the policy names no basis")
                .isEmpty();
        assertThat(analytics.transfers())
                .extracting(
                        RecordDetail.Transfer::recipient,
                        RecordDetail.Transfer::country,
                        RecordDetail.Transfer::withoutMechanism)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Google Inc.", "US", true));

        RecordDetail chat = view("Website chat (Userlike)");
        assertThat(chat.activity().legalBases()).containsExactly(LegalBasis.LEGITIMATE_INTERESTS);
        assertThat(chat.recipients())
                .extracting(RecordDetail.Recipient::name)
                .contains("Userlike UG (haftungsbeschränkt)", "Amazon Web Services (AWS CloudFront)");
        assertThat(chat.retention())
                .extracting(r -> r.rule().rule().dataCategory())
                .containsExactly("Chat history (website chat)");
        assertThat(chat.transfers())
                .as("the widget is loaded from AWS CloudFront in the US")
                .extracting(
                        RecordDetail.Transfer::recipient,
                        RecordDetail.Transfer::country,
                        RecordDetail.Transfer::withoutMechanism)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Amazon Web Services (AWS CloudFront)", "US", true));

        assertThat(view("Applications").activity().legalBases())
                .containsExactlyInAnyOrder(LegalBasis.CONSENT, LegalBasis.CONTRACT);
        assertThat(view("Invisible reCAPTCHA").transfers())
                .extracting(RecordDetail.Transfer::mechanism)
                .containsExactly(org.dpatracker.transfer.TransferMechanism.PRIVACY_SHIELD);
        assertThat(view("Remote support with Augmented Automation (Ubimax)").measures())
                .extracting(RecordDetail.Measures::party)
                .containsExactly("Ubimax GmbH", "Microsoft Azure");
        for (String tool : List.of(
                "URL shortening (Bitly; Yourls, self-hosted)",
                "Flipping books (Joomag)",
                "Social media plug-ins (Shariff solution)",
                "Social media management (Hootsuite)")) {
            assertThat(view(tool).activity().legalBases())
                    .as(tool + ": Art. 6(1)(f) as WIBU's policy gives it")
                    .containsExactly(LegalBasis.LEGITIMATE_INTERESTS);
        }
        assertThat(view("Social media plug-ins (Shariff solution)").recipients())
                .extracting(RecordDetail.Recipient::name)
                .contains(
                        "Facebook Inc",
                        "Twitter, Inc.",
                        "LinkedIn Corporation",
                        "SmugMug, Inc. (Flickr)",
                        "Google Inc.");
        assertThat(records.findAll(new RecordFilter(null, null, null, true)))
                .extracting(ProcessingActivity::name)
                .contains(
                        "Website analytics (Google Analytics)",
                        "Invisible reCAPTCHA",
                        "Podcasts (Podtrac)",
                        "Website chat (Userlike)")
                .doesNotContain("Web analytics (Matomo, self-hosted)", "Orders");
    }

    @Test
    @WithUserDetails("dpo")
    void inputIsCheckedAndARecordGoesThroughReviewToApproval() {
        long demo = ownCompany("Beispiel");
        assertThatThrownBy(() -> records.save(activity(demo, " ", Set.of(), Set.of(), Set.of())))
                .isInstanceOfSatisfying(InvalidInputException.class, Refused.onField("name"));
        assertThatThrownBy(() -> records.save(activity(
                        organisations.findAll("Ubimax").getFirst().id(),
                        "Payroll",
                        Set.of(LegalBasis.LEGAL_OBLIGATION),
                        Set.of(),
                        Set.of())))
                .isInstanceOfSatisfying(InvalidInputException.class, Refused.onField("controllerId"))
                .satisfies(e -> assertThat(problems(e)).contains("record.validation.controller"));
        assertThatThrownBy(() -> records.save(activity(
                        demo,
                        "Occupational health",
                        Set.of(LegalBasis.LEGAL_OBLIGATION),
                        Set.of(SpecialCategory.HEALTH),
                        Set.of())))
                .satisfies(e -> assertThat(problems(e)).contains("record.validation.art9"));

        ProcessingActivity draft =
                records.save(activity(demo, "Payroll " + System.nanoTime() % 10000, Set.of(), Set.of(), Set.of()));
        assertThat(draft.status()).isEqualTo(RecordStatus.DRAFT);
        assertThatThrownBy(() -> records.submit(draft.id(), draft.version()))
                .satisfies(e -> assertThat(problems(e)).contains("record.validation.legal-basis"));
        assertThat(records.view(draft.id()).orElseThrow().activity().status()).isEqualTo(RecordStatus.DRAFT);

        ProcessingActivity complete = records.save(with(draft, Set.of(LegalBasis.LEGAL_OBLIGATION)));
        ProcessingActivity inReview = records.submit(complete.id(), complete.version());
        assertThat(inReview.status()).isEqualTo(RecordStatus.IN_REVIEW);
        ProcessingActivity approved = records.approve(inReview.id(), inReview.version());
        assertThat(approved.status()).isEqualTo(RecordStatus.APPROVED);
        assertThat(approved.approvedBy()).isEqualTo("dpo");
        assertThat(approved.reviewDue()).isEqualTo(records.today().plusMonths(12));

        ProcessingActivity edited =
                records.save(with(approved, Set.of(LegalBasis.LEGAL_OBLIGATION, LegalBasis.CONTRACT)));
        assertThat(edited.status())
                .as("a changed approved record is a draft again")
                .isEqualTo(RecordStatus.DRAFT);
        assertThat(history.findPage(new ChangeFilter(RecordService.ENTITY, String.valueOf(draft.id()), null), 0, 10))
                .hasSize(5);
    }

    @Test
    @WithUserDetails("dpo")
    void aProcessorRecordNamesTheControllerServedAndShowsItInTheExport() throws IOException {
        long imst = ownCompany("IMST");
        long customer = organisations.findAll("Beispiel").getFirst().id();
        ProcessingActivity base = activity(imst, "Antenna measurements for customers", Set.of(), Set.of(), Set.of());
        ProcessingActivity withoutController = new ProcessingActivity(
                null,
                0,
                RecordRole.PROCESSOR,
                base.name(),
                imst,
                null,
                null,
                null,
                "Measurement services on behalf of the customer",
                Set.of(),
                null,
                Set.of(),
                Set.of(),
                "Customer employees",
                "Names and contact data in measurement reports",
                null,
                List.of(),
                null,
                null,
                "ISO 17025 lab procedures",
                null,
                null,
                "Test lab",
                null,
                null,
                null,
                null,
                null);
        assertThatThrownBy(() -> records.save(withoutController))
                .satisfies(e -> assertThat(problems(e)).contains("record.validation.served-controller"));

        ProcessingActivity saved = records.save(new ProcessingActivity(
                null,
                0,
                RecordRole.PROCESSOR,
                base.name(),
                imst,
                customer,
                null,
                null,
                withoutController.purposes(),
                Set.of(),
                null,
                Set.of(),
                Set.of(),
                withoutController.dataSubjects(),
                withoutController.personalData(),
                null,
                List.of(),
                null,
                null,
                withoutController.security(),
                null,
                null,
                "Test lab",
                null,
                null,
                null,
                null,
                null));
        ProcessingActivity inReview = records.submit(saved.id(), saved.version());
        assertThat(inReview.status())
                .as("a processor record needs no legal basis")
                .isEqualTo(RecordStatus.IN_REVIEW);
        String text = PdfText.of(exports.pdf(new RecordFilter(imst, "Test lab", RecordRole.PROCESSOR, false), "en"));
        assertThat(text)
                .contains(
                        "Processor (Art. 30(2))",
                        "Controller served (processor record) Beispiel Fertigung GmbH (demo)",
                        "ISO 17025 lab procedures");
    }

    @Test
    @WithUserDetails("auditor")
    void auditorsAndManagersNeitherEditNorApprove() {
        long demo = SystemAccess.call(() -> ownCompany("Beispiel"));
        ProcessingActivity inReview = SystemAccess.call(() -> {
            ProcessingActivity saved = records.save(
                    activity(demo, "Visitor log", Set.of(LegalBasis.LEGITIMATE_INTERESTS), Set.of(), Set.of()));
            return records.submit(saved.id(), saved.version());
        });
        assertThatThrownBy(() -> records.approve(inReview.id(), inReview.version()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> records.save(activity(demo, "Other", Set.of(), Set.of(), Set.of())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("dpo")
    void aReviewPastItsDateIsFlaggedAndListedAmongTheDeadlines() {
        long demo = ownCompany("Beispiel");
        ProcessingActivity base =
                activity(demo, "CCTV at the gate", Set.of(LegalBasis.LEGITIMATE_INTERESTS), Set.of(), Set.of());
        ProcessingActivity saved = records.save(new ProcessingActivity(
                null,
                0,
                base.role(),
                base.name(),
                demo,
                null,
                null,
                null,
                base.purposes(),
                base.legalBases(),
                null,
                Set.of(),
                Set.of(),
                base.dataSubjects(),
                base.personalData(),
                null,
                List.of(),
                null,
                null,
                null,
                null,
                null,
                "Facility",
                records.today().minusDays(1),
                null,
                null,
                null,
                null));

        assertThat(saved.reviewOverdue(records.today())).isTrue();
        assertThat(deadlines.within(30))
                .filteredOn(d -> d.kind() == DeadlineKind.RECORD_REVIEW)
                .extracting(Deadline::subject, Deadline::overdue)
                .contains(org.assertj.core.groups.Tuple.tuple("CCTV at the gate", true));
    }

    @Test
    @WithUserDetails("auditor")
    void theExportsCarryEveryLinkedObjectInPdfAndXlsx() throws IOException {
        RecordFilter marketing = new RecordFilter(null, "Marketing", RecordRole.CONTROLLER, false);
        byte[] pdf = exports.pdf(marketing, "en");
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/pdf"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/pdf/records-marketing.pdf"), pdf);
        assertThat(PdfValidator.failures(pdf, PDFAFlavour.PDFA_2_A)).isEmpty();
        String text = PdfText.of(pdf);
        for (RecordDetail view : records.views(marketing)) {
            assertThat(text).contains(PdfText.normalised(view.activity().name()));
            view.recipients().forEach(r -> assertThat(text).contains(PdfText.normalised(r.name())));
            view.retention()
                    .forEach(r -> assertThat(text)
                            .contains(PdfText.normalised(r.rule().rule().dataCategory())));
        }
        assertThat(text)
                .contains(
                        "Google Inc. → United States",
                        "No transfer mechanism recorded",
                        "Art. 6(1)(f) legitimate interests",
                        "Chat history (website chat)")
                .doesNotContain("Orders");

        byte[] xlsx = exports.xlsx(RecordFilter.all(), "de");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheets().map(Sheet::getName).toList())
                    .containsExactly("Tätigkeiten", "Empfänger", "Übermittlungen", "Löschfristen", "Maßnahmen");
            List<String> activities = cells(workbook, 0);
            assertThat(activities).contains("Website chat (Userlike)", "Art. 6 Abs. 1 lit. f berechtigte Interessen");
            assertThat(cells(workbook, 1)).contains("Amazon Web Services (AWS CloudFront)", "Unterauftragsverarbeiter");
            assertThat(cells(workbook, 2))
                    .contains("Google Inc.", "Vereinigte Staaten", "Keine Übermittlungsgrundlage erfasst");
            assertThat(cells(workbook, 3)).contains("Chat history (website chat)", "P3M");
            assertThat(cells(workbook, 4)).contains("Microsoft Azure", "DE_TOM");
        }
    }

    @Test
    @WithUserDetails("dpo")
    void aNameThatWouldRunAsAFormulaIsExportedAsText() throws IOException {
        String name = "=HYPERLINK(\"http://evil.example\";\"Open\") " + System.nanoTime() % 10000;
        records.save(activity(ownCompany("Beispiel"), name, Set.of(), Set.of(), Set.of()));
        try (ReadableWorkbook workbook =
                new ReadableWorkbook(new ByteArrayInputStream(exports.xlsx(RecordFilter.all(), "en")))) {
            List<String> activities = cells(workbook, 0);
            assertThat(activities).contains("'" + name).doesNotContain(name);
            assertThat(activities).noneMatch(cell -> !cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0);
        }
    }

    private List<String> cells(ReadableWorkbook workbook, int sheet) throws IOException {
        List<String> cells = new ArrayList<>();
        try (var rows = workbook.getSheet(sheet).orElseThrow().openStream()) {
            rows.forEach((Row row) -> row.forEach(cell -> cells.add(cell == null ? "" : cell.getRawValue())));
        }
        return cells;
    }

    private RecordDetail view(String name) {
        return records.findAll(RecordFilter.all()).stream()
                .filter(a -> a.name().equals(name))
                .findFirst()
                .flatMap(a -> records.view(a.id()))
                .orElseThrow(() -> new AssertionError("no activity " + name));
    }

    private long ownCompany(String name) {
        return organisations.findAll(name).getFirst().id();
    }

    private static List<String> problems(Throwable e) {
        return ((InvalidInputException) e)
                .problems().stream()
                        .map(InvalidInputException.Problem::messageKey)
                        .toList();
    }

    private static ProcessingActivity activity(
            long controller,
            String name,
            Set<LegalBasis> bases,
            Set<SpecialCategory> special,
            Set<Art9Condition> art9) {
        return new ProcessingActivity(
                null,
                0,
                RecordRole.CONTROLLER,
                name,
                controller,
                null,
                null,
                null,
                "Paying salaries",
                bases,
                null,
                art9,
                special,
                "Employees",
                "Name, bank account, salary",
                null,
                List.of(),
                null,
                null,
                null,
                null,
                null,
                "HR",
                null,
                null,
                null,
                null,
                null);
    }

    private static ProcessingActivity with(ProcessingActivity a, Set<LegalBasis> bases) {
        return new ProcessingActivity(
                a.id(),
                a.version(),
                a.role(),
                a.name(),
                a.controllerId(),
                a.servedControllerId(),
                a.jointControllers(),
                a.representative(),
                a.purposes(),
                bases,
                a.legalBasisNote(),
                a.art9Conditions(),
                a.specialCategories(),
                a.dataSubjects(),
                a.personalData(),
                a.otherRecipients(),
                a.agreementIds(),
                a.art49Documentation(),
                a.erasure(),
                a.security(),
                a.dpia(),
                a.dpiaReference(),
                a.department(),
                a.reviewDue(),
                a.status(),
                a.approvedBy(),
                a.approvedOn(),
                a.source());
    }
}
