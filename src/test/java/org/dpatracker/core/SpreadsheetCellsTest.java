package org.dpatracker.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetCellsTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "=1+1",
                "+49 30 123",
                "-5",
                "@SUM(A1)",
                "\\tTab",
                "\\rReturn",
                "'=quoted",
                "''",
                "'",
                "'s-Hertogenbosch",
                "plain",
                "",
                "a=b",
                "'''=x"
            })
    void everyValueReadsBackAsItWasWrittenAndNoneStartsAsAFormula(String escaped) {
        String value = escaped.replace("\\t", "\t").replace("\\r", "\r");
        String written = SpreadsheetCells.neutralised(value);
        assertThat(SpreadsheetCells.restored(written)).isEqualTo(value);
        if (!written.isEmpty()) {
            assertThat("=+-@\t\r").doesNotContain(written.substring(0, 1));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"'s-Hertogenbosch", "'quoted", "plain"})
    void aHandTypedApostropheBeforeOrdinaryTextIsKept(String value) {
        assertThat(SpreadsheetCells.neutralised(value)).isEqualTo(value);
        assertThat(SpreadsheetCells.restored(value)).isEqualTo(value);
    }
}
