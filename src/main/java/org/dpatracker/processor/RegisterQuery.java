package org.dpatracker.processor;

import static org.dpatracker.db.Tables.AGREEMENT;
import static org.dpatracker.db.Tables.APP_USER;
import static org.dpatracker.db.Tables.ORGANISATION;
import static org.dpatracker.db.Tables.PROCESSING_LOCATION;
import static org.dpatracker.db.Tables.RED_FLAG;
import static org.dpatracker.db.Tables.SUBPROCESSOR;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.dpatracker.db.tables.Organisation;
import org.dpatracker.redflag.RedFlagType;
import org.dpatracker.transfer.Countries;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/** The processor list: a page of agreements with counts, countries and red flags, filtered and sorted. */
@Component
class RegisterQuery {

    private static final Organisation CONTROLLER = ORGANISATION.as("controller");
    private static final Field<Integer> SUBPROCESSOR_COUNT = DSL.field(DSL.selectCount()
            .from(SUBPROCESSOR)
            .where(SUBPROCESSOR.AGREEMENT_ID.eq(AGREEMENT.ID))
            .and(SUBPROCESSOR.APPROVAL.in(ApprovalState.RECEIVING_DATA)));

    private static final org.dpatracker.db.tables.Subprocessor ENGAGED = SUBPROCESSOR.as("engaged");

    /** Locations of the processor and of subprocessors that receive data. */
    private static final Condition RECEIVING_LOCATION = PROCESSING_LOCATION
            .AGREEMENT_ID
            .eq(AGREEMENT.ID)
            .and(LocationRepository.CURRENT)
            .and(PROCESSING_LOCATION
                    .SUBPROCESSOR_ID
                    .isNull()
                    .or(DSL.exists(DSL.selectOne()
                            .from(ENGAGED)
                            .where(ENGAGED.ID.eq(PROCESSING_LOCATION.SUBPROCESSOR_ID))
                            .and(ENGAGED.APPROVAL.in(ApprovalState.RECEIVING_DATA)))));

    private static final Field<Set<String>> COUNTRIES = DSL.multiset(DSL.selectDistinct(PROCESSING_LOCATION.COUNTRY)
                    .from(PROCESSING_LOCATION)
                    .where(RECEIVING_LOCATION))
            .convertFrom(rows -> new TreeSet<>(rows.map(row -> row.value1())));

    private final DSLContext dsl;

    RegisterQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<AgreementRow> findPage(RegisterFilter filter, List<RegisterSort> sort, int offset, int limit) {
        // First the ids of the page, then the columns for just those rows: the per-row subqueries
        // then run 50 times instead of once for every matching agreement.
        List<Long> ids = dsl.select(AGREEMENT.ID)
                .from(AGREEMENT)
                .join(ORGANISATION)
                .on(ORGANISATION.ID.eq(AGREEMENT.PROCESSOR_ID))
                .where(condition(filter))
                .orderBy(order(sort))
                .offset(offset)
                .limit(limit)
                .fetch(AGREEMENT.ID);
        return rows(ids);
    }

    /** The rows of the given agreements, in the order of the ids; unknown ids are left out. */
    List<AgreementRow> rows(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, AgreementRow> rows = dsl.select(
                        AGREEMENT.ID,
                        ORGANISATION.NAME,
                        ORGANISATION.COUNTRY,
                        CONTROLLER.NAME,
                        AGREEMENT.SUBJECT_MATTER,
                        AGREEMENT.STATUS,
                        SUBPROCESSOR_COUNT,
                        COUNTRIES,
                        AGREEMENT.RED_FLAGS,
                        AGREEMENT.NEXT_REVIEW,
                        APP_USER.DISPLAY_NAME)
                .from(AGREEMENT)
                .join(ORGANISATION)
                .on(ORGANISATION.ID.eq(AGREEMENT.PROCESSOR_ID))
                .join(CONTROLLER)
                .on(CONTROLLER.ID.eq(AGREEMENT.CONTROLLER_ID))
                .leftJoin(APP_USER)
                .on(APP_USER.ID.eq(AGREEMENT.RESPONSIBLE_USER_ID))
                .where(AGREEMENT.ID.in(ids))
                .fetchMap(
                        r -> r.value1(),
                        r -> new AgreementRow(
                                r.value1(),
                                r.value2(),
                                r.value3(),
                                r.value4(),
                                r.value5(),
                                r.value6(),
                                r.value7(),
                                r.value8(),
                                flags(r.value9()),
                                r.value10(),
                                r.value11()));
        return ids.stream().map(rows::get).filter(Objects::nonNull).toList();
    }

