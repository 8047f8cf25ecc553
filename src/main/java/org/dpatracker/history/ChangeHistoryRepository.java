package org.dpatracker.history;

import static org.dpatracker.db.Tables.CHANGE_HISTORY;
import static org.dpatracker.db.Tables.CHANGE_HISTORY_HEAD;

import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record10;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class ChangeHistoryRepository {

    private static final int HEAD_ID = 1;

    private final DSLContext dsl;

    ChangeHistoryRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Locks the end of the chain until the transaction ends, so that appends happen one at a time. */
    Head lockHead() {
        return dsl.select(CHANGE_HISTORY_HEAD.LAST_SEQ, CHANGE_HISTORY_HEAD.LAST_HASH)
                .from(CHANGE_HISTORY_HEAD)
                .where(CHANGE_HISTORY_HEAD.ID.eq(HEAD_ID))
                .forUpdate()
                .fetchSingle(row -> new Head(row.value1(), row.value2()));
    }

    Head head() {
        return dsl.select(CHANGE_HISTORY_HEAD.LAST_SEQ, CHANGE_HISTORY_HEAD.LAST_HASH)
                .from(CHANGE_HISTORY_HEAD)
                .where(CHANGE_HISTORY_HEAD.ID.eq(HEAD_ID))
                .fetchSingle(row -> new Head(row.value1(), row.value2()));
    }

    void append(ChangeEntry entry) {
        dsl.insertInto(CHANGE_HISTORY)
                .set(CHANGE_HISTORY.SEQ, entry.seq())
                .set(CHANGE_HISTORY.CHANGED_AT, entry.changedAt())
                .set(CHANGE_HISTORY.CHANGED_BY, entry.changedBy())
                .set(CHANGE_HISTORY.ENTITY, entry.entity())
                .set(CHANGE_HISTORY.ENTITY_ID, entry.entityId())
                .set(CHANGE_HISTORY.OPERATION, entry.operation())
                .set(CHANGE_HISTORY.BEFORE_STATE, entry.beforeState())
                .set(CHANGE_HISTORY.AFTER_STATE, entry.afterState())
                .set(CHANGE_HISTORY.PREVIOUS_HASH, entry.previousHash())
                .set(CHANGE_HISTORY.HASH, entry.hash())
                .execute();
        dsl.update(CHANGE_HISTORY_HEAD)
                .set(CHANGE_HISTORY_HEAD.LAST_SEQ, entry.seq())
                .set(CHANGE_HISTORY_HEAD.LAST_HASH, entry.hash())
                .where(CHANGE_HISTORY_HEAD.ID.eq(HEAD_ID))
                .execute();
    }

    /** Feeds the entries up to {@code lastSeq} in order to the consumer until it returns false. */
    void walk(long lastSeq, Predicate<ChangeEntry> consumer) {
        try (Stream<ChangeEntry> entries =
                selectEntries()
                        .where(CHANGE_HISTORY.SEQ.le(lastSeq))
                        .orderBy(CHANGE_HISTORY.SEQ)
                        .fetchSize(500)
                        .stream()
                        .map(Records.mapping(ChangeEntry::new))) {
            var iterator = entries.iterator();
            while (iterator.hasNext() && consumer.test(iterator.next())) {
                // the consumer does the work
            }
        }
    }

    List<ChangeEntry> findPage(ChangeFilter filter, int offset, int limit) {
        return selectEntries()
                .where(condition(filter))
                .orderBy(CHANGE_HISTORY.SEQ.desc())
                .offset(offset)
                .limit(limit)
                .fetch(Records.mapping(ChangeEntry::new));
    }

    int count(ChangeFilter filter) {
        return dsl.fetchCount(CHANGE_HISTORY, condition(filter));
    }

    private org.jooq.SelectJoinStep<
                    Record10<Long, Instant, String, String, String, Operation, String, String, String, String>>
            selectEntries() {
        return dsl.select(
                        CHANGE_HISTORY.SEQ,
                        CHANGE_HISTORY.CHANGED_AT,
                        CHANGE_HISTORY.CHANGED_BY,
                        CHANGE_HISTORY.ENTITY,
                        CHANGE_HISTORY.ENTITY_ID,
                        CHANGE_HISTORY.OPERATION,
                        CHANGE_HISTORY.BEFORE_STATE,
                        CHANGE_HISTORY.AFTER_STATE,
                        CHANGE_HISTORY.PREVIOUS_HASH,
                        CHANGE_HISTORY.HASH)
                .from(CHANGE_HISTORY);
    }

    private static Condition condition(ChangeFilter filter) {
        Condition condition = DSL.noCondition();
        if (filter.entity() != null && !filter.entity().isBlank()) {
            condition = condition.and(CHANGE_HISTORY.ENTITY.eq(filter.entity()));
        }
        if (filter.entityId() != null && !filter.entityId().isBlank()) {
            condition = condition.and(CHANGE_HISTORY.ENTITY_ID.eq(filter.entityId()));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            String pattern = "%" + filter.text().trim().toLowerCase() + "%";
            condition = condition.and(DSL.lower(CHANGE_HISTORY.CHANGED_BY)
                    .like(pattern)
                    .or(DSL.lower(CHANGE_HISTORY.ENTITY).like(pattern))
                    .or(DSL.lower(CHANGE_HISTORY.AFTER_STATE).like(pattern))
                    .or(DSL.lower(CHANGE_HISTORY.BEFORE_STATE).like(pattern)));
        }
        if (filter.user() != null && !filter.user().isBlank()) {
            condition = condition.and(CHANGE_HISTORY.CHANGED_BY.eq(filter.user().trim()));
        }
        if (filter.from() != null) {
            condition = condition.and(CHANGE_HISTORY.CHANGED_AT.ge(
                    filter.from().atStartOfDay(filter.zone()).toInstant()));
        }
        if (filter.to() != null) {
            condition = condition.and(CHANGE_HISTORY.CHANGED_AT.lt(
                    filter.to().plusDays(1).atStartOfDay(filter.zone()).toInstant()));
        }
        return condition;
    }

    /** The kinds of entity the history holds, for choosing one. */
    List<String> entities() {
        return dsl.selectDistinct(CHANGE_HISTORY.ENTITY)
                .from(CHANGE_HISTORY)
                .orderBy(CHANGE_HISTORY.ENTITY)
                .fetch(CHANGE_HISTORY.ENTITY);
    }

    /** The users who made changes, for choosing one. */
    List<String> users() {
        return dsl.selectDistinct(CHANGE_HISTORY.CHANGED_BY)
                .from(CHANGE_HISTORY)
                .orderBy(CHANGE_HISTORY.CHANGED_BY)
                .fetch(CHANGE_HISTORY.CHANGED_BY);
    }

    record Head(long lastSeq, String lastHash) {}
}
