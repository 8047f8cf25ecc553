package org.dpatracker.audit;

/** A remediation action not done yet, with the finding and agreement it belongs to. */
public record OpenAction(
        RemediationAction action, long agreementId, String processorName, String finding, Severity severity) {}