    int count(RegisterFilter filter) {
        return dsl.fetchCount(DSL.select(AGREEMENT.ID)
                .from(AGREEMENT)
                .join(ORGANISATION)
                .on(ORGANISATION.ID.eq(AGREEMENT.PROCESSOR_ID))
                .where(condition(filter)));
    }

    private static Condition condition(RegisterFilter filter) {
        Condition condition = DSL.noCondition();
        if (filter.text() != null && !filter.text().isBlank()) {
            String pattern = "%" + filter.text().trim().toLowerCase(Locale.ROOT) + "%";
            Organisation party = ORGANISATION.as("party");
            // Matching organisations first: there are far fewer of them than agreements or links.
            var matching =
                    DSL.select(party.ID).from(party).where(DSL.lower(party.NAME).like(pattern));
            condition = condition.and(AGREEMENT
                    .PROCESSOR_ID
                    .in(matching)
                    .or(DSL.lower(AGREEMENT.SUBJECT_MATTER).like(pattern))
                    .or(AGREEMENT.ID.in(DSL.select(SUBPROCESSOR.AGREEMENT_ID)
                            .from(SUBPROCESSOR)
                            .where(SUBPROCESSOR.ORGANISATION_ID.in(matching)))));
        }
        if (filter.status() != null) {
            condition = condition.and(AGREEMENT.STATUS.eq(filter.status()));
        }
        if (filter.country() != null && !filter.country().isBlank()) {
            condition = condition.and(DSL.exists(DSL.selectOne()
                    .from(PROCESSING_LOCATION)
                    .where(RECEIVING_LOCATION)
                    .and(PROCESSING_LOCATION.COUNTRY.eq(filter.country()))));
        }
        if (filter.outsideEeaOnly()) {
            condition = condition.and(DSL.exists(DSL.selectOne()
                    .from(PROCESSING_LOCATION)
                    .where(RECEIVING_LOCATION)
                    .and(PROCESSING_LOCATION.COUNTRY.notIn(Countries.EEA_LOCATIONS))));
        }
        if (filter.flaggedOnly()) {
            condition = condition.and(AGREEMENT.RED_FLAG_COUNT.gt(0));
        }
        if (filter.flag() != null) {
            condition = condition.and(DSL.exists(DSL.selectOne()
                    .from(RED_FLAG)
                    .where(RED_FLAG.AGREEMENT_ID.eq(AGREEMENT.ID))
                    .and(RED_FLAG.TYPE.eq(filter.flag()))));
        }
        if (filter.responsibleUserId() != null) {
            condition = condition.and(AGREEMENT.RESPONSIBLE_USER_ID.eq(filter.responsibleUserId()));
        }
        if (filter.relationship() != null) {
            condition = condition.and(AGREEMENT.RELATIONSHIP.eq(filter.relationship()));
        }
        return condition;
    }

    private static List<SortField<?>> order(List<RegisterSort> sort) {
        List<SortField<?>> order = new ArrayList<>();
        for (RegisterSort s : sort) {
            Field<?> field = switch (s.column()) {
                case PROCESSOR -> DSL.lower(ORGANISATION.NAME);
                case STATUS -> AGREEMENT.STATUS;
                case SUBPROCESSORS -> SUBPROCESSOR_COUNT;
                case RED_FLAGS -> AGREEMENT.RED_FLAG_COUNT;
                case NEXT_REVIEW -> AGREEMENT.NEXT_REVIEW;
            };
            order.add(s.descending() ? field.desc() : field.asc());
        }
        if (sort.isEmpty()) {
            order.add(DSL.lower(ORGANISATION.NAME).asc());
        }
        order.add(AGREEMENT.ID.asc());
        return order;
    }

    private static Set<RedFlagType> flags(String stored) {
        Set<RedFlagType> flags = EnumSet.noneOf(RedFlagType.class);
        if (stored != null && !stored.isBlank()) {
            Arrays.stream(stored.split(",")).map(RedFlagType::valueOf).forEach(flags::add);
        }
        return flags;
    }
}
