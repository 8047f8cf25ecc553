package org.dpatracker.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dpatracker.core.Texts;
import org.junit.jupiter.api.Test;

/** The summary of changes against the last version, and what "since" says on the list. */
class ListDiffTest {

    private static final LocalDate SIGNED = LocalDate.of(2024, 3, 1);
    private static final LocalDate EFFECTIVE = LocalDate.of(2026, 2, 1);
    private static final Set<PublishedField> FIELDS =
            Set.of(PublishedField.NAME, PublishedField.PURPOSE, PublishedField.COUNTRIES, PublishedField.SINCE);

    @Test
    void theSummaryNamesWhatWasAddedRemovedAndChangedInTheReadersLanguage() {
        List<ListEntry> published = List.of(entry(1, "Alpha", "Hosting", "DE"), entry(2, "Beta", "Mail", "IE"));
        List<ListEntry> draft = List.of(entry(1, "Alpha", "Hosting", "US"), entry(3, "Gamma", "Backups", "FI"));

        ListDiff diff = ListDiff.between(published, draft);

        assertThat(diff.addsSubprocessors()).isTrue();
        assertThat(diff.summary((key, args) -> Texts.get(Locale.ENGLISH, key, args)))
                .isEqualTo("Added: Gamma\nRemoved: Beta\nChanged: Alpha (Countries)");
        assertThat(diff.summary((key, args) -> Texts.get(Locale.GERMAN, key, args)))
                .isEqualTo("Hinzugekommen: Gamma\nEntfallen: Beta\nGeändert: Alpha (Länder)");
    }

    @Test
    void aLaterSinceDateAloneIsNoChange() {
        ListEntry published = entry(1, "Alpha", "Hosting", "DE");
        assertThat(ListDiff.between(List.of(published), List.of(published.since(EFFECTIVE)))
                        .isEmpty())
                .isTrue();
    }

    @Test
    void sinceIsTheRegisterDateOnTheFirstVersionThenTheEffectiveDateOfTheVersionThatAddedIt() {
        ListSettings settings = new ListSettings(FIELDS, Set.of(), 30, 0);
        List<ListEntry> candidates = List.of(entry(1, "Alpha", "Hosting", "DE"));

        List<ListEntry> first = DraftList.compose(candidates, settings, Optional.empty(), EFFECTIVE);
        ListVersion v1 = new ListVersion(
                1, EFFECTIVE.atStartOfDay(java.time.ZoneOffset.UTC).toInstant(), EFFECTIVE, FIELDS, "First", first);
        List<ListEntry> second = DraftList.compose(
                List.of(entry(1, "Alpha", "Hosting", "DE"), entry(2, "Beta", "Mail", "IE")),
                settings,
                Optional.of(v1),
                EFFECTIVE.plusDays(30));

        assertThat(first.getFirst().since()).isEqualTo(SIGNED);
        assertThat(second)
                .extracting(ListEntry::name, ListEntry::since)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Alpha", SIGNED),
                        org.assertj.core.groups.Tuple.tuple("Beta", EFFECTIVE.plusDays(30)));
    }

    @Test
    void withoutADateInTheRegisterTheFirstVersionSaysSinceItsEffectiveDate() {
        ListEntry undated = new ListEntry(1, "Alpha", "Hosting", List.of("DE"), null, null, List.of());
        List<ListEntry> first = DraftList.compose(
                List.of(undated), new ListSettings(FIELDS, Set.of(), 30, 0), Optional.empty(), EFFECTIVE);

        assertThat(first.getFirst().since()).isEqualTo(EFFECTIVE);
    }

    @Test
    void excludedEntriesAndUnchosenFieldsAreNotInTheDraft() {
        ListSettings settings = new ListSettings(Set.of(PublishedField.COUNTRIES), Set.of(2L), 30, 0);
        List<ListEntry> draft = DraftList.compose(
                List.of(entry(1, "Alpha", "Hosting", "DE"), entry(2, "Beta", "Mail", "IE")),
                settings,
                Optional.empty(),
                EFFECTIVE);

        assertThat(draft).singleElement().satisfies(entry -> {
            assertThat(entry.name()).isEqualTo("Alpha");
            assertThat(entry.countries()).containsExactly("DE");
            assertThat(entry.purpose()).isNull();
            assertThat(entry.since()).isNull();
            assertThat(entry.website()).isNull();
        });
    }

    @Test
    void theNoticeDateAndPeriodGiveTheEarliestEffectiveDate() {
        LocalDate notice = LocalDate.of(2026, 12, 2);
        assertThat(NoticePeriod.effectiveOn(notice, 30)).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(NoticePeriod.leavesFullPeriod(notice, 30, LocalDate.of(2026, 12, 31)))
                .isFalse();
        assertThat(NoticePeriod.leavesFullPeriod(notice, 30, LocalDate.of(2027, 1, 1)))
                .isTrue();
    }

    private static ListEntry entry(long organisation, String name, String purpose, String country) {
        return new ListEntry(
                organisation,
                name,
                purpose,
                List.of(country),
                SIGNED,
                "https://" + name.toLowerCase() + ".example",
                List.of());
    }
}
