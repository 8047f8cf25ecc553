package org.dpatracker.contract;

import static org.dpatracker.db.Tables.CONTRACT_CHECK;
import static org.jooq.impl.DSL.row;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.SelectField;
import org.springframework.stereotype.Repository;

@Repository
class ContractCheckRepository {

    private static final SelectField<ContractCheck> CHECK = row(
                    CONTRACT_CHECK.AGREEMENT_ID,
                    CONTRACT_CHECK.POINT,
                    CONTRACT_CHECK.STATUS,
                    CONTRACT_CHECK.CLAUSE_REFERENCE,
                    CONTRACT_CHECK.QUOTE,
                    CONTRACT_CHECK.VERSION)
            .mapping(ContractCheck::new);

    private final DSLContext dsl;

    ContractCheckRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<ContractCheck> findByAgreement(long agreementId) {
        return dsl.select(CHECK)
                .from(CONTRACT_CHECK)
                .where(CONTRACT_CHECK.AGREEMENT_ID.eq(agreementId))
                .fetch(Record1::value1);
    }

    Optional<ContractCheck> find(long agreementId, ContractPoint point) {
        return dsl.select(CHECK)
                .from(CONTRACT_CHECK)
                .where(CONTRACT_CHECK.AGREEMENT_ID.eq(agreementId).and(CONTRACT_CHECK.POINT.eq(point)))
                .fetchOptional(Record1::value1);
    }

    /** Every check, streamed in order of agreement and point, so that a large register is not held in memory. */
    void forEachCheck(Consumer<ContractCheck> check) {
        try (Stream<ContractCheck> checks = dsl
                .select(CHECK)
                .from(CONTRACT_CHECK)
                .orderBy(CONTRACT_CHECK.AGREEMENT_ID, CONTRACT_CHECK.POINT)
                .fetchSize(500)
                .stream()
                .map(Record1::value1)) {
            checks.forEach(check);
        }
    }

    void insert(ContractCheck c) {
        dsl.insertInto(CONTRACT_CHECK)
                .set(CONTRACT_CHECK.AGREEMENT_ID, c.agreementId())
                .set(CONTRACT_CHECK.POINT, c.point())
                .set(CONTRACT_CHECK.STATUS, c.status())
                .set(CONTRACT_CHECK.CLAUSE_REFERENCE, c.clauseReference())
                .set(CONTRACT_CHECK.QUOTE, c.quote())
                .execute();
    }

    boolean update(ContractCheck c) {
        return dsl.update(CONTRACT_CHECK)
                        .set(CONTRACT_CHECK.STATUS, c.status())
                        .set(CONTRACT_CHECK.CLAUSE_REFERENCE, c.clauseReference())
                        .set(CONTRACT_CHECK.QUOTE, c.quote())
                        .set(CONTRACT_CHECK.VERSION, CONTRACT_CHECK.VERSION.plus(1))
                        .where(CONTRACT_CHECK.AGREEMENT_ID.eq(c.agreementId()).and(CONTRACT_CHECK.POINT.eq(c.point())))
                        .and(CONTRACT_CHECK.VERSION.eq(c.version()))
                        .execute()
                == 1;
    }
}
