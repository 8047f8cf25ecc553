package org.dpatracker.evidence;

import static org.dpatracker.db.Tables.DOCUMENT_CHUNK;

import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The bytes of documents in the database, in chunks, so that a file is written and read a piece at a time. */
@Repository
class DocumentChunkRepository {

    private final DSLContext dsl;

    DocumentChunkRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    boolean contains(String sha256) {
        return dsl.fetchExists(DOCUMENT_CHUNK, DOCUMENT_CHUNK.SHA256.eq(sha256));
    }

    void insert(String sha256, int chunkNo, byte[] bytes) {
        dsl.insertInto(DOCUMENT_CHUNK)
                .set(DOCUMENT_CHUNK.SHA256, sha256)
                .set(DOCUMENT_CHUNK.CHUNK_NO, chunkNo)
                .set(DOCUMENT_CHUNK.BYTES, bytes)
                .execute();
    }

    Optional<byte[]> chunk(String sha256, int chunkNo) {
        return dsl.select(DOCUMENT_CHUNK.BYTES)
                .from(DOCUMENT_CHUNK)
                .where(DOCUMENT_CHUNK.SHA256.eq(sha256).and(DOCUMENT_CHUNK.CHUNK_NO.eq(chunkNo)))
                .fetchOptional(DOCUMENT_CHUNK.BYTES);
    }
}
