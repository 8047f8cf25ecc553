package org.dpatracker.tom;

import static org.dpatracker.db.Tables.AGREEMENT;
import static org.dpatracker.db.Tables.ORGANISATION;
import static org.dpatracker.db.Tables.SUBPROCESSOR;
import static org.dpatracker.db.Tables.TOM_CHECKLIST;
import static org.dpatracker.db.Tables.TOM_ENTRY;
import static org.jooq.impl.DSL.row;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.Record2;
import org.jooq.SelectField;
import org.springframework.stereotype.Repository;

@Repository
class TomChecklistRepository {

    private static final SelectField<TomEntry> ENTRY = row(
                    TOM_ENTRY.ID,
                    TOM_ENTRY.VERSION,
                    TOM_ENTRY.CHECKLIST_ID,
                    TOM_ENTRY.MEASURE_ID,
                    TOM_ENTRY.STATUS,
                    TOM_ENTRY.DESCRIPTION,
                    TOM_ENTRY.EVIDENCE_KIND,
                    TOM_ENTRY.EVIDENCE,
                    TOM_ENTRY.VERIFIED_ON,
                    TOM_ENTRY.VERIFIED_BY)
            .mapping(TomEntry::new);

    private final DSLContext dsl;

    TomChecklistRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<TomChecklist> findByAgreement(long agreementId) {
        return find(TOM_CHECKLIST.AGREEMENT_ID.eq(agreementId));
    }

    Optional<TomChecklist> findById(long id) {
        return find(TOM_CHECKLIST.ID.eq(id)).stream().findFirst();
    }

    List<ChecklistSource> sources() {
        var processor = ORGANISATION.as("processor_org");
        var party = ORGANISATION.as("party_org");
        return dsl.select(
                        TOM_CHECKLIST.ID,
                        TOM_CHECKLIST.AGREEMENT_ID,
                        processor.NAME,
                        party.NAME,
                        TOM_CHECKLIST.CATALOGUE_ID)
                .from(TOM_CHECKLIST)
                .join(AGREEMENT)
                .on(AGREEMENT.ID.eq(TOM_CHECKLIST.AGREEMENT_ID))
                .join(processor)
                .on(processor.ID.eq(AGREEMENT.PROCESSOR_ID))
                .leftJoin(SUBPROCESSOR)
                .on(SUBPROCESSOR.ID.eq(TOM_CHECKLIST.SUBPROCESSOR_ID))
                .leftJoin(party)
                .on(party.ID.eq(SUBPROCESSOR.ORGANISATION_ID))
                .orderBy(processor.NAME, TOM_CHECKLIST.ID)
                .fetch(r -> new ChecklistSource(
                        r.value1(), r.value2(), r.value3(), r.value4() == null ? r.value3() : r.value4(), r.value5()));
    }

    boolean exists(long agreementId, Long subprocessorId, long catalogueId) {
        return dsl.fetchExists(
                TOM_CHECKLIST,
                TOM_CHECKLIST
                        .AGREEMENT_ID
                        .eq(agreementId)
                        .and(
                                subprocessorId == null
                                        ? TOM_CHECKLIST.SUBPROCESSOR_ID.isNull()
                                        : TOM_CHECKLIST.SUBPROCESSOR_ID.eq(subprocessorId))
                        .and(TOM_CHECKLIST.CATALOGUE_ID.eq(catalogueId)));
    }

    Optional<TomEntry> findEntry(long id) {
        return dsl.select(ENTRY).from(TOM_ENTRY).where(TOM_ENTRY.ID.eq(id)).fetchOptional(Record1::value1);
    }

    /** Up to {@code limit} entries with an id above {@code afterId}, in order of id. */
    List<TomEntry> findEntriesAfter(long afterId, int limit) {
        return dsl.select(ENTRY)
                .from(TOM_ENTRY)
                .where(TOM_ENTRY.ID.gt(afterId))
                .orderBy(TOM_ENTRY.ID)
                .limit(limit)
                .fetch(Record1::value1);
    }

    long insertChecklist(long agreementId, Long subprocessorId, long catalogueId) {
        return dsl.insertInto(TOM_CHECKLIST)
                .set(TOM_CHECKLIST.AGREEMENT_ID, agreementId)
                .set(TOM_CHECKLIST.SUBPROCESSOR_ID, subprocessorId)
                .set(TOM_CHECKLIST.CATALOGUE_ID, catalogueId)
                .returningResult(TOM_CHECKLIST.ID)
                .fetchSingle(TOM_CHECKLIST.ID);
    }

    long insertEntry(TomEntry e) {
        return dsl.insertInto(TOM_ENTRY)
                .set(TOM_ENTRY.CHECKLIST_ID, e.checklistId())
                .set(TOM_ENTRY.MEASURE_ID, e.measureId())
                .set(TOM_ENTRY.STATUS, e.status())
                .set(TOM_ENTRY.DESCRIPTION, e.description())
                .set(TOM_ENTRY.EVIDENCE_KIND, e.evidenceKind())
                .set(TOM_ENTRY.EVIDENCE, e.evidence())
                .set(TOM_ENTRY.VERIFIED_ON, e.verifiedOn())
                .set(TOM_ENTRY.VERIFIED_BY, e.verifiedBy())
                .returningResult(TOM_ENTRY.ID)
                .fetchSingle(TOM_ENTRY.ID);
    }

    /** Saves the entry if nobody changed it since {@code version}. */
    boolean updateEntry(TomEntry e) {
        return dsl.update(TOM_ENTRY)
                        .set(TOM_ENTRY.STATUS, e.status())
                        .set(TOM_ENTRY.DESCRIPTION, e.description())
                        .set(TOM_ENTRY.EVIDENCE_KIND, e.evidenceKind())
                        .set(TOM_ENTRY.EVIDENCE, e.evidence())
                        .set(TOM_ENTRY.VERIFIED_ON, e.verifiedOn())
                        .set(TOM_ENTRY.VERIFIED_BY, e.verifiedBy())
                        .set(TOM_ENTRY.VERSION, TOM_ENTRY.VERSION.plus(1))
                        .where(TOM_ENTRY.ID.eq(e.id()).and(TOM_ENTRY.VERSION.eq(e.version())))
                        .execute()
                == 1;
    }

    private List<TomChecklist> find(Condition condition) {
        var checklists = dsl.selectFrom(TOM_CHECKLIST)
                .where(condition)
                .orderBy(TOM_CHECKLIST.ID)
                .fetch();
        Map<Long, List<TomEntry>> entries = dsl.select(TOM_ENTRY.CHECKLIST_ID, ENTRY)
                .from(TOM_ENTRY)
                .where(TOM_ENTRY.CHECKLIST_ID.in(checklists.getValues(TOM_CHECKLIST.ID)))
                .orderBy(TOM_ENTRY.ID)
                .fetchGroups(Record2::value1, Record2::value2);
        return checklists.map(r -> new TomChecklist(
                r.getId(),
                r.getVersion(),
                r.getAgreementId(),
                r.getSubprocessorId(),
                r.getCatalogueId(),
                entries.getOrDefault(r.getId(), List.of())));
    }
}
