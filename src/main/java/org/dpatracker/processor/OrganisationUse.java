package org.dpatracker.processor;

/** An agreement an organisation takes part in, and as what: controller, processor or sub-processor. */
public record OrganisationUse(long organisationId, long agreementId, String processorName, Role role) {

    /** The organisation's part in the agreement (Art. 4(7), 4(8) and 28(2) GDPR). */
    public enum Role {
        CONTROLLER,
        PROCESSOR,
        SUBPROCESSOR
    }
}
