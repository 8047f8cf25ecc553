package org.dpatracker.search;

import static org.dpatracker.db.Tables.AGREEMENT;
import static org.dpatracker.db.Tables.BREACH;
import static org.dpatracker.db.Tables.CHANGE_NOTICE;
import static org.dpatracker.db.Tables.ORGANISATION;
import static org.dpatracker.db.Tables.PROCESSING_ACTIVITY;
import static org.dpatracker.db.Tables.SUBPROCESSOR;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dpatracker.db.tables.Organisation;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Select;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * The global search: each kind in one query with a limit, names that start with the text before
 * names that contain it. Agreements, subprocessors and notices are found through the matching
 * organisations (far fewer rows than agreements) and the indexes on their organisation columns,
 * so a register of 10,000 agreements is never read whole.
 */
@Component
class SearchQuery {

    private static final Organisation PARTY = ORGANISATION.as("party");
    private static final Organisation PROCESSOR = ORGANISATION.as("processor");

    private final DSLContext dsl;

    SearchQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<SearchHit> find(String text, int limit) {
        String lower = escaped(text.toLowerCase(Locale.ROOT));
        String contains = "%" + lower + "%";
        String prefix = lower + "%";
        Select<Record1<Long>> parties =
                DSL.select(PARTY.ID).from(PARTY).where(DSL.lower(PARTY.NAME).like(contains, '!'));
        List<SearchHit> hits = new ArrayList<>();
        hits.addAll(organisations(contains, prefix, limit));
        hits.addAll(agreements(parties, contains, prefix, limit));
        hits.addAll(subprocessors(parties, prefix, limit));
        hits.addAll(records(contains, prefix, limit));
        hits.addAll(breaches(parties, contains, limit));
        hits.addAll(notices(parties, prefix, limit));
        return hits;
    }

    private List<SearchHit> organisations(String contains, String prefix, int limit) {
        return dsl.select(ORGANISATION.ID, ORGANISATION.NAME, ORGANISATION.COUNTRY)
                .from(ORGANISATION)
                .where(DSL.lower(ORGANISATION.NAME).like(contains, '!'))
                .orderBy(startsFirst(ORGANISATION.NAME, prefix), ORGANISATION.NAME, ORGANISATION.ID)
                .limit(limit)
                .fetch(r -> new SearchHit(SearchKind.ORGANISATION, r.value1(), r.value2(), r.value3(), null));
    }

    private List<SearchHit> agreements(Select<Record1<Long>> parties, String contains, String prefix, int limit) {
        Condition byText = AGREEMENT
                .PROCESSOR_ID
                .in(parties)
                .or(DSL.lower(AGREEMENT.SUBJECT_MATTER).like(contains, '!'));
        return dsl.select(AGREEMENT.ID, PROCESSOR.NAME, AGREEMENT.SUBJECT_MATTER)
                .from(AGREEMENT)
                .join(PROCESSOR)
                .on(PROCESSOR.ID.eq(AGREEMENT.PROCESSOR_ID))
                .where(byText)
                .orderBy(startsFirst(PROCESSOR.NAME, prefix), PROCESSOR.NAME, AGREEMENT.ID)
                .limit(limit)
                .fetch(r -> new SearchHit(SearchKind.AGREEMENT, r.value1(), r.value2(), r.value3(), r.value1()));
    }

