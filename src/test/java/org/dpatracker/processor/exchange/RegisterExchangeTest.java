package org.dpatracker.processor.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.dpatracker.history.ChangeFilter;
import org.dpatracker.history.ChangeHistoryService;
import org.dpatracker.processor.AgreementDetail;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.processor.RegisterFilter;
import org.dpatracker.redflag.RedFlagType;
import org.dpatracker.support.H2Test;
import org.dpatracker.transfer.TransferMechanism;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

@H2Test
class RegisterExchangeTest {

    private static final String HEADER = String.join(",", RegisterRow.COLUMNS);

    @Autowired
    RegisterExchangeService exchange;

    @Autowired
    AgreementService agreements;

    @Autowired
    ChangeHistoryService history;

    @Test
    @WithUserDetails("dpo")
    void aCsvFileCreatesAgreementsSubprocessorsAndLocations() {
        String vendor = "Csv Vendor " + suffix();
        String csv = HEADER + "\n"
                + "X1,IMST GmbH," + vendor
                + ",DE,SIGNED,Ticket system,Support,Customers,\"Name, e-mail\",GENERAL,30,,,,,,DE,Frankfurt,,,\n"
                + "X1,,,,,,,,,,,Csv Host " + suffix() + ",DE,,Hosting,AUTHORISED,EU,,,,\n"
                + "X1,,,,,,,,,,,Csv Support,IN,,Support desk,PENDING,IN,Pune,SCC_2021,3,TIA-7\n";

        RegisterExchangeService.ImportResult result = exchange.importFile(ExchangeFormat.CSV, stream(csv));

        assertThat(result).isEqualTo(new RegisterExchangeService.ImportResult(1, 2, 3));
        AgreementDetail detail = detailOf(vendor);
        assertThat(detail.agreement().subprocessorTerms().objectionPeriodDays()).isEqualTo(30);
        assertThat(detail.agreement().locations()).extracting(l -> l.country()).containsExactly("DE");
        assertThat(detail.subprocessors()).hasSize(2);
        assertThat(detail.subprocessors().get(1).locations().getFirst().mechanism())
                .isEqualTo(TransferMechanism.SCC_2021);
        assertThat(detail.redFlags()).isEmpty();
    }

    @Test
    @WithUserDetails("dpo")
    void anArt49DerogationIsImportedWithItsPointAndRefusedWithoutIt() {
        String vendor = "Travel Agency " + suffix();
        String csv = HEADER + "\n" + "T1,IMST GmbH," + vendor
                + ",DE,SIGNED,Business travel,,,,,,,,,,,TH,Bangkok,ART_49_DEROGATION,,,B\n";
        exchange.importFile(ExchangeFormat.CSV, stream(csv));
        assertThat(detailOf(vendor).agreement().locations()).singleElement().satisfies(location -> {
            assertThat(location.mechanism()).isEqualTo(TransferMechanism.ART_49_DEROGATION);
            assertThat(location.derogation()).isEqualTo("b");
        });
        assertThat(detailOf(vendor).redFlags())
                .extracting(flag -> flag.type())
                .containsExactly(org.dpatracker.redflag.RedFlagType.DEROGATION_FOR_REGULAR_TRANSFERS);

        String without = HEADER + "\n" + "T2,IMST GmbH,Other Agency " + suffix()
                + ",DE,SIGNED,Business travel,,,,,,,,,,,TH,,ART_49_DEROGATION,,,\n";
        assertThatThrownBy(() -> exchange.importFile(ExchangeFormat.CSV, stream(without)))
                .isInstanceOfSatisfying(
                        ImportRefusedException.class,
                        refused -> assertThat(refused.problems())
                                .containsExactly(new ImportProblem(
                                        "2", "derogation", "location.validation.derogation", List.of())));
    }

    @Test
    @WithUserDetails("dpo")
    void oneBadRowInTheMiddleRefusesTheWholeFileAndNamesLineAndColumn() {
        int before = agreements.count(RegisterFilter.all());
        int historyBefore = history.count(ChangeFilter.all());
        String csv = HEADER + "\n"
                + "G1,IMST GmbH,Good Vendor " + suffix() + ",DE,SIGNED,Newsletter,,,,,,,,,,,DE,,,,\n"
                + "B1,IMST GmbH,Bad Vendor " + suffix() + ",XX,SIGNED,Chat,,,,,,,,,,,DE,,,,\n"
                + "G2,IMST GmbH,Other Vendor " + suffix() + ",DE,SIGNED,Survey,,,,,,,,,,,US,,NONE,,\n";

        assertThatThrownBy(() -> exchange.importFile(ExchangeFormat.CSV, stream(csv)))
                .isInstanceOfSatisfying(
                        ImportRefusedException.class,
                        refused -> assertThat(refused.problems())
                                .containsExactly(new ImportProblem(
                                        "3", "processor_country", "validation.country", List.of("XX"))));

        assertThat(agreements.count(RegisterFilter.all())).isEqualTo(before);
        assertThat(history.count(ChangeFilter.all())).isEqualTo(historyBefore);
    }

    @Test
    @WithUserDetails("dpo")
    void everyProblemOfAFileIsReportedAtOnce() {
        String csv = HEADER + "\n" + "E1,Unknown Controller AG,,DE,DONE,,,,,,many,Sub,DE,Nobody,,,ZZ,,SCC_2021,7,\n";
        assertThatThrownBy(() -> exchange.importFile(ExchangeFormat.CSV, stream(csv)))
                .isInstanceOfSatisfying(
                        ImportRefusedException.class,
                        refused -> assertThat(refused.problems())
                                .extracting(ImportProblem::column)
                                .containsExactlyInAnyOrder(
                                        "controller",
                                        "processor",
                                        "subject_matter",
                                        "status",
                                        "objection_days",
                                        "service",
                                        "engaged_by",
                                        "location_country",
                                        "scc_module"));
    }

