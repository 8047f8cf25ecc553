package org.dpatracker.annex;

import static org.dpatracker.db.Tables.ANNEX_DOCUMENT;
import static org.jooq.impl.DSL.row;

import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.SelectField;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The annex archive. Rows are only ever inserted: an archived annex never changes. */
@Repository
class AnnexRepository {

    /** A version's metadata, without its content. */
    private static final SelectField<AnnexVersion> VERSION = row(
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
                    ANNEX_DOCUMENT.GENERATED_AT)
            .mapping(AnnexVersion::new);

    private final DSLContext dsl;

    AnnexRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<AnnexVersion> versions(long agreementId) {
        return dsl.select(VERSION)
                .from(ANNEX_DOCUMENT)
                .where(ANNEX_DOCUMENT.AGREEMENT_ID.eq(agreementId))
                .orderBy(ANNEX_DOCUMENT.LANGUAGE, ANNEX_DOCUMENT.VERSION_NO.desc())
                .fetch(Record1::value1);
    }

    Optional<AnnexVersion> latest(long agreementId, String language) {
        return dsl.select(VERSION)
                .from(ANNEX_DOCUMENT)
                .where(ANNEX_DOCUMENT.AGREEMENT_ID.eq(agreementId).and(ANNEX_DOCUMENT.LANGUAGE.eq(language)))
                .orderBy(ANNEX_DOCUMENT.VERSION_NO.desc())
                .limit(1)
                .fetchOptional(Record1::value1);
    }

    Optional<AnnexVersion> find(long agreementId, String language, int version) {
        return dsl.select(VERSION)
                .from(ANNEX_DOCUMENT)
                .where(ANNEX_DOCUMENT
                        .AGREEMENT_ID
                        .eq(agreementId)
                        .and(ANNEX_DOCUMENT.LANGUAGE.eq(language))
                        .and(ANNEX_DOCUMENT.VERSION_NO.eq(version)))
                .fetchOptional(Record1::value1);
    }

    Optional<AnnexVersion> findByDocumentId(String documentId) {
        return dsl.select(VERSION)
                .from(ANNEX_DOCUMENT)
                .where(ANNEX_DOCUMENT.DOCUMENT_ID.eq(documentId))
                .fetchOptional(Record1::value1);
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
                .set(ANNEX_DOCUMENT.GENERATED_AT, v.generatedAt())
                .set(ANNEX_DOCUMENT.CONTENT, content)
                .returningResult(ANNEX_DOCUMENT.ID)
                .fetchSingle(ANNEX_DOCUMENT.ID);
    }
}
