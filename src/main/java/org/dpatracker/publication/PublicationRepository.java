package org.dpatracker.publication;

import static org.dpatracker.db.Tables.PUBLIC_LIST_ENTRY;
import static org.dpatracker.db.Tables.PUBLIC_LIST_EXCLUSION;
import static org.dpatracker.db.Tables.PUBLIC_LIST_NOTICE;
import static org.dpatracker.db.Tables.PUBLIC_LIST_SETTINGS;
import static org.dpatracker.db.Tables.PUBLIC_LIST_VERSION;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dpatracker.db.tables.records.PublicListEntryRecord;
import org.dpatracker.db.tables.records.PublicListNoticeRecord;
import org.dpatracker.db.tables.records.PublicListVersionRecord;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The DPO's choices, the published versions with their entries (only ever inserted), and the notices. */
@Repository
class PublicationRepository {

    private static final int SETTINGS = 1;

    private final DSLContext dsl;

    PublicationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    ListSettings settings() {
        var row = dsl.selectFrom(PUBLIC_LIST_SETTINGS)
                .where(PUBLIC_LIST_SETTINGS.ID.eq(SETTINGS))
                .fetchSingle();
        var excluded = new HashSet<>(dsl.select(PUBLIC_LIST_EXCLUSION.ORGANISATION_ID)
                .from(PUBLIC_LIST_EXCLUSION)
                .fetch(PUBLIC_LIST_EXCLUSION.ORGANISATION_ID));
        return new ListSettings(
                PublishedField.parse(row.getFields()), excluded, row.getNoticePeriodDays(), row.getVersion());
    }

    /** Saves the choices if they are still in the version the DPO edited. */
    boolean saveSettings(ListSettings settings) {
        boolean updated = dsl.update(PUBLIC_LIST_SETTINGS)
                        .set(PUBLIC_LIST_SETTINGS.FIELDS, PublishedField.format(settings.fields()))
                        .set(PUBLIC_LIST_SETTINGS.NOTICE_PERIOD_DAYS, settings.noticePeriodDays())
                        .set(PUBLIC_LIST_SETTINGS.VERSION, PUBLIC_LIST_SETTINGS.VERSION.plus(1))
                        .where(PUBLIC_LIST_SETTINGS.ID.eq(SETTINGS))
                        .and(PUBLIC_LIST_SETTINGS.VERSION.eq(settings.version()))
                        .execute()
                == 1;
        if (updated) {
            dsl.deleteFrom(PUBLIC_LIST_EXCLUSION).execute();
            settings.excluded()
                    .forEach(id -> dsl.insertInto(PUBLIC_LIST_EXCLUSION)
                            .set(PUBLIC_LIST_EXCLUSION.ORGANISATION_ID, id)
                            .execute());
        }
        return updated;
    }

    Optional<ListVersion> latest() {
        return versions(1).stream().findFirst();
    }

