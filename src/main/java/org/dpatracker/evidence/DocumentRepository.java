package org.dpatracker.evidence;

import static org.dpatracker.db.Tables.DOCUMENT;
import static org.jooq.impl.DSL.row;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.SelectField;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The documents' metadata, one row per version. Versions are only inserted; removal marks them. */
@Repository
class DocumentRepository {

    private static final SelectField<Document> DOCUMENT_FIELDS = row(
                    DOCUMENT.ID,
                    DOCUMENT.DOCUMENT_KEY,
                    DOCUMENT.VERSION_NO,
                    DOCUMENT.OWNER_KIND.convertFrom(OwnerKind::valueOf),
                    DOCUMENT.OWNER_ID,
                    DOCUMENT.KIND.convertFrom(DocumentKind::valueOf),
                    DOCUMENT.TITLE,
                    DOCUMENT.DOCUMENT_DATE,
                    DOCUMENT.VALID_UNTIL,
                    DOCUMENT.FILE_NAME,
                    DOCUMENT.MEDIA_TYPE,
                    DOCUMENT.BYTE_SIZE,
                    DOCUMENT.SHA256,
                    DOCUMENT.UPLOADED_BY,
                    DOCUMENT.UPLOADED_AT)
            .mapping(Document::new);

    private static final Condition PRESENT = DOCUMENT.REMOVED_AT.isNull();

    private final DSLContext dsl;

    DocumentRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every present version of the owner's documents: by title, each document's newest version first. */
    List<Document> ofOwner(DocumentOwner owner) {
        return dsl.select(DOCUMENT_FIELDS)
                .from(DOCUMENT)
                .where(ofOwnerCondition(owner).and(PRESENT))
                .orderBy(DOCUMENT.TITLE, DOCUMENT.DOCUMENT_KEY, DOCUMENT.VERSION_NO.desc())
                .fetch(Record1::value1);
    }

    Optional<Document> find(long id) {
        return dsl.select(DOCUMENT_FIELDS)
                .from(DOCUMENT)
                .where(DOCUMENT.ID.eq(id).and(PRESENT))
                .fetchOptional(Record1::value1);
    }

    List<Document> versions(String documentKey) {
        return dsl.select(DOCUMENT_FIELDS)
                .from(DOCUMENT)
                .where(DOCUMENT.DOCUMENT_KEY.eq(documentKey).and(PRESENT))
                .orderBy(DOCUMENT.VERSION_NO.desc())
                .fetch(Record1::value1);
    }

    int nextVersion(String documentKey) {
        Integer max = dsl.select(DSL.max(DOCUMENT.VERSION_NO))
                .from(DOCUMENT)
                .where(DOCUMENT.DOCUMENT_KEY.eq(documentKey))
                .fetchOne(0, Integer.class);
        return max == null ? 1 : max + 1;
    }

    /** The newest present version of each document valid until a day up to {@code horizon}. */
    List<Document> latestValidUpTo(LocalDate horizon) {
        var newer = DOCUMENT.as("newer");
        return dsl.select(DOCUMENT_FIELDS)
                .from(DOCUMENT)
                .where(PRESENT.and(DOCUMENT.VALID_UNTIL.le(horizon)))
                .andNotExists(dsl.selectOne()
                        .from(newer)
                        .where(newer.DOCUMENT_KEY
                                .eq(DOCUMENT.DOCUMENT_KEY)
                                .and(newer.VERSION_NO.gt(DOCUMENT.VERSION_NO))
                                .and(newer.REMOVED_AT.isNull())))
                .orderBy(DOCUMENT.VALID_UNTIL, DOCUMENT.ID)
                .fetch(Record1::value1);
    }

    long insert(Document d) {
        return dsl.insertInto(DOCUMENT)
                .set(DOCUMENT.DOCUMENT_KEY, d.documentKey())
                .set(DOCUMENT.VERSION_NO, d.version())
                .set(DOCUMENT.OWNER_KIND, d.ownerKind().name())
                .set(DOCUMENT.OWNER_ID, d.ownerId())
                .set(DOCUMENT.KIND, d.kind().name())
                .set(DOCUMENT.TITLE, d.title())
                .set(DOCUMENT.DOCUMENT_DATE, d.documentDate())
                .set(DOCUMENT.VALID_UNTIL, d.validUntil())
                .set(DOCUMENT.FILE_NAME, d.fileName())
                .set(DOCUMENT.MEDIA_TYPE, d.mediaType())
                .set(DOCUMENT.BYTE_SIZE, d.byteSize())
                .set(DOCUMENT.SHA256, d.sha256())
                .set(DOCUMENT.UPLOADED_BY, d.uploadedBy())
                .set(DOCUMENT.UPLOADED_AT, d.uploadedAt())
                .returningResult(DOCUMENT.ID)
                .fetchSingle(DOCUMENT.ID);
    }

    /** Marks every present version of the document removed; returns how many were. */
    int markRemoved(String documentKey, String by, Instant at) {
        return dsl.update(DOCUMENT)
                .set(DOCUMENT.REMOVED_BY, by)
                .set(DOCUMENT.REMOVED_AT, at)
                .where(DOCUMENT.DOCUMENT_KEY.eq(documentKey).and(PRESENT))
                .execute();
    }

    private static Condition ofOwnerCondition(DocumentOwner owner) {
        return DOCUMENT.OWNER_KIND.eq(owner.kind().name()).and(DOCUMENT.OWNER_ID.eq(owner.id()));
    }
}
