package org.dpatracker.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Art. 28(3) completeness figure. */
class ContractCompletenessTest {

    @Test
    void countsEveryPointOnceByItsStatus() {
        List<ContractCheck> checks = Arrays.stream(ContractPoint.values())
                .map(point -> new ContractCheck(
                        1,
                        point,
                        switch (point) {
                            case DELETION_OR_RETURN, SAME_OBLIGATIONS_DOWNSTREAM -> PointStatus.PARTIAL;
                            case INFRINGING_INSTRUCTIONS -> PointStatus.MISSING;
                            case SUBJECT_MATTER -> PointStatus.OPEN;
                            default -> PointStatus.PRESENT;
                        },
                        "§1",
                        null,
                        0))
                .toList();

        ContractCompleteness completeness = ContractCompleteness.of(checks);

        assertThat(completeness.total()).isEqualTo(12);
        assertThat(completeness.present()).isEqualTo(8);
        assertThat(completeness.partial()).isEqualTo(2);
        assertThat(completeness.missing()).isEqualTo(1);
        assertThat(completeness.open()).isEqualTo(1);
        assertThat(completeness.percent()).isEqualTo(66);
    }

    @Test
    void theChecklistCoversPointsAToHAndTheSubprocessorConditions() {
        assertThat(Arrays.stream(ContractPoint.values()).map(ContractPoint::citation))
                .contains("Art. 28(3)(a)", "Art. 28(3)(h)", "Art. 28(2)", "Art. 28(4)", "Art. 28(3) subpara. 2");
    }
}
