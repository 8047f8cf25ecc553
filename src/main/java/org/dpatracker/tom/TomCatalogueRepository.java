package org.dpatracker.tom;

import static org.dpatracker.db.Tables.TOM_CATALOGUE;
import static org.dpatracker.db.Tables.TOM_MEASURE;
import static org.jooq.impl.DSL.row;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.Record2;
import org.jooq.SelectField;
import org.springframework.stereotype.Repository;

@Repository
class TomCatalogueRepository {

    private static final SelectField<TomMeasure> MEASURE = row(
                    TOM_MEASURE.ID,
                    TOM_MEASURE.VERSION,
                    TOM_MEASURE.CATALOGUE_ID,
                    TOM_MEASURE.CODE,
                    row(TOM_MEASURE.GROUP_EN, TOM_MEASURE.GROUP_DE)
                            .mapping((en, de) -> en == null ? null : new Bilingual(en, de)),
                    row(TOM_MEASURE.NAME_EN, TOM_MEASURE.NAME_DE).mapping(Bilingual::new),
                    TOM_MEASURE.REFERENCE,
                    TOM_MEASURE.SORT_ORDER,
                    TOM_MEASURE.BUILT_IN)
            .mapping(TomMeasure::new);

    private final DSLContext dsl;

    TomCatalogueRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<TomCatalogue> findAll() {
        Map<Long, List<TomMeasure>> measures = dsl.select(TOM_MEASURE.CATALOGUE_ID, MEASURE)
                .from(TOM_MEASURE)
                .orderBy(TOM_MEASURE.SORT_ORDER, TOM_MEASURE.ID)
                .fetchGroups(Record2::value1, Record2::value2);
        return dsl.selectFrom(TOM_CATALOGUE)
                .orderBy(TOM_CATALOGUE.ID)
                .fetch(r -> new TomCatalogue(
                        r.getId(),
                        r.getVersion(),
                        r.getCode(),
                        new Bilingual(r.getNameEn(), r.getNameDe()),
                        r.getBuiltIn(),
                        measures.getOrDefault(r.getId(), List.of())));
    }

    Optional<TomCatalogue> findCatalogue(long id) {
        return findAll().stream().filter(c -> c.id() == id).findFirst();
    }

    Optional<TomMeasure> findMeasure(long id) {
        return dsl.select(MEASURE)
                .from(TOM_MEASURE)
                .where(TOM_MEASURE.ID.eq(id))
                .fetchOptional(Record1::value1);
    }

    /** Whether a measure or a catalogue already uses the code (codes are unique across both). */
    boolean codeTaken(String code) {
        return dsl.fetchExists(TOM_MEASURE, TOM_MEASURE.CODE.equalIgnoreCase(code))
                || dsl.fetchExists(TOM_CATALOGUE, TOM_CATALOGUE.CODE.equalIgnoreCase(code));
    }

    long insertCatalogue(String code, Bilingual name) {
        return dsl.insertInto(TOM_CATALOGUE)
                .set(TOM_CATALOGUE.CODE, code)
                .set(TOM_CATALOGUE.NAME_EN, name.en())
                .set(TOM_CATALOGUE.NAME_DE, name.de())
                .set(TOM_CATALOGUE.BUILT_IN, false)
                .returningResult(TOM_CATALOGUE.ID)
                .fetchSingle(TOM_CATALOGUE.ID);
    }

    long insertMeasure(TomMeasure m) {
        return dsl.insertInto(TOM_MEASURE)
                .set(TOM_MEASURE.CATALOGUE_ID, m.catalogueId())
                .set(TOM_MEASURE.CODE, m.code())
                .set(TOM_MEASURE.GROUP_EN, m.group() == null ? null : m.group().en())
                .set(TOM_MEASURE.GROUP_DE, m.group() == null ? null : m.group().de())
                .set(TOM_MEASURE.NAME_EN, m.name().en())
                .set(TOM_MEASURE.NAME_DE, m.name().de())
                .set(TOM_MEASURE.REFERENCE, m.reference())
                .set(TOM_MEASURE.SORT_ORDER, m.sortOrder())
                .set(TOM_MEASURE.BUILT_IN, false)
                .returningResult(TOM_MEASURE.ID)
                .fetchSingle(TOM_MEASURE.ID);
    }

    /** Saves the labels if nobody changed the measure since {@code version}; the code never changes. */
    boolean updateMeasure(TomMeasure m) {
        return dsl.update(TOM_MEASURE)
                        .set(
                                TOM_MEASURE.GROUP_EN,
                                m.group() == null ? null : m.group().en())
                        .set(
                                TOM_MEASURE.GROUP_DE,
                                m.group() == null ? null : m.group().de())
                        .set(TOM_MEASURE.NAME_EN, m.name().en())
                        .set(TOM_MEASURE.NAME_DE, m.name().de())
                        .set(TOM_MEASURE.REFERENCE, m.reference())
                        .set(TOM_MEASURE.SORT_ORDER, m.sortOrder())
                        .set(TOM_MEASURE.VERSION, TOM_MEASURE.VERSION.plus(1))
                        .where(TOM_MEASURE.ID.eq(m.id()).and(TOM_MEASURE.VERSION.eq(m.version())))
                        .execute()
                == 1;
    }

    int nextSortOrder(long catalogueId) {
        Integer max = dsl.select(org.jooq.impl.DSL.max(TOM_MEASURE.SORT_ORDER))
                .from(TOM_MEASURE)
                .where(TOM_MEASURE.CATALOGUE_ID.eq(catalogueId))
                .fetchOne(0, Integer.class);
        return max == null ? 1 : max + 1;
    }
}
