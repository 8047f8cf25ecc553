package org.dpatracker.processor;

import static org.dpatracker.db.Tables.ADEQUACY_DECISION;
import static org.dpatracker.db.Tables.AGREEMENT;
import static org.dpatracker.db.Tables.BREACH_DUTY;
import static org.dpatracker.db.Tables.CERTIFICATION;
import static org.dpatracker.db.Tables.CONTRACT_CHECK;
import static org.dpatracker.db.Tables.ORGANISATION;
import static org.dpatracker.db.Tables.PROCESSING_LOCATION;
import static org.dpatracker.db.Tables.SUBPROCESSOR;
import static org.dpatracker.db.Tables.TOM_CHECKLIST;
import static org.dpatracker.db.Tables.TOM_ENTRY;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.dpatracker.redflag.AgreementFacts;
import org.dpatracker.redflag.AgreementFacts.Adequacy;
import org.dpatracker.redflag.AgreementFacts.Certificate;
import org.dpatracker.redflag.AgreementFacts.Location;
import org.dpatracker.redflag.AgreementFacts.Party;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * Gathers what the red-flag rules need for a batch of agreements in a fixed number of queries:
 * the processor and every subprocessor that receives data, their certificates and locations.
 */
@Component
class AgreementFactsQuery {

    /**
     * The name both the TOM checklist and the Art. 28(3) checklist store for "recorded as missing".
     * Compared by name: this package does not depend on the checklists' own types.
     */
    private static final String MISSING = "MISSING";

    /** The Art. 28(3) checklist's status for a point the contract stipulates only in part. */
    private static final String PARTIAL = "PARTIAL";

    /** Statuses under which no contract is missing: signed, or ended (the processor is no longer in use). */
    private static final Set<AgreementStatus> SIGNED_OR_ENDED =
            Set.of(AgreementStatus.SIGNED, AgreementStatus.TERMINATED);

    private final DSLContext dsl;
    private final Map<String, String> citations;
    private final Map<String, String> germanCitations;

    /** @param citations the legal citation of each Art. 28(3) point code, supplied by the contract checklist */
    AgreementFactsQuery(DSLContext dsl, ContractPointCitations citations) {
        this.dsl = dsl;
        this.citations = citations.byCode();
        this.germanCitations = citations.germanByCode();
    }

