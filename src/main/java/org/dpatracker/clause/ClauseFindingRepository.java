package org.dpatracker.clause;

import static org.dpatracker.db.Tables.CLAUSE_FINDING;
import static org.jooq.impl.DSL.row;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.SelectField;
import org.springframework.stereotype.Repository;

@Repository
class ClauseFindingRepository {

    private static final SelectField<StoredFinding> FINDING = row(
                    CLAUSE_FINDING.ID,
                    CLAUSE_FINDING.AGREEMENT_ID,
                    CLAUSE_FINDING.DOCUMENT_ID,
                    CLAUSE_FINDING.RULE_PACK,
                    CLAUSE_FINDING.RULE_ID,
                    CLAUSE_FINDING.TARGET,
                    CLAUSE_FINDING.FOUND_VALUE,
                    CLAUSE_FINDING.QUOTE,
                    CLAUSE_FINDING.PAGE_NO,
                    CLAUSE_FINDING.CONFIDENCE,
                    CLAUSE_FINDING.STATUS,
                    CLAUSE_FINDING.APPLIED_VALUE,
                    CLAUSE_FINDING.APPLIED_TO,
                    CLAUSE_FINDING.DECIDED_BY,
                    CLAUSE_FINDING.DECIDED_AT,
                    CLAUSE_FINDING.FOUND_AT,
                    CLAUSE_FINDING.VERSION)
            .mapping(StoredFinding::new);

    private final DSLContext dsl;

    ClauseFindingRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The document's findings in the order of its pages. */
    List<StoredFinding> ofDocument(long documentId) {
        return dsl.select(FINDING)
                .from(CLAUSE_FINDING)
                .where(CLAUSE_FINDING.DOCUMENT_ID.eq(documentId))
                .orderBy(CLAUSE_FINDING.PAGE_NO, CLAUSE_FINDING.ID)
                .fetch(Record1::value1);
    }

    Optional<StoredFinding> find(long id) {
        return dsl.select(FINDING)
                .from(CLAUSE_FINDING)
                .where(CLAUSE_FINDING.ID.eq(id))
                .fetchOptional(Record1::value1);
    }

    void forEach(Consumer<StoredFinding> finding) {
        try (Stream<StoredFinding> all =
                dsl.select(FINDING).from(CLAUSE_FINDING).orderBy(CLAUSE_FINDING.ID).fetchSize(500).stream()
                        .map(Record1::value1)) {
            all.forEach(finding);
        }
    }

    long insert(long agreementId, long documentId, String rulePack, ClauseFinding f, Instant now) {
        return dsl.insertInto(CLAUSE_FINDING)
                .set(CLAUSE_FINDING.AGREEMENT_ID, agreementId)
                .set(CLAUSE_FINDING.DOCUMENT_ID, documentId)
                .set(CLAUSE_FINDING.RULE_PACK, rulePack)
                .set(CLAUSE_FINDING.RULE_ID, f.ruleId())
                .set(CLAUSE_FINDING.TARGET, f.target())
                .set(CLAUSE_FINDING.FOUND_VALUE, f.value())
                .set(CLAUSE_FINDING.QUOTE, f.quote())
                .set(CLAUSE_FINDING.PAGE_NO, f.page())
                .set(CLAUSE_FINDING.CONFIDENCE, BigDecimal.valueOf(f.confidence()))
                .set(CLAUSE_FINDING.STATUS, FindingStatus.PROPOSED)
                .set(CLAUSE_FINDING.FOUND_AT, now)
                .returning(CLAUSE_FINDING.ID)
                .fetchOne(CLAUSE_FINDING.ID);
    }

    void delete(long id) {
        dsl.deleteFrom(CLAUSE_FINDING).where(CLAUSE_FINDING.ID.eq(id)).execute();
    }

    boolean decide(StoredFinding f) {
        return dsl.update(CLAUSE_FINDING)
                        .set(CLAUSE_FINDING.STATUS, f.status())
                        .set(CLAUSE_FINDING.APPLIED_VALUE, f.appliedValue())
                        .set(CLAUSE_FINDING.APPLIED_TO, f.appliedTo())
                        .set(CLAUSE_FINDING.DECIDED_BY, f.decidedBy())
                        .set(CLAUSE_FINDING.DECIDED_AT, f.decidedAt())
                        .set(CLAUSE_FINDING.VERSION, CLAUSE_FINDING.VERSION.plus(1))
                        .where(CLAUSE_FINDING.ID.eq(f.id()))
                        .and(CLAUSE_FINDING.VERSION.eq(f.version()))
                        .and(CLAUSE_FINDING.STATUS.eq(FindingStatus.PROPOSED))
                        .execute()
                == 1;
    }
}