    @Test
    @WithUserDetails("dpo")
    void exportedFilesImportAgainInEveryFormat() {
        for (ExchangeFormat format : ExchangeFormat.values()) {
            byte[] exported = exchange.export(RegisterFilter.text("Bitly"), format);
            int before = agreements.count(RegisterFilter.text("Bitly"));

            exchange.importFile(format, new ByteArrayInputStream(exported));

            List<Long> ids = agreements.findPage(RegisterFilter.text("Bitly"), List.of(), 0, 100).stream()
                    .map(row -> row.id())
                    .toList();
            assertThat(ids).as(format.name()).hasSize(before * 2);
            AgreementDetail copy = agreements
                    .detail(ids.stream().max(Long::compare).orElseThrow())
                    .orElseThrow();
            assertThat(copy.agreement().locations())
                    .singleElement()
                    .satisfies(l -> assertThat(l.mechanism()).isEqualTo(TransferMechanism.PRIVACY_SHIELD));
            assertThat(copy.redFlags()).extracting(f -> f.type()).contains(RedFlagType.INVALIDATED_FRAMEWORK);
        }
    }

    @Test
    @WithUserDetails("dpo")
    void cellsThatWouldRunAsFormulasAreExportedAsTextAndImportUnchanged() throws Exception {
        String vendor = "Formula Vendor " + suffix();
        String subject = "=HYPERLINK(\"http://evil.example\",\"Click\")";
        String purposes = "+49 30 hotline";
        String subjects = "@SUM(1+1)";
        String data = "-1 year after the end";
        String csv = HEADER + "\n" + "F1,IMST GmbH," + vendor + ",DE,SIGNED,\"" + subject.replace("\"", "\"\"") + "\","
                + purposes + "," + subjects + "," + data + ",,,,,,,,DE,,,,\n";
        exchange.importFile(ExchangeFormat.CSV, stream(csv));
        assertThat(detailOf(vendor).agreement().processing().subjectMatter()).isEqualTo(subject);

        String exportedCsv =
                new String(exchange.export(RegisterFilter.text(vendor), ExchangeFormat.CSV), StandardCharsets.UTF_8);
        assertThat(exportedCsv)
                .contains("'=HYPERLINK", "'+49 30 hotline", "'@SUM(1+1)", "'-1 year after the end")
                .doesNotContain(",=HYPERLINK", ",\"=HYPERLINK", ",+49", ",@SUM");
        byte[] exportedXlsx = exchange.export(RegisterFilter.text(vendor), ExchangeFormat.XLSX);
        try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(new ByteArrayInputStream(exportedXlsx))) {
            List<String> cells = workbook.getFirstSheet().read().get(1).stream()
                    .map(cell -> cell == null ? "" : cell.getText())
                    .toList();
            assertThat(cells).contains("'" + subject, "'" + purposes, "'" + subjects, "'" + data);
            assertThat(cells).noneMatch(cell -> cell.startsWith("=") || cell.startsWith("+") || cell.startsWith("@"));
        }

        for (ExchangeFormat format : ExchangeFormat.values()) {
            int before = agreements.count(RegisterFilter.text(vendor));
            exchange.importFile(format, new ByteArrayInputStream(exchange.export(RegisterFilter.text(vendor), format)));
            List<Long> ids = agreements.findPage(RegisterFilter.text(vendor), List.of(), 0, 100).stream()
                    .map(row -> row.id())
                    .toList();
            assertThat(ids).as(format.name()).hasSize(before * 2);
            var processing = agreements
                    .detail(ids.stream().max(Long::compare).orElseThrow())
                    .orElseThrow()
                    .agreement()
                    .processing();
            assertThat(processing.subjectMatter()).as(format.name()).isEqualTo(subject);
            assertThat(processing.purposes()).as(format.name()).isEqualTo(purposes);
            assertThat(processing.dataSubjects()).as(format.name()).isEqualTo(subjects);
            assertThat(processing.personalData()).as(format.name()).isEqualTo(data);
        }
    }

    @Test
    @WithUserDetails("dpo")
    void theTemplatesAreValidImports() {
        for (ExchangeFormat format : ExchangeFormat.values()) {
            String template = new String(exchange.template(format), StandardCharsets.UTF_8);
            if (format != ExchangeFormat.XLSX) {
                assertThat(template).contains("agreement_ref").contains("Example Cloud GmbH");
            }
            assertThatThrownBy(() -> exchange.importFile(format, new ByteArrayInputStream(exchange.template(format))))
                    .as("the template's controller is a placeholder")
                    .isInstanceOfSatisfying(
                            ImportRefusedException.class,
                            refused -> assertThat(refused.problems())
                                    .extracting(ImportProblem::messageKey)
                                    .containsExactly("import.unknown-controller"));
        }
    }

    @Test
    @WithUserDetails("auditor")
    void anAuditorExportsButCannotImport() {
        assertThat(exchange.export(RegisterFilter.all(), ExchangeFormat.CSV)).isNotEmpty();
        assertThatThrownBy(() -> exchange.importFile(ExchangeFormat.CSV, stream(HEADER + "\n")))
                .isInstanceOf(AccessDeniedException.class);
    }

    private AgreementDetail detailOf(String processor) {
        long id = agreements
                .findPage(RegisterFilter.text(processor), List.of(), 0, 1)
                .getFirst()
                .id();
        return agreements.detail(id).orElseThrow();
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 6);
    }
}
