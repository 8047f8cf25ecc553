package org.dpatracker.cloning;

/** What a clone copied: the new draft agreement and how many of each part came with it. */
public record ClonedAgreement(
        long agreementId, int subprocessors, int measures, int contractPoints, int retentionRules) {}
