package org.dpatracker.evidence;

import static org.dpatracker.db.Tables.AGREEMENT;
import static org.dpatracker.db.Tables.AGREEMENT_END;
import static org.dpatracker.db.Tables.AUDIT;
import static org.dpatracker.db.Tables.BREACH;
import static org.dpatracker.db.Tables.CHANGE_NOTICE;
import static org.dpatracker.db.Tables.ORGANISATION;

import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * Whether the thing a document is attached to exists, and which agreement it belongs to. Read across the
 * owners' tables, so that the vault does not depend on the features that own them.
 */
@Repository
class DocumentOwnerQuery {

    private final DSLContext dsl;

    DocumentOwnerQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    boolean exists(DocumentOwner owner) {
        long id = owner.id();
        return switch (owner.kind()) {
            case AGREEMENT -> dsl.fetchExists(AGREEMENT, AGREEMENT.ID.eq(id));
            case ORGANISATION -> dsl.fetchExists(ORGANISATION, ORGANISATION.ID.eq(id));
            case AUDIT -> dsl.fetchExists(AUDIT, AUDIT.ID.eq(id));
            case BREACH -> dsl.fetchExists(BREACH, BREACH.ID.eq(id));
            case DELETION_CONFIRMATION -> dsl.fetchExists(AGREEMENT_END, AGREEMENT_END.AGREEMENT_ID.eq(id));
            case NOTICE -> dsl.fetchExists(CHANGE_NOTICE, CHANGE_NOTICE.ID.eq(id));
        };
    }

    /** The agreement whose page deals with the owner; none for an organisation. */
    Optional<Long> agreementOf(DocumentOwner owner) {
        long id = owner.id();
        return switch (owner.kind()) {
            case AGREEMENT, DELETION_CONFIRMATION -> Optional.of(id);
            case ORGANISATION -> Optional.empty();
            case AUDIT ->
                dsl.select(AUDIT.AGREEMENT_ID)
                        .from(AUDIT)
                        .where(AUDIT.ID.eq(id))
                        .fetchOptional(AUDIT.AGREEMENT_ID);
            case BREACH ->
                dsl.select(BREACH.AGREEMENT_ID)
                        .from(BREACH)
                        .where(BREACH.ID.eq(id))
                        .fetchOptional(BREACH.AGREEMENT_ID);
            case NOTICE ->
                dsl.select(CHANGE_NOTICE.AGREEMENT_ID)
                        .from(CHANGE_NOTICE)
                        .where(CHANGE_NOTICE.ID.eq(id))
                        .fetchOptional(CHANGE_NOTICE.AGREEMENT_ID);
        };
    }
}
