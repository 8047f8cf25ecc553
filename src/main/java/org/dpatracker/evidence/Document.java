package org.dpatracker.evidence;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One version of a document in the vault, without its bytes. Versions of the same document share the
 * {@code documentKey}; {@code mediaType} is the type detected from the content, not from the file name.
 */
public record Document(
        long id,
        String documentKey,
        int version,
        OwnerKind ownerKind,
        long ownerId,
        DocumentKind kind,
        String title,
        LocalDate documentDate,
        LocalDate validUntil,
        String fileName,
        String mediaType,
        long byteSize,
        String sha256,
        String uploadedBy,
        Instant uploadedAt) {

    public DocumentOwner owner() {
        return new DocumentOwner(ownerKind, ownerId);
    }

    /** The first characters of the hash, enough to compare by eye. */
    public String shortHash() {
        return sha256.substring(0, 12);
    }
}
