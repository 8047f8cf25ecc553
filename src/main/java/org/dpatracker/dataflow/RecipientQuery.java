package org.dpatracker.dataflow;

import static org.dpatracker.db.Tables.AGREEMENT;
import static org.dpatracker.db.Tables.ORGANISATION;
import static org.dpatracker.db.Tables.PROCESSING_LOCATION;
import static org.dpatracker.db.Tables.RED_FLAG;
import static org.dpatracker.db.Tables.SUBPROCESSOR;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.lower;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.dpatracker.db.tables.Organisation;
import org.dpatracker.processor.ApprovalState;
import org.dpatracker.redflag.RedFlag;
import org.dpatracker.transfer.Countries;
import org.dpatracker.transfer.TransferMechanism;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Records;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * Every organisation that receives data under some agreement: the processor of each agreement and its
 * subprocessors that are not removed or objected to. Filters, counts and pages in the database, so that
 * a page costs what the page holds; the red flags come from the stored read model, not the rules.
 */
@Component
class RecipientQuery {

    private static final Organisation CONTROLLER = ORGANISATION.as("controller");
    private static final Organisation PROCESSOR = ORGANISATION.as("processor");
    private static final Condition CURRENT = PROCESSING_LOCATION.VALID_UNTIL.isNull();
    private static final Condition RECEIVING = SUBPROCESSOR.APPROVAL.in(ApprovalState.RECEIVING_DATA);

    private final DSLContext dsl;

    RecipientQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A recipient as listed: the organisation and its seat. */
    record Listed(long organisationId, String name, String seatCountry) {}

    /** A party of one agreement: the organisation, how it takes part, and who the other parties are. */
    record Party(
            long organisationId, long agreementId, Long subprocessorId, String controllerName, String processorName) {}

    record PartyLocation(long agreementId, Long subprocessorId, String country, TransferMechanism mechanism) {}

    record StoredFlag(long agreementId, RedFlag flag) {}

    /** The recipients the filter matches, by name, {@code limit} from {@code offset} on. */
    List<Listed> page(RecipientFilter filter, int offset, int limit) {
        return dsl.select(ORGANISATION.ID, ORGANISATION.NAME, ORGANISATION.COUNTRY)
                .from(ORGANISATION)
                .where(matching(filter))
                .orderBy(lower(ORGANISATION.NAME), ORGANISATION.ID)
                .offset(offset)
                .limit(limit)
                .fetch(Records.mapping(Listed::new));
    }

    int count(RecipientFilter filter) {
        return dsl.fetchCount(ORGANISATION, matching(filter));
    }

    /** How many of the matching recipients process data in each country. */
    Map<String, Integer> recipientsPerCountry(RecipientFilter filter) {
        var locations = partyLocations();
        Field<String> country = locations.field(name("country"), String.class);
        Field<Long> organisation = locations.field(name("organisation_id"), Long.class);
        return dsl.select(country, countDistinct(organisation))
                .from(locations)
                .where(matchingOrganisation(organisation, filter))
                .groupBy(country)
                .fetchMap(r -> r.value1(), r -> r.value2());
    }

    /** The transfer mechanisms the matching recipients' current locations rely on, by country. */
    Map<String, Set<TransferMechanism>> mechanismsPerCountry(RecipientFilter filter) {
        var locations = partyLocations();
        Field<String> country = locations.field(name("country"), String.class);
        Field<Long> organisation = locations.field(name("organisation_id"), Long.class);
        Field<TransferMechanism> mechanism =
                locations.field(name("mechanism"), PROCESSING_LOCATION.MECHANISM.getDataType());
        Map<String, Set<TransferMechanism>> used = new HashMap<>();
        dsl.selectDistinct(country, mechanism)
                .from(locations)
                .where(matchingOrganisation(organisation, filter))
                .forEach(r -> used.computeIfAbsent(r.value1(), code -> EnumSet.noneOf(TransferMechanism.class))
                        .add(r.value2() == null ? TransferMechanism.NONE : r.value2()));
        return used;
    }

    /**
     * The location's organisation is one of the recipients the filter matches. Every organisation of a party's
     * location receives data, so without a filter nothing needs checking: the overview's default view then
     * counts the locations alone instead of testing each organisation again.
     */
    private static Condition matchingOrganisation(Field<Long> organisation, RecipientFilter filter) {
        return filter.isEmpty()
                ? DSL.noCondition()
                : organisation.in(select(ORGANISATION.ID).from(ORGANISATION).where(matching(filter)));
    }

