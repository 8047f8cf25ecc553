package org.dpatracker.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Documents print an organisation's legal form once. */
class OrganisationNameTest {

    @Test
    void theLegalFormIsAddedOnlyWhereTheNameLacksIt() {
        assertThat(named("Ubimax GmbH", "GmbH").nameWithLegalForm()).isEqualTo("Ubimax GmbH");
        assertThat(named("Userlike UG (haftungsbeschränkt)", "UG (haftungsbeschränkt)")
                        .nameWithLegalForm())
                .isEqualTo("Userlike UG (haftungsbeschränkt)");
        assertThat(named("Axilaris", "GmbH").nameWithLegalForm()).isEqualTo("Axilaris GmbH");
        assertThat(named("Hootsuite", null).nameWithLegalForm()).isEqualTo("Hootsuite");
    }

    private static Organisation named(String name, String legalForm) {
        return Organisation.withoutSubdivision(
                null, name, legalForm, null, null, null, "DE", null, null, null, false, 0, List.of());
    }
}
