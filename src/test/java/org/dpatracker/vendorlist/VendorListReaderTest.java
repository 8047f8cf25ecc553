package org.dpatracker.vendorlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dpatracker.processor.exchange.ImportProblem;
import org.dpatracker.processor.exchange.ImportRefusedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class VendorListReaderTest {

    @Test
    void readsAnHtmlTableCopiedFromAWebPage() {
        String html = """
                <p>Our sub-processors</p>
                <table class="list"><thead><tr><th>Sub-processor</th><th>Purpose</th><th>Location</th></tr></thead>
                <tbody>
                <tr><td><b>Axilaris&nbsp;GmbH</b><td>Hosting &amp; backup<td>Frankfurt<br>Germany
                <tr><td>Example Mail Ltd.</td><td>E-mail</td><td>Ireland, USA</td></tr>
                </tbody></table>
                <table><tr><td>Another table</td></tr></table>
                """;

        List<VendorListEntry> entries = VendorListReader.read(VendorListInput.pasted(html));

        assertThat(entries).extracting(VendorListEntry::name).containsExactly("Axilaris GmbH", "Example Mail Ltd.");
        assertThat(entries.getFirst().purpose()).isEqualTo("Hosting & backup");
        assertThat(entries.getFirst().location()).isEqualTo("Frankfurt, Germany");
        assertThat(entries.getFirst().countries()).containsExactly("DE");
        assertThat(entries.get(1).countries()).containsExactlyInAnyOrder("IE", "US");
        assertThat(entries.get(1).line()).isEqualTo(3);
    }

    @Test
    void readsTabSeparatedRowsWithGermanHeadersAndAHeadingAbove() {
        String tsv = "Unsere Unterauftragsverarbeiter\n"
                + "Unterauftragsverarbeiter\tTätigkeit\tStandort\n"
                + "Axilaris GmbH\tRechenzentrum\tDeutschland\n"
                + "Beispiel Analytics Inc.\tStatistik\tVereinigte Staaten; EU\n";

        List<VendorListEntry> entries = VendorListReader.read(VendorListInput.pasted(tsv));

        assertThat(entries)
                .extracting(VendorListEntry::name)
                .containsExactly("Axilaris GmbH", "Beispiel Analytics Inc.");
        assertThat(entries).extracting(VendorListEntry::purpose).containsExactly("Rechenzentrum", "Statistik");
        assertThat(entries.get(1).countries()).containsExactlyInAnyOrder("US", "EU");
        assertThat(entries.getFirst().line()).isEqualTo(3);
    }

    @Test
    void readsCsvWithSemicolonsOrCommasAndQuotedCells() {
        String semicolons = "Name;Zweck;Land\n\"Axilaris GmbH\";\"Hosting; Backup\";DE\n";
        String commas = "\uFEFFname,purpose,country\n\"Example, Inc.\",Support,United Kingdom\n";

        assertThat(VendorListReader.read(VendorListInput.pasted(semicolons)))
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.purpose()).isEqualTo("Hosting; Backup");
                    assertThat(entry.countries()).containsExactly("DE");
                });
        assertThat(VendorListReader.read(
                        new VendorListInput(null, "list.csv", commas.getBytes(StandardCharsets.UTF_8))))
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.name()).isEqualTo("Example, Inc.");
                    assertThat(entry.countries()).containsExactly("GB");
                });
    }

    @Test
    void readsTheFirstSheetOfAnXlsxFile() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "test", "1.0");
        Worksheet sheet = workbook.newWorksheet("Sub-processors");
        List<List<String>> rows = List.of(
                List.of("Sub-processor name", "Service", "Countries"),
                List.of("Axilaris GmbH", "Hosting", "DE, NL"),
                List.of("", "", ""),
                List.of("Example Mail Ltd.", "E-mail", "Ireland"));
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < 3; c++) {
                if (!rows.get(r).get(c).isEmpty()) {
                    sheet.value(r, c, rows.get(r).get(c));
                }
            }
        }
        workbook.finish();

        List<VendorListEntry> entries =
                VendorListReader.read(VendorListInput.upload("list.xlsx", new ByteArrayInputStream(out.toByteArray())));

        assertThat(entries).extracting(VendorListEntry::name).containsExactly("Axilaris GmbH", "Example Mail Ltd.");
        assertThat(entries.getFirst().countries()).containsExactlyInAnyOrder("DE", "NL");
        assertThat(entries.get(1).line()).as("the spreadsheet's row number").isEqualTo(4);
    }

    @Test
    void aRowWithoutANameIsRefusedWithItsLineAndNothingIsRead() {
        String tsv = "Name\tPurpose\nAxilaris GmbH\tHosting\n\tSupport\nExample Ltd\tMail\n\tBackup\n";

        assertThat(problems(VendorListInput.pasted(tsv)))
                .extracting(ImportProblem::line, ImportProblem::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("3", "vendorlist.no-name"),
                        org.assertj.core.groups.Tuple.tuple("5", "vendorlist.no-name"));
    }

    @Test
    void aListWithoutANameColumnOrWithoutRowsIsRefused() {
        assertThat(problems(VendorListInput.pasted("Purpose\tCountry\nHosting\tDE\n")))
                .extracting(ImportProblem::messageKey)
                .containsExactly("vendorlist.no-name-column");
        assertThat(problems(VendorListInput.pasted("  \n ")))
                .extracting(ImportProblem::messageKey)
                .containsExactly("vendorlist.empty");
        assertThat(problems(VendorListInput.pasted("Name\tPurpose\n")))
                .extracting(ImportProblem::messageKey)
                .containsExactly("vendorlist.empty");
    }

    @Test
    void filesOverTenMegabytesAndCsvThatIsNotUtf8AreRefused() {
        byte[] large = new byte[10 * 1024 * 1024 + 1];
        assertThatThrownBy(() -> VendorListInput.upload("list.csv", new ByteArrayInputStream(large)))
                .isInstanceOfSatisfying(
                        ImportRefusedException.class,
                        refused -> assertThat(refused.problems().getFirst().messageKey())
                                .isEqualTo("import.too-large"));
        byte[] latin1 = "Name;Land\nMüller GmbH;Deutschland\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(problems(new VendorListInput(null, "list.csv", latin1)))
                .extracting(ImportProblem::messageKey)
                .containsExactly("import.not-utf8");
        assertThat(problems(new VendorListInput(null, "list.pdf", new byte[] {1})))
                .extracting(ImportProblem::messageKey)
                .containsExactly("vendorlist.unknown-format");
    }

    @Test
    @Timeout(30)
    void hostileMarkupIsReadInOnePass() {
        String openComments = "<table><tr><th>Name</th></tr><tr><td>Acme GmbH</td></tr>" + "<!--".repeat(1_000_000);
        assertThat(VendorListReader.read(VendorListInput.pasted(openComments)))
                .extracting(VendorListEntry::name)
                .containsExactly("Acme GmbH");
        String openTags = "<table><tr><th>Name</th></tr><tr><td>" + "<a".repeat(2_000_000);
        assertThat(problems(VendorListInput.pasted(openTags)))
                .extracting(ImportProblem::line, ImportProblem::messageKey)
                .as("a row of nothing but markup is no row")
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1", "vendorlist.empty"));
        String spaces =
                "Name\tLocation\nAcme GmbH\t" + " ".repeat(4_000_000) + "- and -" + " ".repeat(4_000_000) + "x\n";
        assertThat(VendorListReader.read(VendorListInput.pasted(spaces)))
                .singleElement()
                .satisfies(entry -> assertThat(entry.countries()).isEmpty());
    }

    @Test
    void aTableOfNearlyTenMegabytesIsReadWhole() {
        StringBuilder html =
                new StringBuilder("<table><tr><th>Sub-processor</th><th>Purpose</th><th>Country</th></tr>");
        int rows = 0;
        while (html.length() < 9_900_000) {
            html.append("<tr><td>Vendor ")
                    .append(rows)
                    .append(" GmbH</td><td>Hosting &amp; support for the product")
                    .append("</td><td>Germany, Ireland, United States</td></tr>\n");
            rows++;
        }
        List<VendorListEntry> entries = VendorListReader.read(VendorListInput.pasted(html.toString()));
        assertThat(entries).hasSize(rows);
        assertThat(entries.getLast().countries()).containsExactlyInAnyOrder("DE", "IE", "US");
    }

    @Test
    void aTruncatedSpreadsheetIsUnreadable() {
        byte[] truncated = {'P', 'K', 3, 4, 20, 0, 0, 0};
        assertThat(problems(new VendorListInput(null, "list.xlsx", truncated)))
                .extracting(ImportProblem::messageKey)
                .containsExactly("import.unreadable");
    }

    @Test
    void citiesAndSentencesAreNoCountries() {
        assertThat(CountryNames.in("Frankfurt am Main")).isEmpty();
        assertThat(CountryNames.in("Bosnia and Herzegovina")).containsExactly("BA");
        assertThat(CountryNames.in("Dublin (Irland) und Niederlande")).isEqualTo(Set.of("IE", "NL"));
        assertThat(CountryNames.in("hosted in de")).isEmpty();
        assertThat(CountryNames.in("UK / EEA")).containsExactlyInAnyOrder("GB", "EU");
    }

    private static List<ImportProblem> problems(VendorListInput input) {
        try {
            VendorListReader.read(input);
        } catch (ImportRefusedException refused) {
            return refused.problems();
        }
        throw new AssertionError("the list was read");
    }
}