    Map<Long, AgreementFacts> factsFor(Collection<Long> agreementIds) {
        Map<String, Adequacy> adequacy = dsl.select(
                        ADEQUACY_DECISION.COUNTRY, ADEQUACY_DECISION.SCOPE, ADEQUACY_DECISION.VALID_UNTIL)
                .from(ADEQUACY_DECISION)
                .fetchMap(ADEQUACY_DECISION.COUNTRY, r -> new Adequacy(r.value2(), r.value3()));
        var agreements = dsl.select(
                        AGREEMENT.ID,
                        AGREEMENT.NEXT_REVIEW,
                        AGREEMENT.OWN_PURPOSE_USE,
                        AGREEMENT.OWN_PURPOSE_CLAUSE,
                        AGREEMENT.PROCESSOR_ID,
                        ORGANISATION.NAME,
                        AGREEMENT.STATUS,
                        AGREEMENT.RELATIONSHIP,
                        AGREEMENT.JOINT_RESPONSIBILITIES,
                        AGREEMENT.JOINT_CONTACT_POINT,
                        AGREEMENT.JOINT_ESSENCE_AVAILABLE)
                .from(AGREEMENT)
                .join(ORGANISATION)
                .on(ORGANISATION.ID.eq(AGREEMENT.PROCESSOR_ID))
                .where(AGREEMENT.ID.in(agreementIds))
                .fetch();
        var subprocessors = dsl.select(
                        SUBPROCESSOR.ID, SUBPROCESSOR.AGREEMENT_ID, SUBPROCESSOR.ORGANISATION_ID, ORGANISATION.NAME)
                .from(SUBPROCESSOR)
                .join(ORGANISATION)
                .on(ORGANISATION.ID.eq(SUBPROCESSOR.ORGANISATION_ID))
                .where(SUBPROCESSOR.AGREEMENT_ID.in(agreementIds))
                .and(SUBPROCESSOR.APPROVAL.in(ApprovalState.RECEIVING_DATA))
                .orderBy(SUBPROCESSOR.ID)
                .fetch();
        Map<String, List<Location>> locationsByParty = dsl.select(
                        PROCESSING_LOCATION.AGREEMENT_ID,
                        PROCESSING_LOCATION.SUBPROCESSOR_ID,
                        PROCESSING_LOCATION.COUNTRY,
                        PROCESSING_LOCATION.MECHANISM,
                        PROCESSING_LOCATION.SCC_MODULE,
                        PROCESSING_LOCATION.SAFEGUARDS_REFERENCE)
                .from(PROCESSING_LOCATION)
                // The ids as constants: H2 walks the locations in key order and tests each against the list,
                // one by one for bound values (10 s for a full refresh at 10,000 agreements), by hash for constants.
                .where(PROCESSING_LOCATION.AGREEMENT_ID.in(
                        agreementIds.stream().map(DSL::inline).toList()))
                .and(LocationRepository.CURRENT)
                .orderBy(PROCESSING_LOCATION.ID)
                .fetchGroups(
                        r -> partyKey(
                                r.get(PROCESSING_LOCATION.AGREEMENT_ID), r.get(PROCESSING_LOCATION.SUBPROCESSOR_ID)),
                        r -> new Location(
                                r.get(PROCESSING_LOCATION.COUNTRY),
                                r.get(PROCESSING_LOCATION.MECHANISM),
                                r.get(PROCESSING_LOCATION.SCC_MODULE),
                                r.get(PROCESSING_LOCATION.SAFEGUARDS_REFERENCE)));
        Set<Long> organisationIds = new HashSet<>(agreements.getValues(AGREEMENT.PROCESSOR_ID));
        organisationIds.addAll(subprocessors.getValues(SUBPROCESSOR.ORGANISATION_ID));
        Map<Long, List<Certificate>> certificates = dsl.select(
                        CERTIFICATION.ORGANISATION_ID,
                        CERTIFICATION.KIND,
                        CERTIFICATION.LABEL,
                        CERTIFICATION.VALID_UNTIL)
                .from(CERTIFICATION)
                .where(CERTIFICATION.ORGANISATION_ID.in(organisationIds))
                .orderBy(CERTIFICATION.ID)
                .fetchGroups(
                        CERTIFICATION.ORGANISATION_ID,
                        r -> new Certificate(
                                r.get(CERTIFICATION.KIND).name(),
                                r.get(CERTIFICATION.LABEL),
                                r.get(CERTIFICATION.VALID_UNTIL)));
        Map<String, Integer> missingMeasures = dsl.select(
                        TOM_CHECKLIST.AGREEMENT_ID, TOM_CHECKLIST.SUBPROCESSOR_ID, DSL.count())
                .from(TOM_ENTRY)
                .join(TOM_CHECKLIST)
                .on(TOM_CHECKLIST.ID.eq(TOM_ENTRY.CHECKLIST_ID))
                .where(TOM_CHECKLIST.AGREEMENT_ID.in(agreementIds))
                .and(TOM_ENTRY.STATUS.coerce(String.class).eq(MISSING))
                .groupBy(TOM_CHECKLIST.AGREEMENT_ID, TOM_CHECKLIST.SUBPROCESSOR_ID)
                .fetchMap(r -> partyKey(r.value1(), r.value2()), r -> r.value3());
        Map<Long, AgreementFacts.BreachNotice> breachNotices = dsl.select(
                        BREACH_DUTY.AGREEMENT_ID, BREACH_DUTY.NOTICE_HOURS, BREACH_DUTY.ONLY_WHEN_NOTIFIABLE)
                .from(BREACH_DUTY)
                .where(BREACH_DUTY.AGREEMENT_ID.in(agreementIds))
                .fetchMap(BREACH_DUTY.AGREEMENT_ID, r -> new AgreementFacts.BreachNotice(r.value2(), r.value3()));
        Map<Long, List<AgreementFacts.MissingPoint>> missingPoints = contractPoints(agreementIds, MISSING);
        Map<Long, List<AgreementFacts.MissingPoint>> partialPoints = contractPoints(agreementIds, PARTIAL);
        Map<Long, List<Record>> subprocessorsByAgreement = subprocessors.stream()
                .collect(Collectors.groupingBy(
                        r -> r.get(SUBPROCESSOR.AGREEMENT_ID), LinkedHashMap::new, Collectors.toList()));

        Map<Long, AgreementFacts> facts = new LinkedHashMap<>();
        for (Record agreement : agreements) {
            long id = agreement.get(AGREEMENT.ID);
            List<Party> parties = new ArrayList<>();
            parties.add(new Party(
                    agreement.get(ORGANISATION.NAME),
                    certificates.getOrDefault(agreement.get(AGREEMENT.PROCESSOR_ID), List.of()),
                    locationsByParty.getOrDefault(partyKey(id, null), List.of()),
                    missingMeasures.getOrDefault(partyKey(id, null), 0),
                    false));
            for (Record sub : subprocessorsByAgreement.getOrDefault(id, List.of())) {
                parties.add(new Party(
                        sub.get(ORGANISATION.NAME),
                        certificates.getOrDefault(sub.get(SUBPROCESSOR.ORGANISATION_ID), List.of()),
                        locationsByParty.getOrDefault(partyKey(id, sub.get(SUBPROCESSOR.ID)), List.of()),
                        missingMeasures.getOrDefault(partyKey(id, sub.get(SUBPROCESSOR.ID)), 0),
                        true));
            }
            facts.put(
                    id,
                    new AgreementFacts(
                            agreement.get(AGREEMENT.NEXT_REVIEW),
                            agreement.get(AGREEMENT.OWN_PURPOSE_USE),
                            agreement.get(AGREEMENT.OWN_PURPOSE_CLAUSE),
                            parties,
                            adequacy,
                            missingPoints.getOrDefault(id, List.of()),
                            partialPoints.getOrDefault(id, List.of()),
                            SIGNED_OR_ENDED.contains(agreement.get(AGREEMENT.STATUS)),
                            recipient(agreement.get(AGREEMENT.RELATIONSHIP)),
                            arrangementGaps(agreement),
                            breachNotices.get(id)));
        }
        return facts;
    }

