package org.dpatracker.organisation;

import static org.dpatracker.db.Tables.CERTIFICATION;
import static org.dpatracker.db.Tables.ORGANISATION;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class OrganisationRepository {

    private static final Field<List<Certification>> CERTIFICATIONS = DSL.multiset(DSL.select(
                            CERTIFICATION.ID,
                            CERTIFICATION.KIND.convertFrom(CertificationKind::valueOf),
                            CERTIFICATION.LABEL,
                            CERTIFICATION.ISSUER,
                            CERTIFICATION.VALID_UNTIL,
                            CERTIFICATION.REFERENCE)
                    .from(CERTIFICATION)
                    .where(CERTIFICATION.ORGANISATION_ID.eq(ORGANISATION.ID))
                    .orderBy(CERTIFICATION.ID))
            .convertFrom(rows -> rows.map(Records.mapping(Certification::new)));

    private final DSLContext dsl;

    OrganisationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<Organisation> findAll(String filter) {
        return select().where(matching(filter))
                .orderBy(DSL.lower(ORGANISATION.NAME), ORGANISATION.ID)
                .fetch(OrganisationRepository::toOrganisation);
    }

    Optional<Organisation> findById(long id) {
        return select().where(ORGANISATION.ID.eq(id)).fetchOptional(OrganisationRepository::toOrganisation);
    }

    boolean nameTaken(String name, String country, Long exceptId) {
        Condition same = DSL.lower(ORGANISATION.NAME)
                .eq(name.trim().toLowerCase(Locale.ROOT))
                .and(country == null ? ORGANISATION.COUNTRY.isNull() : ORGANISATION.COUNTRY.eq(country));
        return dsl.fetchExists(ORGANISATION, exceptId == null ? same : same.and(ORGANISATION.ID.ne(exceptId)));
    }

    long insert(Organisation organisation) {
        long id = dsl.insertInto(ORGANISATION)
                .set(values(organisation))
                .set(ORGANISATION.VERSION, 0)
                .returningResult(ORGANISATION.ID)
                .fetchSingle(ORGANISATION.ID);
        replaceCertifications(id, organisation.certifications());
        return id;
    }

    /** Saves if nobody changed the organisation since {@code organisation.version()}; false otherwise. */
    boolean update(Organisation organisation) {
        int updated = dsl.update(ORGANISATION)
                .set(values(organisation))
                .set(ORGANISATION.VERSION, ORGANISATION.VERSION.plus(1))
                .where(ORGANISATION.ID.eq(organisation.id()).and(ORGANISATION.VERSION.eq(organisation.version())))
                .execute();
        if (updated == 1) {
            replaceCertifications(organisation.id(), organisation.certifications());
        }
        return updated == 1;
    }

    private void replaceCertifications(long organisationId, List<Certification> certifications) {
        dsl.deleteFrom(CERTIFICATION)
                .where(CERTIFICATION.ORGANISATION_ID.eq(organisationId))
                .execute();
        for (Certification certification : certifications) {
            dsl.insertInto(CERTIFICATION)
                    .set(CERTIFICATION.ORGANISATION_ID, organisationId)
                    .set(CERTIFICATION.KIND, certification.kind().name())
                    .set(CERTIFICATION.LABEL, certification.label())
                    .set(CERTIFICATION.ISSUER, certification.issuer())
                    .set(CERTIFICATION.VALID_UNTIL, certification.validUntil())
                    .set(CERTIFICATION.REFERENCE, certification.reference())
                    .execute();
        }
    }

    private static java.util.Map<Field<?>, Object> values(Organisation o) {
        java.util.Map<Field<?>, Object> values = new java.util.LinkedHashMap<>();
        values.put(ORGANISATION.NAME, o.name().trim());
        values.put(ORGANISATION.LEGAL_FORM, o.legalForm());
        values.put(ORGANISATION.STREET, o.street());
        values.put(ORGANISATION.POSTAL_CODE, o.postalCode());
        values.put(ORGANISATION.CITY, o.city());
        values.put(ORGANISATION.COUNTRY, o.country());
        values.put(ORGANISATION.SUBDIVISION, o.subdivision());
        values.put(ORGANISATION.WEBSITE, o.website());
        values.put(ORGANISATION.CONTACT_NAME, o.contact().name());
        values.put(ORGANISATION.CONTACT_POSITION, o.contact().position());
        values.put(ORGANISATION.CONTACT_EMAIL, o.contact().email());
        values.put(ORGANISATION.CONTACT_PHONE, o.contact().phone());
        values.put(ORGANISATION.DPO_NAME, o.dpo().name());
        values.put(ORGANISATION.DPO_EMAIL, o.dpo().email());
        values.put(ORGANISATION.DPO_PHONE, o.dpo().phone());
        values.put(ORGANISATION.DPO_ADDRESS, o.dpo().address());
        values.put(ORGANISATION.OWN_COMPANY, o.ownCompany());
        return values;
    }

    private org.jooq.SelectJoinStep<Record> select() {
        return dsl.select(ORGANISATION.fields()).select(CERTIFICATIONS).from(ORGANISATION);
    }

    private static Condition matching(String filter) {
        if (filter == null || filter.isBlank()) {
            return DSL.noCondition();
        }
        String pattern = "%" + filter.trim().toLowerCase(Locale.ROOT) + "%";
        return DSL.lower(ORGANISATION.NAME)
                .like(pattern)
                .or(DSL.lower(ORGANISATION.CITY).like(pattern));
    }

    private static Organisation toOrganisation(Record row) {
        return new Organisation(
                row.get(ORGANISATION.ID),
                row.get(ORGANISATION.NAME),
                row.get(ORGANISATION.LEGAL_FORM),
                row.get(ORGANISATION.STREET),
                row.get(ORGANISATION.POSTAL_CODE),
                row.get(ORGANISATION.CITY),
                row.get(ORGANISATION.COUNTRY),
                row.get(ORGANISATION.WEBSITE),
                new Organisation.Contact(
                        row.get(ORGANISATION.CONTACT_NAME),
                        row.get(ORGANISATION.CONTACT_POSITION),
                        row.get(ORGANISATION.CONTACT_EMAIL),
                        row.get(ORGANISATION.CONTACT_PHONE),
                        null),
                new Organisation.Contact(
                        row.get(ORGANISATION.DPO_NAME),
                        null,
                        row.get(ORGANISATION.DPO_EMAIL),
                        row.get(ORGANISATION.DPO_PHONE),
                        row.get(ORGANISATION.DPO_ADDRESS)),
                row.get(ORGANISATION.OWN_COMPANY),
                row.get(ORGANISATION.VERSION),
                row.get(CERTIFICATIONS),
                row.get(ORGANISATION.SUBDIVISION));
    }
}
