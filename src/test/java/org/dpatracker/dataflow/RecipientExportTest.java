package org.dpatracker.dataflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.dpatracker.transfer.TransferMechanism;
import org.junit.jupiter.api.Test;

class RecipientExportTest {

    @Test
    void namesThatWouldRunAsFormulasAreWrittenAsText() {
        Recipient hostile = new Recipient(
                1,
                "=cmd|' /C calc'!A0",
                "DE",
                List.of(new Recipient.Via(2, "@Controller", "-Processor", false)),
                Set.of("US"),
                Set.of(TransferMechanism.SCC_2021),
                List.of());
        String csv = new String(RecipientExport.csv(List.of(hostile)), StandardCharsets.UTF_8);
        String row = csv.lines().skip(1).findFirst().orElseThrow();
        assertThat(row).startsWith("'=cmd|' /C calc'!A0,DE,");
        assertThat(row).contains("subprocessor of -Processor for @Controller");
    }
}