    /** Every current location of a receiving party: its country, organisation and transfer mechanism. */
    private static Table<?> partyLocations() {
        return select(
                        PROCESSING_LOCATION.COUNTRY,
                        AGREEMENT.PROCESSOR_ID.as("organisation_id"),
                        PROCESSING_LOCATION.MECHANISM)
                .from(PROCESSING_LOCATION)
                .join(AGREEMENT)
                .on(AGREEMENT.ID.eq(PROCESSING_LOCATION.AGREEMENT_ID))
                .where(PROCESSING_LOCATION.SUBPROCESSOR_ID.isNull())
                .and(CURRENT)
                .unionAll(
                        select(PROCESSING_LOCATION.COUNTRY, SUBPROCESSOR.ORGANISATION_ID, PROCESSING_LOCATION.MECHANISM)
                                .from(PROCESSING_LOCATION)
                                .join(SUBPROCESSOR)
                                .on(SUBPROCESSOR.ID.eq(PROCESSING_LOCATION.SUBPROCESSOR_ID))
                                .where(RECEIVING)
                                .and(CURRENT))
                .asTable("party_location", "country", "organisation_id", "mechanism");
    }

    /** The parties the organisations are, as processor first, then as subprocessor, by agreement. */
    List<Party> parties(Collection<Long> organisationIds) {
        var asProcessor = dsl.select(
                        PROCESSOR.ID, AGREEMENT.ID, DSL.inline(null, SUBPROCESSOR.ID), CONTROLLER.NAME, PROCESSOR.NAME)
                .from(AGREEMENT)
                .join(PROCESSOR)
                .on(PROCESSOR.ID.eq(AGREEMENT.PROCESSOR_ID))
                .join(CONTROLLER)
                .on(CONTROLLER.ID.eq(AGREEMENT.CONTROLLER_ID))
                .where(AGREEMENT.PROCESSOR_ID.in(organisationIds))
                .orderBy(AGREEMENT.ID)
                .fetch(Records.mapping(Party::new));
        var asSubprocessor = dsl.select(
                        SUBPROCESSOR.ORGANISATION_ID, AGREEMENT.ID, SUBPROCESSOR.ID, CONTROLLER.NAME, PROCESSOR.NAME)
                .from(SUBPROCESSOR)
                .join(AGREEMENT)
                .on(AGREEMENT.ID.eq(SUBPROCESSOR.AGREEMENT_ID))
                .join(PROCESSOR)
                .on(PROCESSOR.ID.eq(AGREEMENT.PROCESSOR_ID))
                .join(CONTROLLER)
                .on(CONTROLLER.ID.eq(AGREEMENT.CONTROLLER_ID))
                .where(SUBPROCESSOR.ORGANISATION_ID.in(organisationIds))
                .and(RECEIVING)
                .orderBy(AGREEMENT.ID, SUBPROCESSOR.ID)
                .fetch(Records.mapping(Party::new));
        return Stream.concat(asProcessor.stream(), asSubprocessor.stream()).toList();
    }

