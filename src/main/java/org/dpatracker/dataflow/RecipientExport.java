package org.dpatracker.dataflow;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dpatracker.core.SpreadsheetCells;
import org.dpatracker.redflag.RedFlag;

/** The recipients overview as CSV, one line per receiving organisation, as filtered on screen. */
final class RecipientExport {

    static final List<String> COLUMNS =
            List.of("organisation", "seat_country", "through", "countries", "transfer_bases", "red_flags");

    private RecipientExport() {}

    static byte[] csv(List<Recipient> recipients) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                    CSVPrinter printer = CSVFormat.DEFAULT
                            .builder()
                            .setHeader(COLUMNS.toArray(String[]::new))
                            .get()
                            .print(writer)) {
                for (Recipient r : recipients) {
                    printer.printRecord(Stream.of(
                                    r.name(),
                                    r.seatCountry(),
                                    r.via().stream()
                                            .map(via -> (via.processor()
                                                            ? "processor for "
                                                            : "subprocessor of " + via.processorName() + " for ")
                                                    + via.controllerName())
                                            .distinct()
                                            .collect(Collectors.joining("; ")),
                                    String.join(" ", r.countries()),
                                    r.mechanisms().stream().map(Enum::name).collect(Collectors.joining(" ")),
                                    r.redFlags().stream()
                                            .map(RedFlag::type)
                                            .map(Enum::name)
                                            .distinct()
                                            .collect(Collectors.joining(" ")))
                            .map(SpreadsheetCells::neutralised)
                            .toList());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
