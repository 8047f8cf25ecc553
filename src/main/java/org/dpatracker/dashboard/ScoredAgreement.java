package org.dpatracker.dashboard;

/** One agreement with its score and the facts behind it. */
public record ScoredAgreement(
        long id, String processorName, String controllerName, ComplianceScore.Facts facts, int score) {

    public ComplianceScore.Step nextStep() {
        return ComplianceScore.nextStep(facts);
    }
}