    /** The current locations of the organisations' parties, by party (see {@link #key}). */
    Map<String, List<PartyLocation>> locations(Collection<Long> organisationIds) {
        var ofProcessors = dsl.select(
                        PROCESSING_LOCATION.AGREEMENT_ID,
                        PROCESSING_LOCATION.SUBPROCESSOR_ID,
                        PROCESSING_LOCATION.COUNTRY,
                        PROCESSING_LOCATION.MECHANISM)
                .from(PROCESSING_LOCATION)
                .join(AGREEMENT)
                .on(AGREEMENT.ID.eq(PROCESSING_LOCATION.AGREEMENT_ID))
                .where(AGREEMENT.PROCESSOR_ID.in(organisationIds))
                .and(PROCESSING_LOCATION.SUBPROCESSOR_ID.isNull())
                .and(CURRENT);
        var ofSubprocessors = dsl.select(
                        PROCESSING_LOCATION.AGREEMENT_ID,
                        PROCESSING_LOCATION.SUBPROCESSOR_ID,
                        PROCESSING_LOCATION.COUNTRY,
                        PROCESSING_LOCATION.MECHANISM)
                .from(PROCESSING_LOCATION)
                .join(SUBPROCESSOR)
                .on(SUBPROCESSOR.ID.eq(PROCESSING_LOCATION.SUBPROCESSOR_ID))
                .where(SUBPROCESSOR.ORGANISATION_ID.in(organisationIds))
                .and(RECEIVING)
                .and(CURRENT);
        return ofProcessors
                .unionAll(ofSubprocessors)
                .fetchGroups(
                        r -> key(r.value1(), r.value2()),
                        r -> new PartyLocation(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /** The stored flags whose subject is one of the names, by agreement in the order raised. */
    List<StoredFlag> flags(Collection<String> subjects) {
        return dsl.select(RED_FLAG.AGREEMENT_ID, RED_FLAG.TYPE, RED_FLAG.SUBJECT, RED_FLAG.DETAILS)
                .from(RED_FLAG)
                .where(RED_FLAG.SUBJECT.in(subjects))
                .orderBy(RED_FLAG.AGREEMENT_ID, RED_FLAG.POSITION)
                .fetch(r -> new StoredFlag(r.value1(), RedFlag.stored(r.value2(), r.value3(), r.value4())));
    }

    static String key(long agreementId, Long subprocessorId) {
        return agreementId + ":" + (subprocessorId == null ? "-" : subprocessorId);
    }

    /** The organisations that receive data and meet every part of the filter, each through any of its parties. */
    private static Condition matching(RecipientFilter filter) {
        Field<Long> organisation = ORGANISATION.ID;
        Condition condition = exists(selectOne().from(AGREEMENT).where(AGREEMENT.PROCESSOR_ID.eq(organisation)))
                .or(exists(selectOne()
                        .from(SUBPROCESSOR)
                        .where(SUBPROCESSOR.ORGANISATION_ID.eq(organisation))
                        .and(RECEIVING)));
        if (filter.text() != null && !filter.text().isBlank()) {
            condition = condition.and(
                    lower(ORGANISATION.NAME).contains(filter.text().trim().toLowerCase(Locale.ROOT)));
        }
        if (filter.country() != null) {
            condition = condition.and(locatedWhere(PROCESSING_LOCATION.COUNTRY.eq(filter.country())));
        }
        if (filter.outsideEeaOnly()) {
            condition = condition.and(locatedWhere(PROCESSING_LOCATION.COUNTRY.notIn(Countries.EEA_LOCATIONS)));
        }
        if (filter.flaggedOnly()) {
            condition = condition.and(exists(selectOne()
                    .from(RED_FLAG)
                    .where(RED_FLAG.SUBJECT.eq(ORGANISATION.NAME))
                    .and(RED_FLAG.AGREEMENT_ID
                            .in(select(AGREEMENT.ID).from(AGREEMENT).where(AGREEMENT.PROCESSOR_ID.eq(organisation)))
                            .or(RED_FLAG.AGREEMENT_ID.in(select(SUBPROCESSOR.AGREEMENT_ID)
                                    .from(SUBPROCESSOR)
                                    .where(SUBPROCESSOR.ORGANISATION_ID.eq(organisation))
                                    .and(RECEIVING))))));
        }
        return condition;
    }

    /** Some current location of one of the organisation's parties meets {@code where}. */
    private static Condition locatedWhere(Condition where) {
        return exists(selectOne()
                        .from(PROCESSING_LOCATION)
                        .join(AGREEMENT)
                        .on(AGREEMENT.ID.eq(PROCESSING_LOCATION.AGREEMENT_ID))
                        .where(AGREEMENT.PROCESSOR_ID.eq(ORGANISATION.ID))
                        .and(PROCESSING_LOCATION.SUBPROCESSOR_ID.isNull())
                        .and(CURRENT)
                        .and(where))
                .or(exists(selectOne()
                        .from(PROCESSING_LOCATION)
                        .join(SUBPROCESSOR)
                        .on(SUBPROCESSOR.ID.eq(PROCESSING_LOCATION.SUBPROCESSOR_ID))
                        .where(SUBPROCESSOR.ORGANISATION_ID.eq(ORGANISATION.ID))
                        .and(RECEIVING)
                        .and(CURRENT)
                        .and(where)));
    }
}
