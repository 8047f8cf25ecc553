package org.dpatracker.demo;

import static org.dpatracker.contract.ContractPoint.ASSISTANCE;
import static org.dpatracker.contract.ContractPoint.COMPLIANCE_AND_AUDITS;
import static org.dpatracker.contract.ContractPoint.CONFIDENTIALITY;
import static org.dpatracker.contract.ContractPoint.DATA_SUBJECT_RIGHTS;
import static org.dpatracker.contract.ContractPoint.DELETION_OR_RETURN;
import static org.dpatracker.contract.ContractPoint.INFRINGING_INSTRUCTIONS;
import static org.dpatracker.contract.ContractPoint.INSTRUCTIONS;
import static org.dpatracker.contract.ContractPoint.PRIOR_AUTHORISATION;
import static org.dpatracker.contract.ContractPoint.SAME_OBLIGATIONS_DOWNSTREAM;
import static org.dpatracker.contract.ContractPoint.SECURITY;
import static org.dpatracker.contract.ContractPoint.SUBJECT_MATTER;
import static org.dpatracker.contract.ContractPoint.SUBPROCESSOR_CONDITIONS;
import static org.dpatracker.contract.PointStatus.PARTIAL;
import static org.dpatracker.contract.PointStatus.PRESENT;

import org.dpatracker.audit.AuditPeriod;
import org.dpatracker.audit.AuditRights;
import org.dpatracker.audit.AuditService;
import org.dpatracker.audit.CostBearer;
import org.dpatracker.contract.ContractCheck;
import org.dpatracker.contract.ContractCheckService;
import org.dpatracker.contract.ContractPoint;
import org.dpatracker.contract.PointStatus;
import org.springframework.stereotype.Component;

/**
 * The Art. 28(3) checklists and audit rights as far as the seed texts state them: Ubimax's annex
 * "Data Processing Agreement in accordance with Art. 28 GDPR" point by point, and what imk's
 * information page says about its order processing addendum. Points a text is silent on stay
 * "not checked".
 */
@Component
class DemoContractTerms {

    private final ContractCheckService checks;
    private final AuditService audits;

    DemoContractTerms(ContractCheckService checks, AuditService audits) {
        this.checks = checks;
        this.audits = audits;
    }

    void load(DemoAgreements seeds) {
        ubimax(seeds.ubimax().id());
        imk(seeds.imk().id());
    }

