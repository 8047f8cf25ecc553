package org.dpatracker.redflag;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dpatracker.transfer.AdequacyScope;
import org.dpatracker.transfer.TransferMechanism;

/**
 * What the red-flag rules look at: an agreement (its status), every party in its chain (the
 * processor and its subprocessors at any depth) with their certifications and processing locations,
 * the adequacy decisions in force with their scope, and the Art. 28(3) points recorded as missing or
 * only partly stipulated.
 */
public record AgreementFacts(
        LocalDate nextReview,
        boolean ownPurposeUse,
        String ownPurposeClause,
        List<Party> parties,
        Map<String, Adequacy> adequacy,
        List<MissingPoint> missingContractPoints,
        List<MissingPoint> partialContractPoints,
        boolean signedOrEnded,
        Recipient recipient,
        List<String> arrangementGaps,
        BreachNotice breachNotice) {

    /**
     * The processor's contractual breach notice: within how many hours, and whether only for breaches it deems
     * notifiable.
     */
    public record BreachNotice(Integer hours, boolean onlyWhenNotifiable) {}

    public AgreementFacts(
            LocalDate nextReview,
            boolean ownPurposeUse,
            String ownPurposeClause,
            List<Party> parties,
            Map<String, Adequacy> adequacy,
            List<MissingPoint> missingContractPoints,
            List<MissingPoint> partialContractPoints,
            boolean signedOrEnded,
            Recipient recipient,
            List<String> arrangementGaps) {
        this(
                nextReview,
                ownPurposeUse,
                ownPurposeClause,
                parties,
                adequacy,
                missingContractPoints,
                partialContractPoints,
                signedOrEnded,
                recipient,
                arrangementGaps,
                null);
    }

    /** What the agreement's recipient is to the controller, as far as the rules care. */
    public enum Recipient {
        /** Art. 28: contract, checklists and measures are due. */
        PROCESSOR,
        /** Art. 26: an arrangement is due. */
        JOINT_CONTROLLER,
        /** An independent controller or another recipient: only the transfer rules apply. */
        OTHER
    }

    public AgreementFacts {
        recipient = recipient == null ? Recipient.PROCESSOR : recipient;
        arrangementGaps = arrangementGaps == null ? List.of() : List.copyOf(arrangementGaps);
        parties = List.copyOf(parties);
        adequacy = Map.copyOf(adequacy);
        missingContractPoints = missingContractPoints == null ? List.of() : List.copyOf(missingContractPoints);
        partialContractPoints = partialContractPoints == null ? List.of() : List.copyOf(partialContractPoints);
    }

    /** A signed processor agreement with these parties and nothing recorded against its contract points. */
    public AgreementFacts(
            LocalDate nextReview,
            boolean ownPurposeUse,
            String ownPurposeClause,
            List<Party> parties,
            Map<String, Adequacy> adequacy) {
        this(nextReview, ownPurposeUse, ownPurposeClause, parties, adequacy, List.of(), List.of(), true);
    }

    /** A processor agreement. */
    public AgreementFacts(
            LocalDate nextReview,
            boolean ownPurposeUse,
            String ownPurposeClause,
            List<Party> parties,
            Map<String, Adequacy> adequacy,
            List<MissingPoint> missingContractPoints,
            List<MissingPoint> partialContractPoints,
            boolean signedOrEnded) {
        this(
                nextReview,
                ownPurposeUse,
                ownPurposeClause,
                parties,
                adequacy,
                missingContractPoints,
                partialContractPoints,
                signedOrEnded,
                Recipient.PROCESSOR,
                List.of());
    }

    public boolean ofProcessor() {
        return recipient == Recipient.PROCESSOR;
    }

    /** The adequacy decision for a country, if one is in force on that day. */
    public java.util.Optional<Adequacy> adequacyOn(String country, LocalDate day) {
        Adequacy decision = adequacy.get(country);
        return decision == null
                        || (decision.validUntil() != null
                                && decision.validUntil().isBefore(day))
                ? java.util.Optional.empty()
                : java.util.Optional.of(decision);
    }

    /**
     * Whether a location relies on an adequacy decision on that day: adequacy recorded, or no other
     * mechanism recorded in a country whose decision is in force.
     */
    public boolean reliesOnAdequacy(Location location, LocalDate day) {
        return location.mechanism() == TransferMechanism.ADEQUACY
                || (location.withoutMechanism()
                        && adequacyOn(location.country(), day).isPresent());
    }

    /** A Commission adequacy decision: whom it covers and, where it has a sunset clause, until when. */
    public record Adequacy(AdequacyScope scope, LocalDate validUntil) {}

    /**
     * A point of Art. 28(3) the contract was found to lack or to stipulate only in part: its code and its citation in
     * English ("Art. 28(3)(a)") and in German ("Art. 28 Abs. 3 S. 2 lit. a").
     */
    public record MissingPoint(String code, String citation, String germanCitation) {

        /** A point whose citation reads the same in both languages. */
        public MissingPoint(String code, String citation) {
            this(code, citation, citation);
        }
    }

    /**
     * The processor or a subprocessor. Removed or objected subprocessors are left out by the caller;
     * {@code subprocessor} tells which of the two a party is, which decides the fitting clause module.
     */
    public record Party(
            String name,
            List<Certificate> certificates,
            List<Location> locations,
            int missingMeasures,
            boolean subprocessor) {
        public Party {
            certificates = List.copyOf(certificates);
            locations = List.copyOf(locations);
        }

        public Party(String name, List<Certificate> certificates, List<Location> locations) {
            this(name, certificates, locations, 0, false);
        }

        /** Whether the party holds a certificate of this kind that is valid (with a known expiry) on that day. */
        public boolean holdsValid(String kind, LocalDate day) {
            return certificates.stream().anyMatch(c -> kind.equals(c.kind()) && c.validOn(day));
        }
    }

    /** A certificate with its kind (e.g. ISO_27001, EU_US_DPF), label and expiry. */
    public record Certificate(String kind, String label, LocalDate validUntil) {
        /** Valid only with a known expiry not yet passed: an unknown expiry is unverified, not valid. */
        public boolean validOn(LocalDate day) {
            return validUntil != null && !validUntil.isBefore(day);
        }
    }

    /**
     * Where a party processes the data; outside the EEA with its transfer mechanism, the module of the
     * standard clauses 2021/914 and the reference to the transfer impact assessment.
     */
    public record Location(String country, TransferMechanism mechanism, Integer sccModule, String assessmentReference) {
        public Location(String country, TransferMechanism mechanism) {
            this(country, mechanism, null, null);
        }

        /** No mechanism recorded: none entered, or NONE chosen. */
        public boolean withoutMechanism() {
            return mechanism == null || mechanism == TransferMechanism.NONE;
        }
    }
}
