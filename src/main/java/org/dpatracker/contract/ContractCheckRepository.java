package org.dpatracker.contract;

import static org.dpatracker.db.Tables.CONTRACT_CHECK;

import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

@Repository
class ContractCheckRepository {

    private final DSLContext dsl;

    ContractCheckRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<ContractCheck> findByAgreement(long agreementId) {
        return dsl.selectFrom(CONTRACT_CHECK)
                .where(CONTRACT_CHECK.AGREEMENT_ID.eq(agreementId))
                .fetch(ContractCheckRepository::toCheck);
    }

    Optional<ContractCheck> find(long agreementId, ContractPoint point) {
        return dsl.selectFrom(CONTRACT_CHECK)
                .where(CONTRACT_CHECK.AGREEMENT_ID.eq(agreementId).and(CONTRACT_CHECK.POINT.eq(point.name())))
                .fetchOptional(ContractCheckRepository::toCheck);
    }

    void insert(ContractCheck c) {
        dsl.insertInto(CONTRACT_CHECK)
                .set(CONTRACT_CHECK.AGREEMENT_ID, c.agreementId())
                .set(CONTRACT_CHECK.POINT, c.point().name())
                .set(CONTRACT_CHECK.STATUS, c.status().name())
                .set(CONTRACT_CHECK.CLAUSE_REFERENCE, c.clauseReference())
                .set(CONTRACT_CHECK.QUOTE, c.quote())
                .execute();
    }

    boolean update(ContractCheck c) {
        return dsl.update(CONTRACT_CHECK)
                        .set(CONTRACT_CHECK.STATUS, c.status().name())
                        .set(CONTRACT_CHECK.CLAUSE_REFERENCE, c.clauseReference())
                        .set(CONTRACT_CHECK.QUOTE, c.quote())
                        .set(CONTRACT_CHECK.VERSION, CONTRACT_CHECK.VERSION.plus(1))
                        .where(CONTRACT_CHECK
                                .AGREEMENT_ID
                                .eq(c.agreementId())
                                .and(CONTRACT_CHECK.POINT.eq(c.point().name())))
                        .and(CONTRACT_CHECK.VERSION.eq(c.version()))
                        .execute()
                == 1;
    }

    private static ContractCheck toCheck(Record record) {
        var r = record.into(CONTRACT_CHECK);
        return new ContractCheck(
                r.getAgreementId(),
                ContractPoint.valueOf(r.getPoint()),
                PointStatus.valueOf(r.getStatus()),
                r.getClauseReference(),
                r.getQuote(),
                r.getVersion());
    }
}