    private List<SearchHit> subprocessors(Select<Record1<Long>> parties, String prefix, int limit) {
        return dsl.select(SUBPROCESSOR.ID, ORGANISATION.NAME, PROCESSOR.NAME, SUBPROCESSOR.AGREEMENT_ID)
                .from(SUBPROCESSOR)
                .join(ORGANISATION)
                .on(ORGANISATION.ID.eq(SUBPROCESSOR.ORGANISATION_ID))
                .join(AGREEMENT)
                .on(AGREEMENT.ID.eq(SUBPROCESSOR.AGREEMENT_ID))
                .join(PROCESSOR)
                .on(PROCESSOR.ID.eq(AGREEMENT.PROCESSOR_ID))
                .where(SUBPROCESSOR.ORGANISATION_ID.in(parties))
                .and(SUBPROCESSOR.REMOVED_ON.isNull())
                .orderBy(startsFirst(ORGANISATION.NAME, prefix), ORGANISATION.NAME, SUBPROCESSOR.ID)
                .limit(limit)
                .fetch(r -> new SearchHit(SearchKind.SUBPROCESSOR, r.value1(), r.value2(), r.value3(), r.value4()));
    }

    private List<SearchHit> records(String contains, String prefix, int limit) {
        return dsl.select(PROCESSING_ACTIVITY.ID, PROCESSING_ACTIVITY.NAME, PROCESSING_ACTIVITY.DEPARTMENT)
                .from(PROCESSING_ACTIVITY)
                .where(DSL.lower(PROCESSING_ACTIVITY.NAME).like(contains, '!'))
                .orderBy(
                        startsFirst(PROCESSING_ACTIVITY.NAME, prefix), PROCESSING_ACTIVITY.NAME, PROCESSING_ACTIVITY.ID)
                .limit(limit)
                .fetch(r -> new SearchHit(SearchKind.RECORD, r.value1(), r.value2(), r.value3(), null));
    }

    /** Breaches by what happened, or by the processor of the agreement they occurred under; newest first. */
    private List<SearchHit> breaches(Select<Record1<Long>> parties, String contains, int limit) {
        return dsl.select(BREACH.ID, BREACH.NATURE, PROCESSOR.NAME, BREACH.AGREEMENT_ID)
                .from(BREACH)
                .leftJoin(AGREEMENT)
                .on(AGREEMENT.ID.eq(BREACH.AGREEMENT_ID))
                .leftJoin(PROCESSOR)
                .on(PROCESSOR.ID.eq(AGREEMENT.PROCESSOR_ID))
                .where(DSL.lower(BREACH.NATURE).like(contains, '!').or(AGREEMENT.PROCESSOR_ID.in(parties)))
                .orderBy(BREACH.AWARE_AT.desc(), BREACH.ID.desc())
                .limit(limit)
                .fetch(r -> new SearchHit(SearchKind.BREACH, r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /** Notices of a proposed subprocessor, or of a processor, found by either name. */
    private List<SearchHit> notices(Select<Record1<Long>> parties, String prefix, int limit) {
        return dsl.select(CHANGE_NOTICE.ID, ORGANISATION.NAME, PROCESSOR.NAME, CHANGE_NOTICE.AGREEMENT_ID)
                .from(CHANGE_NOTICE)
                .join(ORGANISATION)
                .on(ORGANISATION.ID.eq(CHANGE_NOTICE.ORGANISATION_ID))
                .join(AGREEMENT)
                .on(AGREEMENT.ID.eq(CHANGE_NOTICE.AGREEMENT_ID))
                .join(PROCESSOR)
                .on(PROCESSOR.ID.eq(AGREEMENT.PROCESSOR_ID))
                .where(CHANGE_NOTICE.ORGANISATION_ID.in(parties).or(AGREEMENT.PROCESSOR_ID.in(parties)))
                .orderBy(startsFirst(ORGANISATION.NAME, prefix), CHANGE_NOTICE.RECEIVED_ON.desc(), CHANGE_NOTICE.ID)
                .limit(limit)
                .fetch(r -> new SearchHit(SearchKind.NOTICE, r.value1(), r.value2(), r.value3(), r.value4()));
    }

    private static SortField<Integer> startsFirst(Field<String> name, String prefix) {
        return DSL.when(DSL.lower(name).like(prefix, '!'), 0).otherwise(1).asc();
    }

    /** The text with LIKE's wildcards taken literally. */
    private static String escaped(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