    private Map<Long, List<AgreementFacts.MissingPoint>> contractPoints(Collection<Long> agreementIds, String status) {
        return dsl.select(CONTRACT_CHECK.AGREEMENT_ID, CONTRACT_CHECK.POINT.coerce(String.class))
                .from(CONTRACT_CHECK)
                .where(CONTRACT_CHECK.AGREEMENT_ID.in(agreementIds))
                .and(CONTRACT_CHECK.STATUS.coerce(String.class).eq(status))
                .orderBy(CONTRACT_CHECK.ID)
                .fetchGroups(
                        CONTRACT_CHECK.AGREEMENT_ID,
                        r -> new AgreementFacts.MissingPoint(
                                r.value2(),
                                citations.getOrDefault(r.value2(), r.value2()),
                                germanCitations.getOrDefault(r.value2(), r.value2())));
    }

    List<Long> allAgreementIds() {
        return dsl.select(AGREEMENT.ID).from(AGREEMENT).orderBy(AGREEMENT.ID).fetch(AGREEMENT.ID);
    }

    List<Long> agreementIdsInvolving(long organisationId) {
        return dsl.selectDistinct(AGREEMENT.ID)
                .from(AGREEMENT)
                .where(AGREEMENT
                        .PROCESSOR_ID
                        .eq(organisationId)
                        .or(AGREEMENT.ID.in(dsl.select(SUBPROCESSOR.AGREEMENT_ID)
                                .from(SUBPROCESSOR)
                                .where(SUBPROCESSOR.ORGANISATION_ID.eq(organisationId)))))
                .fetch(AGREEMENT.ID);
    }

    private static AgreementFacts.Recipient recipient(Relationship relationship) {
        return switch (relationship) {
            case PROCESSOR -> AgreementFacts.Recipient.PROCESSOR;
            case JOINT_CONTROLLER -> AgreementFacts.Recipient.JOINT_CONTROLLER;
            case INDEPENDENT_CONTROLLER, OTHER_RECIPIENT -> AgreementFacts.Recipient.OTHER;
        };
    }

    /**
     * The parts of an Art. 26 arrangement not recorded: who does what, the contact point, the essence made available.
     */
    private static List<String> arrangementGaps(Record agreement) {
        List<String> gaps = new ArrayList<>();
        if (agreement.get(AGREEMENT.JOINT_RESPONSIBILITIES) == null) {
            gaps.add("RESPONSIBILITIES");
        }
        if (agreement.get(AGREEMENT.JOINT_CONTACT_POINT) == null) {
            gaps.add("CONTACT_POINT");
        }
        if (!Boolean.TRUE.equals(agreement.get(AGREEMENT.JOINT_ESSENCE_AVAILABLE))) {
            gaps.add("ESSENCE_AVAILABLE");
        }
        return gaps;
    }

    private static String partyKey(Long agreementId, Long subprocessorId) {
        return agreementId + ":" + Objects.toString(subprocessorId, "-");
    }
}
