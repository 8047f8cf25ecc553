package org.dpatracker.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.dpatracker.clause.ClauseTarget;
import org.junit.jupiter.api.Test;

/**
 * The checklist and the clause review cite the GDPR in the reader's language: the points (a)–(h)
 * belong to sentence 2 of Art. 28(3), the warning about infringing instructions is its second
 * subparagraph.
 */
class ContractPointCitationTest {

    @Test
    void checklistPointsInGermanLegalStyle() {
        assertThat(ContractPoint.SUBJECT_MATTER.citation(Locale.GERMAN)).isEqualTo("Art. 28 Abs. 3 S. 1");
        assertThat(ContractPoint.INSTRUCTIONS.citation(Locale.GERMAN)).isEqualTo("Art. 28 Abs. 3 S. 2 lit. a");
        assertThat(ContractPoint.COMPLIANCE_AND_AUDITS.citation(Locale.GERMAN)).isEqualTo("Art. 28 Abs. 3 S. 2 lit. h");
        assertThat(ContractPoint.INFRINGING_INSTRUCTIONS.citation(Locale.GERMAN))
                .isEqualTo("Art. 28 Abs. 3 UAbs. 2");
        assertThat(ContractPoint.PRIOR_AUTHORISATION.citation(Locale.GERMAN)).isEqualTo("Art. 28 Abs. 2");
        assertThat(ContractPoint.INSTRUCTIONS.citation(Locale.ENGLISH)).isEqualTo("Art. 28(3)(a)");
    }

    @Test
    void clauseFindingsInGermanLegalStyle() {
        assertThat(ClauseTarget.RETENTION_DAYS.citation(Locale.GERMAN)).isEqualTo("Art. 5 Abs. 1 lit. e");
        assertThat(ClauseTarget.BREACH_HOURS.citation(Locale.GERMAN)).isEqualTo("Art. 33 Abs. 2");
        assertThat(ClauseTarget.DELETION_DAYS.citation(Locale.ENGLISH)).isEqualTo("Art. 28(3)(g)");
        assertThat(ClauseTarget.INSTRUCTIONS.isArt28Point()).isTrue();
        assertThat(ClauseTarget.INFRINGING_INSTRUCTIONS.isArt28Point()).isFalse();
    }
}
