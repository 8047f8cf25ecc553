package org.dpatracker.redflag;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.dpatracker.transfer.TransferMechanism;

/**
 * What the red-flag rules look at: an agreement, every party in its chain (the processor and its
 * subprocessors at any depth) with their certifications and processing locations, and the
 * countries that have an adequacy decision; measures and contract points recorded as missing.
 */
public record AgreementFacts(
        LocalDate nextReview, boolean ownPurposeUse, String ownPurposeClause, List<Party> parties,
        Set<String> adequateCountries, List<MissingPoint> missingContractPoints) {

    public AgreementFacts {
        parties = List.copyOf(parties);
        adequateCountries = Set.copyOf(adequateCountries);
        missingContractPoints = missingContractPoints == null ? List.of() : List.copyOf(missingContractPoints);
    }

    public AgreementFacts(LocalDate nextReview, boolean ownPurposeUse, String ownPurposeClause, List<Party> parties,
            Set<String> adequateCountries) {
        this(nextReview, ownPurposeUse, ownPurposeClause, parties, adequateCountries, List.of());
    }

    /** A point of Art. 28(3) the contract was found to lack: its code and citation. */
    public record MissingPoint(String code, String citation) {}

    /** The processor or a subprocessor. Removed or objected subprocessors are left out by the caller. */
    public record Party(String name, List<Certificate> certificates, List<Location> locations, int missingMeasures) {
        public Party {
            certificates = List.copyOf(certificates);
            locations = List.copyOf(locations);
        }

        public Party(String name, List<Certificate> certificates, List<Location> locations) {
            this(name, certificates, locations, 0);
        }
    }

    /** A certificate with its kind (e.g. ISO_27001, EU_US_DPF) and expiry. */
    public record Certificate(String kind, String label, LocalDate validUntil) {
        public boolean validOn(LocalDate day) {
            return validUntil == null || !validUntil.isBefore(day);
        }
    }

    /** Where a party processes the data; the mechanism matters only outside the EEA. */
    public record Location(String country, TransferMechanism mechanism) {}
}
