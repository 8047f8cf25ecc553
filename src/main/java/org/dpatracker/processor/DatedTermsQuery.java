package org.dpatracker.processor;

import static org.dpatracker.db.Tables.AGREEMENT;
import static org.dpatracker.db.Tables.CERTIFICATION;
import static org.dpatracker.db.Tables.ORGANISATION;
import static org.dpatracker.db.Tables.SUBPROCESSOR;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.select;

import java.time.LocalDate;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.springframework.stereotype.Component;

/** The dated terms of the agreements in force up to a horizon, in two queries, for the deadline list. */
@Component
class DatedTermsQuery {

    private static final Condition IN_FORCE = AGREEMENT.STATUS.ne(AgreementStatus.TERMINATED);

    private final DSLContext dsl;

    DatedTermsQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<AgreementDates> agreementDates(LocalDate horizon) {
        return dsl.select(AGREEMENT.ID, ORGANISATION.NAME, AGREEMENT.NEXT_REVIEW, AGREEMENT.VALID_UNTIL)
                .from(AGREEMENT)
                .join(ORGANISATION)
                .on(ORGANISATION.ID.eq(AGREEMENT.PROCESSOR_ID))
                .where(IN_FORCE)
                .and(AGREEMENT.NEXT_REVIEW.le(horizon).or(AGREEMENT.VALID_UNTIL.le(horizon)))
                .orderBy(AGREEMENT.ID)
                .fetch(mapping(AgreementDates::new));
    }

    List<CertificateDue> certificates(LocalDate horizon) {
        Table<?> parties = select(AGREEMENT.ID.as("agreement_id"), AGREEMENT.PROCESSOR_ID.as("organisation_id"))
                .from(AGREEMENT)
                .where(IN_FORCE)
                .unionAll(select(SUBPROCESSOR.AGREEMENT_ID, SUBPROCESSOR.ORGANISATION_ID)
                        .from(SUBPROCESSOR)
                        .join(AGREEMENT)
                        .on(AGREEMENT.ID.eq(SUBPROCESSOR.AGREEMENT_ID))
                        .where(IN_FORCE)
                        .and(SUBPROCESSOR.APPROVAL.in(ApprovalState.RECEIVING_DATA)))
                .asTable("party");
        Field<Long> agreementId = parties.field("agreement_id", Long.class);
        Field<Long> organisationId = parties.field("organisation_id", Long.class);
        return dsl.select(
                        CERTIFICATION.ID,
                        min(agreementId),
                        ORGANISATION.NAME,
                        CERTIFICATION.KIND,
                        CERTIFICATION.LABEL,
                        CERTIFICATION.VALID_UNTIL)
                .from(CERTIFICATION)
                .join(ORGANISATION)
                .on(ORGANISATION.ID.eq(CERTIFICATION.ORGANISATION_ID))
                .join(parties)
                .on(organisationId.eq(CERTIFICATION.ORGANISATION_ID))
                .where(CERTIFICATION.VALID_UNTIL.le(horizon))
                .groupBy(
                        CERTIFICATION.ID,
                        ORGANISATION.NAME,
                        CERTIFICATION.KIND,
                        CERTIFICATION.LABEL,
                        CERTIFICATION.VALID_UNTIL)
                .orderBy(CERTIFICATION.ID)
                .fetch(mapping(CertificateDue::new));
    }
}
