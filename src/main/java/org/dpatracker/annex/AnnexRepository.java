package org.dpatracker.annex;

import static org.dpatracker.db.Tables.ANNEX_DOCUMENT;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The annex archive. Rows are only ever inserted: an archived annex never changes. */
@Repository
class AnnexRepository {

    private final DSLContext dsl;

    AnnexRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<AnnexVersion> versions(long agreementId) {
        return dsl.select(metadata())
                .from(ANNEX_DOCUMENT)
                .where(ANNEX_DOCUMENT.AGREEMENT_ID.eq(agreementId))
                .orderBy(ANNEX_DOCUMENT.LANGUAGE, ANNEX_DOCUMENT.VERSION_NO.desc())
                .fetch(AnnexRepository::toVersion);
    }

    Optional<AnnexVersion> latest(long agreementId, String language) {
        return dsl.select(metadata())
                .from(ANNEX_DOCUMENT)
                .where(ANNEX_DOCUMENT.AGREEMENT_ID.eq(agreementId).and(ANNEX_DOCUMENT.LANGUAGE.eq(language)))
                .orderBy(ANNEX_DOCUMENT.VERSION_NO.desc())
                .limit(1)
                .fetchOptional(AnnexRepository::toVersion);
    }

    Optional<AnnexVersion> find(long agreementId, String language, int version) {
        return dsl.select(metadata())
                .from(ANNEX_DOCUMENT)
                .where(ANNEX_DOCUMENT
                        .AGREEMENT_ID
                        .eq(agreementId)
                        .and(ANNEX_DOCUMENT.LANGUAGE.eq(language))
                        .and(ANNEX_DOCUMENT.VERSION_NO.eq(version)))
                .fetchOptional(AnnexRepository::toVersion);
    }

    Optional<AnnexVersion> findByDocumentId(String documentId) {
        return dsl.select(metadata())
                .from(ANNEX_DOCUMENT)
                .where(ANNEX_DOCUMENT.DOCUMENT_ID.eq(documentId))
                .fetchOptional(AnnexRepository::toVersion);
    }

    Optional<byte[]> content(long id) {
        return dsl.select(ANNEX_DOCUMENT.CONTENT)
                .from(ANNEX_DOCUMENT)
                .where(ANNEX_DOCUMENT.ID.eq(id))
                .fetchOptional(ANNEX_DOCUMENT.CONTENT);
    }

    String snapshot(long id) {
        return dsl.select(ANNEX_DOCUMENT.SNAPSHOT)
                .from(ANNEX_DOCUMENT)
                .where(ANNEX_DOCUMENT.ID.eq(id))
                .fetchSingle(ANNEX_DOCUMENT.SNAPSHOT);
    }

    int nextVersion(long agreementId, String language) {
        Integer max = dsl.select(DSL.max(ANNEX_DOCUMENT.VERSION_NO))
                .from(ANNEX_DOCUMENT)
                .where(ANNEX_DOCUMENT.AGREEMENT_ID.eq(agreementId).and(ANNEX_DOCUMENT.LANGUAGE.eq(language)))
                .fetchOne(0, Integer.class);
        return max == null ? 1 : max + 1;
    }

    long insert(AnnexVersion v, String snapshot, byte[] content) {
        return dsl.insertInto(ANNEX_DOCUMENT)
                .set(ANNEX_DOCUMENT.AGREEMENT_ID, v.agreementId())
                .set(ANNEX_DOCUMENT.LANGUAGE, v.language())
                .set(ANNEX_DOCUMENT.VERSION_NO, v.version())
                .set(ANNEX_DOCUMENT.DOCUMENT_ID, v.documentId())
                .set(ANNEX_DOCUMENT.SHA256, v.sha256())
                .set(ANNEX_DOCUMENT.FINGERPRINT, v.fingerprint())
                .set(ANNEX_DOCUMENT.BYTE_SIZE, v.byteSize())
                .set(ANNEX_DOCUMENT.PAGE_COUNT, v.pageCount())
                .set(ANNEX_DOCUMENT.SNAPSHOT, snapshot)
                .set(ANNEX_DOCUMENT.GENERATED_BY, v.generatedBy())
                .set(ANNEX_DOCUMENT.GENERATED_AT, OffsetDateTime.ofInstant(v.generatedAt(), ZoneOffset.UTC))
                .set(ANNEX_DOCUMENT.CONTENT, content)
                .returningResult(ANNEX_DOCUMENT.ID)
                .fetchSingle(ANNEX_DOCUMENT.ID);
    }

    private static List<org.jooq.Field<?>> metadata() {
        return List.of(
                ANNEX_DOCUMENT.ID,
                ANNEX_DOCUMENT.AGREEMENT_ID,
                ANNEX_DOCUMENT.LANGUAGE,
                ANNEX_DOCUMENT.VERSION_NO,
                ANNEX_DOCUMENT.DOCUMENT_ID,
                ANNEX_DOCUMENT.SHA256,
                ANNEX_DOCUMENT.FINGERPRINT,
                ANNEX_DOCUMENT.BYTE_SIZE,
                ANNEX_DOCUMENT.PAGE_COUNT,
                ANNEX_DOCUMENT.GENERATED_BY,
                ANNEX_DOCUMENT.GENERATED_AT);
    }

    private static AnnexVersion toVersion(Record r) {
        return new AnnexVersion(
                r.get(ANNEX_DOCUMENT.ID),
                r.get(ANNEX_DOCUMENT.AGREEMENT_ID),
                r.get(ANNEX_DOCUMENT.LANGUAGE),
                r.get(ANNEX_DOCUMENT.VERSION_NO),
                r.get(ANNEX_DOCUMENT.DOCUMENT_ID),
                r.get(ANNEX_DOCUMENT.SHA256),
                r.get(ANNEX_DOCUMENT.FINGERPRINT),
                r.get(ANNEX_DOCUMENT.BYTE_SIZE),
                r.get(ANNEX_DOCUMENT.PAGE_COUNT),
                r.get(ANNEX_DOCUMENT.GENERATED_BY),
                r.get(ANNEX_DOCUMENT.GENERATED_AT).toInstant());
    }
}
