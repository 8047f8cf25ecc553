package org.dpatracker.transfer;

import static org.dpatracker.db.Tables.ADEQUACY_DECISION;

import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class AdequacyRepository {

    private final DSLContext dsl;

    AdequacyRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<AdequacyDecision> findAll() {
        return dsl.select(
                        ADEQUACY_DECISION.COUNTRY,
                        ADEQUACY_DECISION.DECISION,
                        ADEQUACY_DECISION.DECIDED_ON,
                        ADEQUACY_DECISION.SCOPE,
                        ADEQUACY_DECISION.SCOPE_LIMITS,
                        ADEQUACY_DECISION.VALID_UNTIL,
                        ADEQUACY_DECISION.VERIFIED_ON,
                        ADEQUACY_DECISION.VERSION)
                .from(ADEQUACY_DECISION)
                .orderBy(ADEQUACY_DECISION.COUNTRY)
                .fetch(r -> new AdequacyDecision(
                        r.value1(),
                        r.value2(),
                        r.value3(),
                        r.value4(),
                        r.value5(),
                        r.value6(),
                        r.value7(),
                        r.value8()));
    }

    Optional<AdequacyDecision> find(String country) {
        return findAll().stream()
                .filter(decision -> decision.country().equals(country))
                .findFirst();
    }

    void insert(AdequacyDecision d) {
        dsl.insertInto(ADEQUACY_DECISION)
                .set(ADEQUACY_DECISION.COUNTRY, d.country())
                .set(ADEQUACY_DECISION.DECISION, d.decision())
                .set(ADEQUACY_DECISION.DECIDED_ON, d.decidedOn())
                .set(ADEQUACY_DECISION.SCOPE, d.scope())
                .set(ADEQUACY_DECISION.SCOPE_LIMITS, d.scopeLimits())
                .set(ADEQUACY_DECISION.VALID_UNTIL, d.validUntil())
                .set(ADEQUACY_DECISION.VERIFIED_ON, d.verifiedOn())
                .set(ADEQUACY_DECISION.VERSION, 0)
                .execute();
    }

    boolean update(AdequacyDecision d) {
        return dsl.update(ADEQUACY_DECISION)
                        .set(ADEQUACY_DECISION.DECISION, d.decision())
                        .set(ADEQUACY_DECISION.DECIDED_ON, d.decidedOn())
                        .set(ADEQUACY_DECISION.SCOPE, d.scope())
                        .set(ADEQUACY_DECISION.SCOPE_LIMITS, d.scopeLimits())
                        .set(ADEQUACY_DECISION.VALID_UNTIL, d.validUntil())
                        .set(ADEQUACY_DECISION.VERIFIED_ON, d.verifiedOn())
                        .set(ADEQUACY_DECISION.VERSION, ADEQUACY_DECISION.VERSION.plus(1))
                        .where(ADEQUACY_DECISION.COUNTRY.eq(d.country()).and(ADEQUACY_DECISION.VERSION.eq(d.version())))
                        .execute()
                == 1;
    }

    void delete(String country) {
        dsl.deleteFrom(ADEQUACY_DECISION)
                .where(ADEQUACY_DECISION.COUNTRY.eq(country))
                .execute();
    }
}
