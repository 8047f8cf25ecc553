package org.dpatracker.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Keeps documents in the database, in chunks of 256 KiB: portable between H2 and PostgreSQL, inside the
 * upload's transaction and the database backup, and read one chunk at a time.
 */
class DatabaseDocumentStore implements DocumentStore {

    static final int CHUNK_SIZE = 256 * 1024;

    private final DocumentChunkRepository chunks;

    DatabaseDocumentStore(DocumentChunkRepository chunks) {
        this.chunks = chunks;
    }

    @Override
    public void put(String sha256, Path file) throws IOException {
        if (chunks.contains(sha256)) {
            return;
        }
        try (InputStream in = Files.newInputStream(file)) {
            int chunkNo = 0;
            byte[] chunk;
            while ((chunk = in.readNBytes(CHUNK_SIZE)).length > 0) {
                chunks.insert(sha256, chunkNo++, chunk);
            }
        }
    }

    @Override
    public InputStream open(String sha256) {
        return new ChunkStream(sha256);
    }

    /** Fetches the next chunk only when the previous one has been read. */
    private final class ChunkStream extends InputStream {

        private final String sha256;
        private int nextChunk;
        private byte[] current = new byte[0];
        private int position;
        private boolean ended;

        private ChunkStream(String sha256) {
            this.sha256 = sha256;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] target, int offset, int length) {
            if (length == 0) {
                return 0;
            }
            while (position == current.length) {
                if (ended) {
                    return -1;
                }
                Optional<byte[]> next = chunks.chunk(sha256, nextChunk++);
                ended = next.isEmpty();
                current = next.orElse(new byte[0]);
                position = 0;
            }
            int count = Math.min(length, current.length - position);
            System.arraycopy(current, position, target, offset, count);
            position += count;
            return count;
        }
    }
}
