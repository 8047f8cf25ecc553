package org.dpatracker.dashboard;

import static org.dpatracker.db.Tables.AGREEMENT;
import static org.dpatracker.db.Tables.RED_FLAG;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.countDistinct;

import java.util.EnumMap;
import java.util.Map;
import org.dpatracker.processor.AgreementStatus;
import org.dpatracker.redflag.RedFlagType;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** The start page's counts, grouped in the database: one row per status or flag type travels, not per agreement. */
@Component
class FigureQuery {

    private final DSLContext dsl;

    FigureQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** How many agreements have each status; statuses without agreements are left out. */
    Map<AgreementStatus, Integer> agreementsByStatus() {
        Map<AgreementStatus, Integer> counts = new EnumMap<>(AgreementStatus.class);
        dsl.select(AGREEMENT.STATUS, count())
                .from(AGREEMENT)
                .groupBy(AGREEMENT.STATUS)
                .forEach(r -> counts.put(r.value1(), r.value2()));
        return counts;
    }

    /** How many agreements have a red flag of each type (as the register's flag filter lists them). */
    Map<RedFlagType, Integer> agreementsByFlag() {
        Map<RedFlagType, Integer> counts = new EnumMap<>(RedFlagType.class);
        dsl.select(RED_FLAG.TYPE, countDistinct(RED_FLAG.AGREEMENT_ID))
                .from(RED_FLAG)
                .groupBy(RED_FLAG.TYPE)
                .forEach(r -> counts.put(r.value1(), r.value2()));
        return counts;
    }

    /** How many red flags are open across the register. */
    int openFlags() {
        return dsl.fetchCount(RED_FLAG);
    }

    /** How many agreements in force have at least one red flag. */
    int flaggedAgreements() {
        return dsl.fetchCount(
                AGREEMENT, AGREEMENT.RED_FLAG_COUNT.gt(0).and(AGREEMENT.STATUS.ne(AgreementStatus.TERMINATED)));
    }
}
