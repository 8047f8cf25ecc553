package org.dpatracker.evidence;

import java.util.Objects;

/** The thing a document is attached to. */
public record DocumentOwner(OwnerKind kind, long id) {

    public DocumentOwner {
        Objects.requireNonNull(kind, "kind");
    }

    public static DocumentOwner agreement(long agreementId) {
        return new DocumentOwner(OwnerKind.AGREEMENT, agreementId);
    }

    public static DocumentOwner organisation(long organisationId) {
        return new DocumentOwner(OwnerKind.ORGANISATION, organisationId);
    }
}
