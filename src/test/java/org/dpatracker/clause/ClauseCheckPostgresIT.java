package org.dpatracker.clause;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.dpatracker.contract.ContractCheckService;
import org.dpatracker.contract.ContractPoint;
import org.dpatracker.contract.PointStatus;
import org.dpatracker.evidence.Document;
import org.dpatracker.evidence.DocumentDraft;
import org.dpatracker.evidence.DocumentKind;
import org.dpatracker.evidence.DocumentOwner;
import org.dpatracker.evidence.DocumentService;
import org.dpatracker.organisation.OrganisationService;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.support.AgreementBuilder;
import org.dpatracker.support.PostgresTest;
import org.dpatracker.support.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The clause findings on PostgreSQL: stored, accepted into the checklist and the sub-processor terms, checked again. */
@PostgresTest
class ClauseCheckPostgresIT {

    @Autowired
    ClauseCheckService clauses;

    @Autowired
    DocumentService documents;

    @Autowired
    AgreementService agreements;

    @Autowired
    OrganisationService organisations;

    @Autowired
    ContractCheckService checks;

    @Autowired
    UserDetailsService directory;

    @Test
    void findingsAreStoredAcceptedAndKeptWhenTheDocumentIsCheckedAgain() {
        SignedIn.as(directory, "dpo", () -> {
            long agreement =
                    AgreementBuilder.agreement(agreements, organisations).save().id();
            Document dpa = documents.upload(
                    DocumentOwner.agreement(agreement),
                    new DocumentDraft(DocumentKind.SIGNED_DPA, "AVV", null, null),
                    "avv.pdf",
                    new ByteArrayInputStream(Corpus.pdf("de-avv.txt")));
            List<StoredFinding> found = clauses.check(dpa.id());
            StoredFinding objection = found.stream()
                    .filter(f -> f.target() == ClauseTarget.OBJECTION_DAYS)
                    .findFirst()
                    .orElseThrow();
            StoredFinding security = found.stream()
                    .filter(f -> f.target() == ClauseTarget.SECURITY)
                    .findFirst()
                    .orElseThrow();
            clauses.accept(objection.id(), objection.version(), "14");
            clauses.accept(security.id(), security.version(), "PRESENT");

            List<StoredFinding> again = clauses.check(dpa.id());

            assertThat(again).hasSameSizeAs(found);
            assertThat(again).filteredOn(f -> !f.isProposed()).hasSize(2);
            assertThat(agreements
                            .detail(agreement)
                            .orElseThrow()
                            .agreement()
                            .subprocessorTerms()
                            .objectionPeriodDays())
                    .isEqualTo(14);
            assertThat(checks.ofAgreement(agreement))
                    .filteredOn(c -> c.point() == ContractPoint.SECURITY)
                    .singleElement()
                    .satisfies(c -> assertThat(c.status()).isEqualTo(PointStatus.PRESENT))
                    .satisfies(c ->
                            assertThat(c.clauseReference()).isEqualTo("AVV, p. 1 (document " + dpa.id() + ", v1)"));
            return null;
        });
    }
}
