package org.dpatracker.tom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Checklist progress and the warning about descriptions that are not concrete. */
class ChecklistRulesTest {

    @Test
    void progressCountsImplementedMeasuresOfThoseThatApply() {
        List<MeasureStatus> statuses = new ArrayList<>(Collections.nCopies(34, MeasureStatus.IMPLEMENTED));
        statuses.addAll(List.of(
                MeasureStatus.PARTLY,
                MeasureStatus.PLANNED,
                MeasureStatus.MISSING,
                MeasureStatus.MISSING,
                MeasureStatus.OPEN,
                MeasureStatus.OPEN,
                MeasureStatus.OPEN,
                MeasureStatus.NOT_APPLICABLE));

        ChecklistProgress progress = ChecklistProgress.of(statuses);

        assertThat(progress.implemented()).isEqualTo(34);
        assertThat(progress.applicable()).isEqualTo(41);
        assertThat(progress.missing()).isEqualTo(2);
        assertThat(progress.open()).isEqualTo(3);
        assertThat(progress.percent()).isEqualTo(82);
    }

    @Test
    void aChecklistWhereNothingAppliesIsComplete() {
        assertThat(ChecklistProgress.of(List.of(MeasureStatus.NOT_APPLICABLE)).percent())
                .isEqualTo(100);
    }

    @Test
    void emptyShortAndStockDescriptionsAreTooGeneric() {
        assertThat(MeasureDescriptions.tooGeneric(null)).isTrue();
        assertThat(MeasureDescriptions.tooGeneric("  ")).isTrue();
        assertThat(MeasureDescriptions.tooGeneric("Implemented.")).isTrue();
        assertThat(MeasureDescriptions.tooGeneric("Nach Stand der Technik")).isTrue();
        assertThat(MeasureDescriptions.tooGeneric("Firewall vorhanden")).isTrue();
        assertThat(MeasureDescriptions.tooGeneric(
                        "Use of an access control system, key regulation and current key list"))
                .isFalse();
    }

    @Test
    void labelsReadInTheUsersLanguage() {
        Bilingual label = new Bilingual("Physical access control", "Zutrittskontrolle");

        assertThat(label.in(Locale.GERMAN)).isEqualTo("Zutrittskontrolle");
        assertThat(label.in(Locale.ENGLISH)).isEqualTo("Physical access control");
        assertThat(label.in(Locale.FRENCH)).isEqualTo("Physical access control");
    }
}
