package org.dpatracker.dataflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.dpatracker.processor.RedFlagRefresher;
import org.dpatracker.redflag.RedFlag;
import org.dpatracker.support.H2Test;
import org.dpatracker.transfer.Countries;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Where data goes" reads the stored flags and pages in the database: what a manager sees must be
 * what the rules say now, page by page, under every filter.
 */
@H2Test
@WithUserDetails("manager")
class RecipientOverviewTest {

    @Autowired
    RecipientService recipients;

    @Autowired
    RedFlagRefresher redFlags;

    @Autowired
    DSLContext dsl;

    @Test
    void everyRecipientShowsTheFlagsTheRulesRaiseForItNow() {
        List<Recipient> all = recipients.recipients(RecipientFilter.all());
        assertThat(all).hasSizeGreaterThan(10);
        assertThat(all).anyMatch(recipient -> !recipient.redFlags().isEmpty());
        for (Recipient recipient : all) {
            Set<RedFlag> computed = recipient.via().stream()
                    .map(Recipient.Via::agreementId)
                    .distinct()
                    .flatMap(agreement -> redFlags.flagsOf(agreement).stream())
                    .filter(flag -> flag.subject().equals(recipient.name()))
                    .collect(Collectors.toSet());
            assertThat(new HashSet<>(recipient.redFlags())).as(recipient.name()).isEqualTo(computed);
        }
    }

    @Test
    void pagesFollowEachOtherByNameAndAddUpToTheCount() {
        List<Recipient> all = recipients.recipients(RecipientFilter.all());
        List<Recipient> first = recipients.page(RecipientFilter.all(), 0, 5);
        List<Recipient> second = recipients.page(RecipientFilter.all(), 5, 5);

        assertThat(recipients.count(RecipientFilter.all())).isEqualTo(all.size());
        assertThat(first).containsExactlyElementsOf(all.subList(0, 5));
        assertThat(second).containsExactlyElementsOf(all.subList(5, 10));
        assertThat(all).extracting(recipient -> recipient.name().toLowerCase()).isSorted();
    }

    @Test
    void eachFilterKeepsExactlyTheRecipientsThatMeetIt() {
        List<Recipient> all = recipients.recipients(RecipientFilter.all());

        assertThat(recipients.recipients(new RecipientFilter(null, null, false, true)))
                .containsExactlyElementsOf(all.stream()
                        .filter(recipient -> !recipient.redFlags().isEmpty())
                        .toList());
        assertThat(recipients.recipients(new RecipientFilter(null, null, true, false)))
                .isNotEmpty()
                .containsExactlyElementsOf(all.stream()
                        .filter(recipient -> recipient.countries().stream().anyMatch(c -> !Countries.isInEea(c)))
                        .toList());
        assertThat(recipients.recipients(new RecipientFilter(null, "US", false, false)))
                .isNotEmpty()
                .containsExactlyElementsOf(all.stream()
                        .filter(recipient -> recipient.countries().contains("US"))
                        .toList());
        assertThat(recipients.recipients(new RecipientFilter("goog", null, false, false)))
                .extracting(Recipient::name)
                .isNotEmpty()
                .allMatch(name -> name.toLowerCase().contains("goog"));
        assertThat(recipients.count(new RecipientFilter(null, "US", true, true)))
                .isEqualTo((int) all.stream()
                        .filter(recipient -> recipient.countries().contains("US"))
                        .filter(recipient -> !recipient.redFlags().isEmpty())
                        .count());
    }

    @Test
    void theChartCountsTheRecipientsInEachCountry() {
        Map<String, Integer> expected = new HashMap<>();
        recipients
                .recipients(RecipientFilter.all())
                .forEach(recipient ->
                        recipient.countries().forEach(country -> expected.merge(country, 1, Integer::sum)));

        assertThat(recipients.recipientsPerCountry(RecipientFilter.all())).isEqualTo(expected);
    }

    @Test
    @Transactional
    void flagsStoredBeforeThePerPartyRowsExistedAreCompletedOnce() {
        int before = dsl.fetchCount(DSL.table("red_flag"));
        assertThat(before).isPositive();
        assertThat(redFlags.needsFullRefresh()).isFalse();

        dsl.deleteFrom(DSL.table("red_flag")).execute();
        assertThat(dsl.fetchCount(DSL.table("red_flag"))).isZero();
        assertThat(dsl.fetchCount(
                        DSL.table("agreement"),
                        DSL.field("red_flag_count", Integer.class).gt(0)))
                .isPositive();
        assertThat(redFlags.needsFullRefresh()).isTrue();
        redFlags.refreshAll();

        assertThat(redFlags.needsFullRefresh()).isFalse();
        assertThat(dsl.fetchCount(DSL.table("red_flag"))).isEqualTo(before);
    }
}
