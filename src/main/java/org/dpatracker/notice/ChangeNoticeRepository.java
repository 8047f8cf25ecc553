package org.dpatracker.notice;

import static org.dpatracker.db.Tables.AGREEMENT;
import static org.dpatracker.db.Tables.CHANGE_NOTICE;
import static org.dpatracker.db.Tables.CHANGE_NOTICE_LOCATION;
import static org.dpatracker.db.Tables.ORGANISATION;
import static org.jooq.impl.DSL.row;

import java.util.List;
import java.util.Optional;
import org.dpatracker.holiday.WorkingDays;
import org.dpatracker.processor.ProcessingLocation;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.OrderField;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class ChangeNoticeRepository {

    private static final Field<List<ProcessingLocation>> LOCATIONS = DSL.multiset(DSL.select(
                            CHANGE_NOTICE_LOCATION.ID,
                            CHANGE_NOTICE_LOCATION.COUNTRY,
                            CHANGE_NOTICE_LOCATION.REGION,
                            CHANGE_NOTICE_LOCATION.MECHANISM,
                            CHANGE_NOTICE_LOCATION.SCC_MODULE,
                            CHANGE_NOTICE_LOCATION.DEROGATION,
                            CHANGE_NOTICE_LOCATION.SAFEGUARDS_REFERENCE)
                    .from(CHANGE_NOTICE_LOCATION)
                    .where(CHANGE_NOTICE_LOCATION.NOTICE_ID.eq(CHANGE_NOTICE.ID))
                    .orderBy(CHANGE_NOTICE_LOCATION.ID))
            .convertFrom(rows -> rows.map(Records.mapping(ProcessingLocation::new)));

    private final DSLContext dsl;

    ChangeNoticeRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<ChangeNotice> findById(long id) {
        return fetch(CHANGE_NOTICE.ID.eq(id)).stream().findFirst();
    }

    List<ChangeNotice> findAll() {
        return fetch(DSL.noCondition(), CHANGE_NOTICE.ID);
    }

    List<ChangeNotice> findByAgreement(long agreementId) {
        return fetch(
                CHANGE_NOTICE.AGREEMENT_ID.eq(agreementId), CHANGE_NOTICE.RECEIVED_ON.desc(), CHANGE_NOTICE.ID.desc());
    }

    List<ChangeNotice> findByStatus(NoticeStatus status) {
        return fetch(CHANGE_NOTICE.STATUS.eq(status), CHANGE_NOTICE.RECEIVED_ON, CHANGE_NOTICE.ID);
    }

    /** Accepted notices whose change is due but not yet made in the subprocessor list. */
    List<ChangeNotice> findUnapplied() {
        return fetch(
                CHANGE_NOTICE
                        .STATUS
                        .in(NoticeStatus.ACCEPTED, NoticeStatus.DEEMED_ACCEPTED)
                        .and(CHANGE_NOTICE.APPLIED_SUBPROCESSOR_ID.isNull()),
                CHANGE_NOTICE.EFFECTIVE_FROM,
                CHANGE_NOTICE.ID);
    }

    /** The agreement's objection period and authorisation, and the controller's seat (§ 193 BGB). */
    NoticeTerms termsOf(long agreementId) {
        return dsl.select(
                        AGREEMENT.OBJECTION_PERIOD_DAYS,
                        AGREEMENT.AUTHORISATION,
                        ORGANISATION.COUNTRY,
                        ORGANISATION.SUBDIVISION)
                .from(AGREEMENT)
                .join(ORGANISATION)
                .on(ORGANISATION.ID.eq(AGREEMENT.CONTROLLER_ID))
                .where(AGREEMENT.ID.eq(agreementId))
                .fetchOptional(r -> new NoticeTerms(r.value1(), r.value2(), new WorkingDays(r.value3(), r.value4())))
                .orElse(NoticeTerms.UNRECORDED);
    }

    long insert(ChangeNotice n) {
        long id = dsl.insertInto(CHANGE_NOTICE)
                .set(CHANGE_NOTICE.AGREEMENT_ID, n.agreementId())
                .set(CHANGE_NOTICE.RECEIVED_ON, n.receivedOn())
                .set(CHANGE_NOTICE.EFFECTIVE_FROM, n.effectiveFrom())
                .set(CHANGE_NOTICE.ORGANISATION_ID, n.organisationId())
                .set(CHANGE_NOTICE.PARENT_ID, n.parentId())
                .set(CHANGE_NOTICE.REPLACES_ID, n.replacesId())
                .set(CHANGE_NOTICE.SERVICE, n.service())
                .set(CHANGE_NOTICE.NOTICE_OBJECTION_DAYS, n.noticeObjectionDays())
                .set(CHANGE_NOTICE.DOCUMENT, n.document())
                .set(CHANGE_NOTICE.STATUS, NoticeStatus.OPEN)
                .set(CHANGE_NOTICE.VERSION, 0)
                .returningResult(CHANGE_NOTICE.ID)
                .fetchSingle(CHANGE_NOTICE.ID);
        for (ProcessingLocation l : n.locations()) {
            dsl.insertInto(CHANGE_NOTICE_LOCATION)
                    .set(CHANGE_NOTICE_LOCATION.NOTICE_ID, id)
                    .set(CHANGE_NOTICE_LOCATION.COUNTRY, l.country())
                    .set(CHANGE_NOTICE_LOCATION.REGION, l.region())
                    .set(CHANGE_NOTICE_LOCATION.MECHANISM, l.mechanism())
                    .set(CHANGE_NOTICE_LOCATION.SCC_MODULE, l.sccModule())
                    .set(CHANGE_NOTICE_LOCATION.DEROGATION, l.derogation())
                    .set(CHANGE_NOTICE_LOCATION.SAFEGUARDS_REFERENCE, l.safeguardsReference())
                    .execute();
        }
        return id;
    }

    /** Records the decision if nobody changed the notice since {@code version}. */
    boolean decide(long id, int version, NoticeStatus from, NoticeStatus status, ChangeNotice.Decision d) {
        return dsl.update(CHANGE_NOTICE)
                        .set(CHANGE_NOTICE.STATUS, status)
                        .set(CHANGE_NOTICE.DECIDED_ON, d.decidedOn())
                        .set(CHANGE_NOTICE.DECIDED_BY, d.decidedBy())
                        .set(CHANGE_NOTICE.OBJECTION_REASON, d.objectionReason())
                        .set(CHANGE_NOTICE.OBJECTION_SENT_ON, d.objectionSentOn())
                        .set(CHANGE_NOTICE.OBJECTION_SENT_VIA, d.objectionSentVia())
                        .set(CHANGE_NOTICE.VERSION, CHANGE_NOTICE.VERSION.plus(1))
                        .where(CHANGE_NOTICE.ID.eq(id).and(CHANGE_NOTICE.VERSION.eq(version)))
                        .and(CHANGE_NOTICE.STATUS.eq(from))
                        .execute()
                == 1;
    }

    void markApplied(long id, long subprocessorId) {
        dsl.update(CHANGE_NOTICE)
                .set(CHANGE_NOTICE.APPLIED_SUBPROCESSOR_ID, subprocessorId)
                .set(CHANGE_NOTICE.VERSION, CHANGE_NOTICE.VERSION.plus(1))
                .where(CHANGE_NOTICE.ID.eq(id))
                .execute();
    }

    private List<ChangeNotice> fetch(Condition condition, OrderField<?>... order) {
        return dsl.select(
                        CHANGE_NOTICE.ID,
                        CHANGE_NOTICE.VERSION,
                        CHANGE_NOTICE.AGREEMENT_ID,
                        CHANGE_NOTICE.RECEIVED_ON,
                        CHANGE_NOTICE.EFFECTIVE_FROM,
                        CHANGE_NOTICE.ORGANISATION_ID,
                        CHANGE_NOTICE.PARENT_ID,
                        CHANGE_NOTICE.REPLACES_ID,
                        CHANGE_NOTICE.SERVICE,
                        CHANGE_NOTICE.NOTICE_OBJECTION_DAYS,
                        CHANGE_NOTICE.DOCUMENT,
                        LOCATIONS,
                        CHANGE_NOTICE.STATUS,
                        row(
                                        CHANGE_NOTICE.DECIDED_ON,
                                        CHANGE_NOTICE.DECIDED_BY,
                                        CHANGE_NOTICE.OBJECTION_REASON,
                                        CHANGE_NOTICE.OBJECTION_SENT_ON,
                                        CHANGE_NOTICE.OBJECTION_SENT_VIA)
                                .mapping(ChangeNotice.Decision::new),
                        CHANGE_NOTICE.APPLIED_SUBPROCESSOR_ID)
                .from(CHANGE_NOTICE)
                .where(condition)
                .orderBy(order)
                .fetch(Records.mapping(ChangeNotice::new));
    }
}
