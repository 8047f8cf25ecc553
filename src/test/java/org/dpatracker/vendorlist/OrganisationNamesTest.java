package org.dpatracker.vendorlist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dpatracker.organisation.Organisation;
import org.junit.jupiter.api.Test;

class OrganisationNamesTest {

    @Test
    void caseAndTheSpellingOfTheLegalFormDoNotMatter() {
        assertThat(OrganisationNames.same("Axilaris GmbH", "AXILARIS Gmbh")).isTrue();
        assertThat(OrganisationNames.same("Acme, Inc.", "ACME Inc")).isTrue();
        assertThat(OrganisationNames.same("Example Holding B.V.", "example holding BV"))
                .isTrue();
        assertThat(OrganisationNames.same("Beispiel UG (haftungsbeschränkt)", "Beispiel UG"))
                .isTrue();
        assertThat(OrganisationNames.same("Muster GmbH & Co. KG", "Muster")).isTrue();
        assertThat(OrganisationNames.same("Servicios Ejemplo S.A.", "Servicios Ejemplo SA"))
                .isTrue();
        assertThat(OrganisationNames.same("Cloud Corp.", "Cloud Corporation")).isTrue();
        assertThat(OrganisationNames.same("Datenwerk SE", "Datenwerk AG"))
                .as("both forms are dropped: the name decides, the list rarely spells the form as recorded")
                .isTrue();
    }

    @Test
    void punctuationWhitespaceAndUmlautsDoNotMatter() {
        assertThat(OrganisationNames.same("Müller  Rechenzentrum GmbH", "Mueller-Rechenzentrum GmbH"))
                .isTrue();
        assertThat(OrganisationNames.same("Société Générale Informatique SAS", "Societe Generale Informatique"))
                .isTrue();
    }

    @Test
    void otherWordsKeepEntitiesApart() {
        assertThat(OrganisationNames.same("Microsoft Ireland Operations Ltd", "Microsoft Azure"))
                .isFalse();
        assertThat(OrganisationNames.same("Microsoft Ireland Operations Ltd", "Microsoft Corporation"))
                .isFalse();
        assertThat(OrganisationNames.same("Google Ireland Limited", "Google LLC"))
                .as("a country in the name marks another entity with another seat")
                .isFalse();
        assertThat(OrganisationNames.same("Google Ireland Limited", "Google Ireland Ltd."))
                .isTrue();
        assertThat(OrganisationNames.same("Amazon Web Services EMEA SARL", "Amazon Web Services, Inc."))
                .isFalse();
    }

    @Test
    void aLegalFormAloneIsNotStrippedToNothing() {
        assertThat(OrganisationNames.key("AG")).isEqualTo("ag");
        assertThat(OrganisationNames.same("", "")).isFalse();
    }

    @Test
    void findsTheRecordedOrganisationAlsoWhenItsLegalFormIsRecordedApart() {
        Organisation separate = organisation(1L, "Axilaris", "GmbH");
        Organisation other = organisation(2L, "Axilaris Cloud", null);

        assertThat(OrganisationNames.find("AXILARIS GmbH", List.of(other, separate)))
                .contains(separate);
        assertThat(OrganisationNames.find("Axilaris Services GmbH", List.of(other, separate)))
                .isEmpty();
    }

    @Test
    void whereRecordedOrganisationsDifferOnlyInTheirLegalFormTheListedFormDecidesOrNothingMatches() {
        Organisation german = organisation(1L, "Acme GmbH", null);
        Organisation american = organisation(2L, "Acme Inc.", null);

        assertThat(OrganisationNames.find("ACME INC", List.of(german, american)))
                .contains(american);
        assertThat(OrganisationNames.find("Acme GmbH", List.of(german, american)))
                .contains(german);
        assertThat(OrganisationNames.find("Acme", List.of(german, american))).isEmpty();
        assertThat(OrganisationNames.find("Acme", List.of(german))).contains(german);
    }

    private static Organisation organisation(long id, String name, String legalForm) {
        return Organisation.withoutSubdivision(
                id, name, legalForm, null, null, null, "DE", null, null, null, false, 0, List.of());
    }
}
