package org.dpatracker.organisation;

import static org.dpatracker.db.Tables.CERTIFICATION;
import static org.dpatracker.db.Tables.ORGANISATION;
import static org.jooq.impl.DSL.row;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.OrderField;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class OrganisationRepository {

    private static final Field<List<Certification>> CERTIFICATIONS = DSL.multiset(DSL.select(
                            CERTIFICATION.ID,
                            CERTIFICATION.KIND,
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
        return fetch(matching(filter), 0, Integer.MAX_VALUE);
    }

    List<Organisation> ownCompanies() {
        return fetch(ORGANISATION.OWN_COMPANY.isTrue(), 0, Integer.MAX_VALUE);
    }

    List<Organisation> findPage(String filter, int offset, int limit) {
        return fetch(matching(filter), offset, limit);
    }

    int count(String filter) {
        return dsl.fetchCount(ORGANISATION, matching(filter));
    }

    Optional<Organisation> findById(long id) {
        return fetch(ORGANISATION.ID.eq(id), 0, 1).stream().findFirst();
    }

    /** Up to {@code limit} organisations with an id above {@code afterId}, in order of id. */
    List<Organisation> findAfter(long afterId, int limit) {
        return fetch(ORGANISATION.ID.gt(afterId), 0, limit, ORGANISATION.ID);
    }

    List<Organisation> findByIds(Collection<Long> ids) {
        return fetch(ORGANISATION.ID.in(ids), 0, Integer.MAX_VALUE);
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
                    .set(CERTIFICATION.KIND, certification.kind())
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

    /** The organisations the condition selects, by name, {@code limit} from {@code offset} on. */
    private List<Organisation> fetch(Condition condition, int offset, int limit) {
        return fetch(condition, offset, limit, DSL.lower(ORGANISATION.NAME), ORGANISATION.ID);
    }

    private List<Organisation> fetch(Condition condition, int offset, int limit, OrderField<?>... order) {
        return dsl.select(
                        ORGANISATION.ID,
                        ORGANISATION.NAME,
                        ORGANISATION.LEGAL_FORM,
                        ORGANISATION.STREET,
                        ORGANISATION.POSTAL_CODE,
                        ORGANISATION.CITY,
                        ORGANISATION.COUNTRY,
                        ORGANISATION.WEBSITE,
                        row(
                                        ORGANISATION.CONTACT_NAME,
                                        ORGANISATION.CONTACT_POSITION,
                                        ORGANISATION.CONTACT_EMAIL,
                                        ORGANISATION.CONTACT_PHONE)
                                .mapping((name, position, email, phone) ->
                                        new Organisation.Contact(name, position, email, phone, null)),
                        row(
                                        ORGANISATION.DPO_NAME,
                                        ORGANISATION.DPO_EMAIL,
                                        ORGANISATION.DPO_PHONE,
                                        ORGANISATION.DPO_ADDRESS)
                                .mapping((name, email, phone, address) ->
                                        new Organisation.Contact(name, null, email, phone, address)),
                        ORGANISATION.OWN_COMPANY,
                        ORGANISATION.VERSION,
                        CERTIFICATIONS,
                        ORGANISATION.SUBDIVISION)
                .from(ORGANISATION)
                .where(condition)
                .orderBy(order)
                .offset(offset)
                .limit(limit)
                .fetch(Records.mapping(Organisation::new));
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
}
