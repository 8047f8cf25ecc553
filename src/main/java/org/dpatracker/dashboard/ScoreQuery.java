package org.dpatracker.dashboard;

import static org.dpatracker.db.Tables.AGREEMENT;
import static org.dpatracker.db.Tables.AUDIT;
import static org.dpatracker.db.Tables.AUDIT_FINDING;
import static org.dpatracker.db.Tables.CONTRACT_CHECK;
import static org.dpatracker.db.Tables.ORGANISATION;
import static org.dpatracker.db.Tables.RED_FLAG;
import static org.dpatracker.db.Tables.REMEDIATION_ACTION;
import static org.dpatracker.db.Tables.TOM_CHECKLIST;
import static org.dpatracker.db.Tables.TOM_ENTRY;
import static org.jooq.impl.DSL.avg;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.greatest;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.least;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.when;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.dpatracker.audit.ActionStatus;
import org.dpatracker.contract.ContractPoint;
import org.dpatracker.contract.PointStatus;
import org.dpatracker.db.tables.Organisation;
import org.dpatracker.processor.AgreementStatus;
import org.dpatracker.redflag.RedFlagType;
import org.dpatracker.tom.MeasureStatus;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectConditionStep;
import org.jooq.Table;
import org.springframework.stereotype.Component;

/**
 * The {@link ComplianceScore} of the agreements in force (all but terminated ones), computed in the database
 * from grouped counts, so that the overall score and the worst agreements cost one query each and only the
 * rows shown travel to the application, however large the register.
 */
@Component
class ScoreQuery {

    private static final Organisation CONTROLLER = ORGANISATION.as("controller");

    private final DSLContext dsl;

    ScoreQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The mean score of the agreements in force, rounded down, and how many there are; empty when none. */
    Optional<Overall> overall(LocalDate today) {
        Scoring scoring = new Scoring(today);
        var scores = scored(scoring, scoring.score.as("score")).asTable("scores");
        Field<Integer> score = scores.field(name("score"), Integer.class);
        var row = dsl.select(avg(score), count()).from(scores).fetchOne();
        return row == null || row.value2() == 0
                ? Optional.empty()
                : Optional.of(new Overall(row.value1().intValue(), row.value2()));
    }

    /** The {@code limit} agreements in force with the lowest score, the lowest first. */
    List<ScoredAgreement> worst(LocalDate today, int limit) {
        Scoring scoring = new Scoring(today);
        return scored(scoring, scoring.facts())
                .orderBy(scoring.score.asc(), ORGANISATION.NAME.asc(), AGREEMENT.ID.asc())
                .limit(limit)
                .fetch(r -> new ScoredAgreement(
                        r.get(AGREEMENT.ID),
                        r.get(ORGANISATION.NAME),
                        r.get(CONTROLLER.NAME),
                        scoring.facts(r),
                        Scoring.number(r, "score")));
    }

    record Overall(int score, int agreements) {}

    private SelectConditionStep<Record> scored(Scoring scoring, Field<?>... fields) {
        return scored(scoring, List.of(fields));
    }

    private SelectConditionStep<Record> scored(Scoring scoring, List<Field<?>> fields) {
        return dsl.select(fields)
                .from(AGREEMENT)
                .join(ORGANISATION)
                .on(ORGANISATION.ID.eq(AGREEMENT.PROCESSOR_ID))
                .join(CONTROLLER)
                .on(CONTROLLER.ID.eq(AGREEMENT.CONTROLLER_ID))
                .leftJoin(scoring.contract)
                .on(Scoring.joined(scoring.contract))
                .leftJoin(scoring.measures)
                .on(Scoring.joined(scoring.measures))
                .leftJoin(scoring.flags)
                .on(Scoring.joined(scoring.flags))
                .leftJoin(scoring.actions)
                .on(Scoring.joined(scoring.actions))
                .where(AGREEMENT.STATUS.ne(AgreementStatus.TERMINATED));
    }

    /** The grouped counts per agreement joined to it, and the score computed from them. */
    private static final class Scoring {

        private final Table<?> contract = select(
                        CONTRACT_CHECK.AGREEMENT_ID.as("agreement_id"),
                        count().filterWhere(CONTRACT_CHECK.STATUS.eq(PointStatus.PRESENT))
                                .as("present"),
                        count().filterWhere(CONTRACT_CHECK.STATUS.eq(PointStatus.PARTIAL))
                                .as("partial"))
                .from(CONTRACT_CHECK)
                .groupBy(CONTRACT_CHECK.AGREEMENT_ID)
                .asTable("contract");
        private final Table<?> measures = select(
                        TOM_CHECKLIST.AGREEMENT_ID.as("agreement_id"),
                        count().filterWhere(TOM_ENTRY.STATUS.ne(MeasureStatus.NOT_APPLICABLE))
                                .as("applicable"),
                        count().filterWhere(TOM_ENTRY.STATUS.eq(MeasureStatus.IMPLEMENTED))
                                .as("implemented"),
                        count().filterWhere(TOM_ENTRY.STATUS.eq(MeasureStatus.PARTLY))
                                .as("partly"))
                .from(TOM_ENTRY)
                .join(TOM_CHECKLIST)
                .on(TOM_CHECKLIST.ID.eq(TOM_ENTRY.CHECKLIST_ID))
                .where(TOM_CHECKLIST.SUBPROCESSOR_ID.isNull())
                .groupBy(TOM_CHECKLIST.AGREEMENT_ID)
                .asTable("measures");
        private final Table<?> flags = select(
                        RED_FLAG.AGREEMENT_ID.as("agreement_id"),
                        count().filterWhere(RED_FLAG.TYPE.in(types(FlagSeverity.HIGH)))
                                .as("high"),
                        count().filterWhere(RED_FLAG.TYPE.in(types(FlagSeverity.MEDIUM)))
                                .as("medium"),
                        count().filterWhere(RED_FLAG.TYPE.in(types(FlagSeverity.LOW)))
                                .as("low"))
                .from(RED_FLAG)
                .groupBy(RED_FLAG.AGREEMENT_ID)
                .asTable("flags");
        private final Table<?> actions;
        private final Field<Integer> score;
        private final Condition reviewStale;
        private final Condition termEnded;

