package org.dpatracker.processor;

import static org.dpatracker.db.Tables.AGREEMENT;
import static org.dpatracker.db.Tables.RED_FLAG;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.dpatracker.redflag.RedFlag;
import org.dpatracker.redflag.RedFlagType;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * The stored red flags: per agreement the types and count the register lists and sorts by, and per
 * flag a row naming the party it concerns, for the views that show flags per party.
 */
@Repository
class RedFlagRepository {

    private final DSLContext dsl;

    RedFlagRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Replaces the stored flags of the given agreements with {@code flagsByAgreement}, in one batch. */
    void store(Map<Long, List<RedFlag>> flagsByAgreement) {
        if (flagsByAgreement.isEmpty()) {
            return;
        }
        List<Query> queries = new ArrayList<>();
        flagsByAgreement.forEach((agreementId, flags) -> {
            TreeSet<String> types =
                    new TreeSet<>(flags.stream().map(flag -> flag.type().name()).toList());
            String stored = types.isEmpty() ? null : String.join(",", types);
            queries.add(dsl.update(AGREEMENT)
                    .set(AGREEMENT.RED_FLAGS, stored)
                    .set(AGREEMENT.RED_FLAG_COUNT, flags.size())
                    .where(AGREEMENT.ID.eq(agreementId))
                    .and(AGREEMENT.RED_FLAGS.isDistinctFrom(stored).or(AGREEMENT.RED_FLAG_COUNT.ne(flags.size()))));
        });
        queries.add(dsl.deleteFrom(RED_FLAG).where(RED_FLAG.AGREEMENT_ID.in(flagsByAgreement.keySet())));
        flagsByAgreement.forEach((agreementId, flags) -> {
            for (int position = 0; position < flags.size(); position++) {
                RedFlag flag = flags.get(position);
                queries.add(dsl.insertInto(RED_FLAG)
                        .set(RED_FLAG.AGREEMENT_ID, agreementId)
                        .set(RED_FLAG.POSITION, position)
                        .set(RED_FLAG.TYPE, flag.type())
                        .set(RED_FLAG.SUBJECT, flag.subject())
                        .set(RED_FLAG.DETAILS, flag.storedDetails()));
            }
        });
        dsl.batch(queries).execute();
    }

    /** The kinds of flag stored for each of the agreements (types no longer known are left out). */
    Map<Long, Set<RedFlagType>> storedTypes(Collection<Long> agreementIds) {
        Set<String> known = Arrays.stream(RedFlagType.values()).map(Enum::name).collect(Collectors.toSet());
        Map<Long, Set<RedFlagType>> stored = new HashMap<>();
        dsl.select(AGREEMENT.ID, AGREEMENT.RED_FLAGS)
                .from(AGREEMENT)
                .where(AGREEMENT.ID.in(agreementIds))
                .forEach(row -> {
                    Set<RedFlagType> types = EnumSet.noneOf(RedFlagType.class);
                    if (row.value2() != null) {
                        Arrays.stream(row.value2().split(","))
                                .filter(known::contains)
                                .map(RedFlagType::valueOf)
                                .forEach(types::add);
                    }
                    stored.put(row.value1(), types);
                });
        return stored;
    }

    /** Whether some agreement counts flags that have no rows: stored before the rows were kept. */
    boolean rowsMissing() {
        return dsl.fetchCount(
                        AGREEMENT,
                        AGREEMENT
                                .RED_FLAG_COUNT
                                .gt(0)
                                .and(AGREEMENT.ID.notIn(
                                        DSL.select(RED_FLAG.AGREEMENT_ID).from(RED_FLAG))))
                > 0;
    }
}
