package org.dpatracker.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Where the bytes of documents are kept, addressed by their SHA-256: the same bytes are stored once, and
 * stored bytes are never changed. Reading streams; nothing holds a whole file in memory.
 */
interface DocumentStore {

    /** Stores the file's bytes under their hash unless they are there already. */
    void put(String sha256, Path file) throws IOException;

    /** The stored bytes, as they are now (the caller checks them against the hash). */
    InputStream open(String sha256) throws IOException;
}