        private Scoring(LocalDate today) {
            actions = select(AUDIT.AGREEMENT_ID.as("agreement_id"), count().as("overdue"))
                    .from(REMEDIATION_ACTION)
                    .join(AUDIT_FINDING)
                    .on(AUDIT_FINDING.ID.eq(REMEDIATION_ACTION.FINDING_ID))
                    .join(AUDIT)
                    .on(AUDIT.ID.eq(AUDIT_FINDING.AUDIT_ID))
                    .where(REMEDIATION_ACTION.STATUS.ne(ActionStatus.DONE))
                    .and(REMEDIATION_ACTION.DUE_ON.lt(today))
                    .groupBy(AUDIT.AGREEMENT_ID)
                    .asTable("actions");
            reviewStale = AGREEMENT.NEXT_REVIEW.isNull().or(AGREEMENT.NEXT_REVIEW.lt(today));
            termEnded = AGREEMENT.VALID_UNTIL.lt(today);
            int points = ContractPoint.values().length;
            Field<Integer> contractPenalty = inline(ComplianceScore.CONTRACT)
                    .mul(inline(2 * points)
                            .minus(inline(2).mul(n(contract, "present")))
                            .minus(n(contract, "partial")))
                    .div(inline(2 * points));
            Field<Integer> applicable = n(measures, "applicable");
            Field<Integer> measuresPenalty = when(applicable.eq(0), inline(ComplianceScore.MEASURES))
                    .otherwise(inline(ComplianceScore.MEASURES)
                            .mul(inline(2)
                                    .mul(applicable)
                                    .minus(inline(2).mul(n(measures, "implemented")))
                                    .minus(n(measures, "partly")))
                            .div(inline(2).mul(applicable)));
            Field<Integer> flagPenalty = least(
                    inline(ComplianceScore.FLAGS_CAP),
                    inline(ComplianceScore.HIGH_FLAG)
                            .mul(n(flags, "high"))
                            .plus(inline(ComplianceScore.MEDIUM_FLAG).mul(n(flags, "medium")))
                            .plus(inline(ComplianceScore.LOW_FLAG).mul(n(flags, "low"))));
            Field<Integer> overduePenalty = least(
                    inline(ComplianceScore.OVERDUE_CAP),
                    inline(ComplianceScore.OVERDUE_EACH).mul(overdue()));
            score = greatest(
                    inline(0),
                    inline(100)
                            .minus(when(AGREEMENT.STATUS.eq(AgreementStatus.SIGNED), inline(0))
                                    .otherwise(inline(ComplianceScore.UNSIGNED)))
                            .minus(contractPenalty)
                            .minus(measuresPenalty)
                            .minus(flagPenalty)
                            .minus(overduePenalty)
                            .minus(when(reviewStale, inline(ComplianceScore.STALE_REVIEW))
                                    .otherwise(inline(0))));
        }

        private Field<Integer> overdue() {
            return n(actions, "overdue").plus(when(termEnded, inline(1)).otherwise(inline(0)));
        }

        private List<Field<?>> facts() {
            return List.of(
                    AGREEMENT.ID,
                    ORGANISATION.NAME,
                    CONTROLLER.NAME,
                    AGREEMENT.STATUS,
                    n(contract, "present").as("present"),
                    n(contract, "partial").as("partial"),
                    n(measures, "applicable").as("applicable"),
                    n(measures, "implemented").as("implemented"),
                    n(measures, "partly").as("partly"),
                    n(flags, "high").as("high"),
                    n(flags, "medium").as("medium"),
                    n(flags, "low").as("low"),
                    overdue().as("overdue_total"),
                    when(reviewStale, inline(true)).otherwise(inline(false)).as("review_stale"),
                    score.as("score"));
        }

        private ComplianceScore.Facts facts(Record r) {
            return new ComplianceScore.Facts(
                    r.get(AGREEMENT.STATUS) == AgreementStatus.SIGNED,
                    ContractPoint.values().length,
                    number(r, "present"),
                    number(r, "partial"),
                    number(r, "applicable"),
                    number(r, "implemented"),
                    number(r, "partly"),
                    number(r, "high"),
                    number(r, "medium"),
                    number(r, "low"),
                    number(r, "overdue_total"),
                    r.get("review_stale", Boolean.class));
        }

        private static int number(Record r, String alias) {
            return r.get(alias, Integer.class);
        }

        private static Condition joined(Table<?> counts) {
            return counts.field(name("agreement_id"), Long.class).eq(AGREEMENT.ID);
        }

        /** A count from one of the grouped tables, 0 where the agreement has no row there. */
        private static Field<Integer> n(Table<?> counts, String column) {
            return coalesce(counts.field(name(column), Integer.class), inline(0));
        }
    }

    private static List<RedFlagType> types(FlagSeverity severity) {
        return Arrays.stream(RedFlagType.values())
                .filter(type -> FlagSeverity.of(type) == severity)
                .toList();
    }
}