    private void ubimax(long id) {
        check(
                id,
                SUBJECT_MATTER,
                PRESENT,
                "Annex DPA, section 1(1)–(5)",
                "The subject matter and duration of the order as well as the scope, type and purpose of the "
                        + "processing of personal data by the licensor for the licensee result from the main "
                        + "contract.");
        check(
                id,
                INSTRUCTIONS,
                PRESENT,
                "Annex DPA, sections 5(1), 7(1)–(2); transfers: 1(6)",
                "The Licensor shall only process data in accordance with the instructions of the Licensee (5(1)); "
                        + "instructions are those \"conclusively expressed in the provisions of this Agreement and "
                        + "the provisions of the main contract\"; individual instructions that deviate or impose "
                        + "additional requirements require the prior consent of the licensor, extra costs are "
                        + "reimbursed (7(1)); verbal instructions are confirmed in writing or text form (7(2)). 7(1) "
                        + "reads \"in accordance with Licensor's instructions\", evidently meaning the licensee's.");
        check(
                id,
                CONFIDENTIALITY,
                PRESENT,
                "Annex DPA, section 5(3) (second paragraph numbered 3)",
                "The Licensor shall oblige the persons employed in the processing of the Licensee's data to "
                        + "maintain confidentiality");
        check(
                id,
                SECURITY,
                PRESENT,
                "Annex DPA, section 4(1) and the appendix",
                "The Licensor assures the implementation of and compliance with the technical and organisational "
                        + "measures pursuant to Art. 32 GDPR before the start of processing.");
        check(
                id,
                SUBPROCESSOR_CONDITIONS,
                PRESENT,
                "Annex DPA, section 10(1)–(5)",
                "The passing on of orders by the contractor to subcontractors ... requires the prior written "
                        + "consent of the customer (10(1)). Outside the EU/EEA the contractor ensures admissibility "
                        + "under Art. 44 ff. GDPR (10(4)). Ancillary services (telecommunications, postal and "
                        + "transport, maintenance and user services, disposal of data carriers) are not treated as "
                        + "subcontracting, even if access to the customer's data cannot be excluded: customary "
                        + "confidentiality agreements only (10(5)).");
        check(
                id,
                DATA_SUBJECT_RIGHTS,
                PRESENT,
                "Annex DPA, sections 8(1), 5(1)",
                "the licensor shall support the licensee in fulfilling these obligations with appropriate technical "
                        + "and organisational measures in accordance with Art. 28 para. 3 lit. e GDPR");
        check(
                id,
                ASSISTANCE,
                PRESENT,
                "Annex DPA, sections 8(2), 5(4)",
                "The licensor supports the licensee within the scope of his possibilities according to art. 28 par. "
                        + "3 lit. f GDPR in the compliance with the obligations mentioned in art. 32 to 36 GDPR.");
        check(
                id,
                DELETION_OR_RETURN,
                PARTIAL,
                "Annex DPA, section 11; GTC section 7(3)",
                "the Licensor shall delete all data of the Licensee ... and hand over to the Licensee data carriers "
                        + "received from the Licensee (deletion only; returning the data is not offered as the "
                        + "controller's choice)");
        check(
                id,
                COMPLIANCE_AND_AUDITS,
                PARTIAL,
                "Annex DPA, section 9(1)–(6)",
                "The licensor grants the licensee the rights of access, information and inspection necessary for "
                        + "carrying out these controls (9(2)). But \"at the discretion of the Licensor, proof of "
                        + "compliance ... may also be provided by the submission of a suitable, up-to-date "
                        + "certificate, reports or report extracts from independent bodies\" (9(4)): the processor, "
                        + "not the controller, decides whether a certificate replaces the inspection that Art. "
                        + "28(3)(h) lets the controller conduct.");
        check(
                id,
                PRIOR_AUTHORISATION,
                PRESENT,
                "Annex DPA, section 10(1)–(2)",
                "Prior written consent for each subcontractor, refused only for important reasons (10(1)–(2)); "
                        + "\"For the subcontractors referred to in Appendix 2, approval shall be deemed to have been "
                        + "granted upon signature of this agreement\": Annex 2 is not part of the published terms, "
                        + "so the approved list is not on file (only Microsoft Azure is named, in 3(3)). If no "
                        + "objection is raised within 14 days of notification, consent to the change shall be deemed "
                        + "given.");
        check(
                id,
                SAME_OBLIGATIONS_DOWNSTREAM,
                PARTIAL,
                "Annex DPA, section 10(3)",
                "the Contractor shall be responsible for transferring its obligations under this contract to the "
                        + "subcontractor (the processor's continuing liability for the subcontractor is not stated)");
        check(
                id,
                INFRINGING_INSTRUCTIONS,
                PRESENT,
                "Annex DPA, section 7(3)",
                "The licensor shall inform the licensee immediately if he considers that an instruction issued by "
                        + "the licensee violates statutory provisions (Art. 28 para. 3 sentence 3 GDPR). The "
                        + "licensor is entitled to suspend the execution of the corresponding instruction until it "
                        + "is confirmed or changed.");
        audits.saveRights(new AuditRights(
                id,
                true,
                1,
                AuditPeriod.CALENDAR_YEAR,
                14,
                CostBearer.CONTROLLER,
                true,
                true,
                true,
                true,
                true,
                null,
                "Annex DPA, section 9(3)–(6)",
                -1));
    }

    private void imk(long id) {
        String page = "Information page \"Data protection and data security\" (the addendum itself is not on file)";
        check(
                id,
                INSTRUCTIONS,
                PARTIAL,
                page,
                "The processing of personal information within the scope of the use of the service is carried out "
                        + "exclusively on the instructions of the client and is regulated in an order processing "
                        + "addendum to the main contract.");
        check(
                id,
                SAME_OBLIGATIONS_DOWNSTREAM,
                PARTIAL,
                page,
                "Axilaris GmbH ... is contractually bound by imk automotive GmbH to at least the security level "
                        + "defined in the order processing addendum.");
        check(
                id,
                DELETION_OR_RETURN,
                PARTIAL,
                page,
                "Upon expiration of your online contract, your customized information will be deleted upon "
                        + "expiration of the contract, backups will be kept for 30 days.");
    }

    private void check(long agreementId, ContractPoint point, PointStatus status, String clause, String quote) {
        checks.save(new ContractCheck(agreementId, point, status, clause, quote, -1));
    }
}