    /** The published versions, newest first. */
    List<ListVersion> versions(int limit) {
        var rows = dsl.selectFrom(PUBLIC_LIST_VERSION)
                .orderBy(PUBLIC_LIST_VERSION.LIST_NUMBER.desc())
                .limit(limit)
                .fetch();
        Map<Long, List<PublicListEntryRecord>> entries = dsl
                .selectFrom(PUBLIC_LIST_ENTRY)
                .where(PUBLIC_LIST_ENTRY.VERSION_ID.in(rows.getValues(PUBLIC_LIST_VERSION.ID)))
                .orderBy(PUBLIC_LIST_ENTRY.ENTRY_ORDER)
                .fetchGroups(PUBLIC_LIST_ENTRY.VERSION_ID)
                .entrySet()
                .stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())));
        return rows.map(row -> version(row, entries.getOrDefault(row.getId(), List.of())));
    }

    /** Publishes a version: the next number, with its entries; returns its number. */
    int insertVersion(
            Instant publishedAt,
            LocalDate effectiveOn,
            String fields,
            String summary,
            String by,
            List<ListEntry> entries) {
        int number = dsl.select(org.jooq.impl.DSL.coalesce(org.jooq.impl.DSL.max(PUBLIC_LIST_VERSION.LIST_NUMBER), 0))
                        .from(PUBLIC_LIST_VERSION)
                        .fetchSingle()
                        .value1()
                + 1;
        long id = dsl.insertInto(PUBLIC_LIST_VERSION)
                .set(PUBLIC_LIST_VERSION.LIST_NUMBER, number)
                .set(PUBLIC_LIST_VERSION.PUBLISHED_AT, publishedAt)
                .set(PUBLIC_LIST_VERSION.EFFECTIVE_ON, effectiveOn)
                .set(PUBLIC_LIST_VERSION.FIELDS, fields)
                .set(PUBLIC_LIST_VERSION.SUMMARY, summary)
                .set(PUBLIC_LIST_VERSION.PUBLISHED_BY, by)
                .returningResult(PUBLIC_LIST_VERSION.ID)
                .fetchSingle(PUBLIC_LIST_VERSION.ID);
        for (int i = 0; i < entries.size(); i++) {
            ListEntry e = entries.get(i);
            dsl.insertInto(PUBLIC_LIST_ENTRY)
                    .set(PUBLIC_LIST_ENTRY.VERSION_ID, id)
                    .set(PUBLIC_LIST_ENTRY.ENTRY_ORDER, i)
                    .set(PUBLIC_LIST_ENTRY.ORGANISATION_ID, e.organisationId())
                    .set(PUBLIC_LIST_ENTRY.NAME, e.name())
                    .set(PUBLIC_LIST_ENTRY.PURPOSE, e.purpose())
                    .set(PUBLIC_LIST_ENTRY.COUNTRIES, joined(e.countries()))
                    .set(PUBLIC_LIST_ENTRY.SINCE, e.since())
                    .set(PUBLIC_LIST_ENTRY.WEBSITE, e.website())
                    .set(PUBLIC_LIST_ENTRY.TRANSFERS, joined(e.transfers()))
                    .execute();
        }
        return number;
    }

    Optional<ListNotice> draftNotice() {
        return dsl.selectFrom(PUBLIC_LIST_NOTICE)
                .where(PUBLIC_LIST_NOTICE.STATUS.eq(ListNotice.Status.DRAFT.name()))
                .orderBy(PUBLIC_LIST_NOTICE.ID.desc())
                .limit(1)
                .fetchOptional(PublicationRepository::notice);
    }

    Optional<ListNotice> notice(long id) {
        return dsl.selectFrom(PUBLIC_LIST_NOTICE)
                .where(PUBLIC_LIST_NOTICE.ID.eq(id))
                .fetchOptional(PublicationRepository::notice);
    }

    long insertNotice(LocalDate draftedOn, LocalDate effectiveOn, String summary) {
        return dsl.insertInto(PUBLIC_LIST_NOTICE)
                .set(PUBLIC_LIST_NOTICE.STATUS, ListNotice.Status.DRAFT.name())
                .set(PUBLIC_LIST_NOTICE.DRAFTED_ON, draftedOn)
                .set(PUBLIC_LIST_NOTICE.EFFECTIVE_ON, effectiveOn)
                .set(PUBLIC_LIST_NOTICE.SUMMARY, summary)
                .returningResult(PUBLIC_LIST_NOTICE.ID)
                .fetchSingle(PUBLIC_LIST_NOTICE.ID);
    }

    /** Marks a draft notice sent, if it is still the draft in the version the DPO reviewed. */
    boolean sent(ListNotice notice, LocalDate noticeOn, LocalDate effectiveOn, String summary, int listNumber) {
        Long versionId = dsl.select(PUBLIC_LIST_VERSION.ID)
                .from(PUBLIC_LIST_VERSION)
                .where(PUBLIC_LIST_VERSION.LIST_NUMBER.eq(listNumber))
                .fetchSingle(PUBLIC_LIST_VERSION.ID);
        return dsl.update(PUBLIC_LIST_NOTICE)
                        .set(PUBLIC_LIST_NOTICE.STATUS, ListNotice.Status.SENT.name())
                        .set(PUBLIC_LIST_NOTICE.NOTICE_ON, noticeOn)
                        .set(PUBLIC_LIST_NOTICE.EFFECTIVE_ON, effectiveOn)
                        .set(PUBLIC_LIST_NOTICE.SUMMARY, summary)
                        .set(PUBLIC_LIST_NOTICE.VERSION_ID, versionId)
                        .set(PUBLIC_LIST_NOTICE.VERSION, PUBLIC_LIST_NOTICE.VERSION.plus(1))
                        .where(PUBLIC_LIST_NOTICE.ID.eq(notice.id()))
                        .and(PUBLIC_LIST_NOTICE.VERSION.eq(notice.version()))
                        .and(PUBLIC_LIST_NOTICE.STATUS.eq(ListNotice.Status.DRAFT.name()))
                        .execute()
                == 1;
    }

    private static ListNotice notice(PublicListNoticeRecord r) {
        return new ListNotice(
                r.getId(),
                r.getVersion(),
                ListNotice.Status.valueOf(r.getStatus()),
                r.getDraftedOn(),
                r.getNoticeOn(),
                r.getEffectiveOn(),
                r.getSummary());
    }

    private static ListVersion version(PublicListVersionRecord row, List<PublicListEntryRecord> entries) {
        return new ListVersion(
                row.getListNumber(),
                row.getPublishedAt(),
                row.getEffectiveOn(),
                PublishedField.parse(row.getFields()),
                row.getSummary(),
                entries.stream()
                        .map(e -> new ListEntry(
                                e.getOrganisationId(),
                                e.getName(),
                                e.getPurpose(),
                                split(e.getCountries()),
                                e.getSince(),
                                e.getWebsite(),
                                split(e.getTransfers())))
                        .toList());
    }

    private static String joined(List<String> values) {
        return values.isEmpty() ? null : String.join(",", values);
    }

    private static List<String> split(String stored) {
        return stored == null || stored.isBlank() ? List.of() : Arrays.asList(stored.split(","));
    }
}
