package org.dpatracker.vendorlist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dpatracker.organisation.Organisation;
import org.dpatracker.processor.ApprovalState;
import org.dpatracker.processor.ProcessingLocation;
import org.dpatracker.processor.Subprocessor;
import org.junit.jupiter.api.Test;

class ListComparisonTest {

    private final Organisation host = organisation(1L, "Axilaris", "GmbH");
    private final Organisation existing = organisation(2L, "Example Analytics Inc.", null);
    private final Subprocessor hosting = subprocessor(10L, host, "DE");

    @Test
    void aNameListedTwiceCountsOnceWithAllItsCountries() {
        List<Difference> differences =
                compare(List.of(entry("AXILARIS GMBH", "Hosting", "DE"), entry("Axilaris GmbH", "Backup", "NL")));

        assertThat(differences).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(Difference.Kind.LOCATION_CHANGED);
            assertThat(d.after()).containsExactlyInAnyOrder("DE", "NL");
            assertThat(d.purpose()).isEqualTo("Hosting; Backup");
            assertThat(d.subprocessorId()).isEqualTo(10L);
        });
    }

    @Test
    void aListWithoutCountriesChangesNoLocation() {
        assertThat(compare(List.of(entry("Axilaris GmbH", "Hosting"))))
                .extracting(Difference::kind)
                .containsExactly(Difference.Kind.UNCHANGED);
    }

    @Test
    void anAdditionNamesTheRecordedOrganisationAndWhetherANoticeIsPending() {
        List<VendorListEntry> list =
                List.of(entry("Axilaris GmbH", "Hosting", "DE"), entry("EXAMPLE ANALYTICS, INC", "Analytics", "US"));

        Difference added = compare(list).getFirst();
        assertThat(added.kind()).isEqualTo(Difference.Kind.ADDED);
        assertThat(added.organisationId()).isEqualTo(2L);
        assertThat(added.noticePending()).isFalse();
        assertThat(ListComparison.of(list, List.of(hosting), Map.of(1L, host), List.of(host, existing), Set.of(2L))
                        .getFirst()
                        .noticePending())
                .isTrue();
    }

    @Test
    void aSubprocessorMissingFromTheListIsRemoved() {
        assertThat(compare(List.of(entry("Other Hosting GmbH", "Hosting", "DE"))))
                .extracting(Difference::kind, Difference::name)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Difference.Kind.ADDED, "Other Hosting GmbH"),
                        org.assertj.core.groups.Tuple.tuple(Difference.Kind.REMOVED, "Axilaris"));
    }

    @Test
    void twoEngagedEntitiesDifferingOnlyInTheLegalFormAreToldApartByTheListedForm() {
        Organisation american = organisation(3L, "Axilaris Inc.", null);
        Subprocessor support = subprocessor(11L, american, "US");

        List<Difference> differences = ListComparison.of(
                List.of(entry("AXILARIS GMBH", "Hosting", "DE")),
                List.of(hosting, support),
                Map.of(1L, host, 3L, american),
                List.of(host, american),
                Set.of());

        assertThat(differences)
                .extracting(Difference::kind, Difference::subprocessorId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Difference.Kind.REMOVED, 11L),
                        org.assertj.core.groups.Tuple.tuple(Difference.Kind.UNCHANGED, 10L));
    }

    private List<Difference> compare(List<VendorListEntry> entries) {
        return ListComparison.of(entries, List.of(hosting), Map.of(1L, host), List.of(host, existing), Set.of());
    }

    private static VendorListEntry entry(String name, String purpose, String... countries) {
        return new VendorListEntry(2, name, purpose, String.join(", ", countries), Set.of(countries));
    }

    private static Subprocessor subprocessor(long id, Organisation organisation, String country) {
        return new Subprocessor(
                id,
                0,
                1L,
                null,
                organisation.id(),
                "Hosting",
                false,
                LocalDate.of(2025, 1, 1),
                ApprovalState.AUTHORISED,
                List.of(ProcessingLocation.in(country, null)));
    }

    private static Organisation organisation(long id, String name, String legalForm) {
        return Organisation.withoutSubdivision(
                id, name, legalForm, null, null, null, "DE", null, null, null, false, 0, List.of());
    }
}
