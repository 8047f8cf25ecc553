package org.dpatracker.organisation;

/** Certifications that show sufficient guarantees (Art. 28(1), 28(5), 42 GDPR). */
public enum CertificationKind {
    ISO_27001,
    ISO_27701,
    TISAX,
    EN_50600,
    SOC_2,
    BSI_C5,
    /** Self-certification under the EU-US Data Privacy Framework, renewed yearly. */
    EU_US_DPF,
    /**
     * The DPO's confirmation that the recipient falls within its country's adequacy decision where
     * that covers only some recipients (Canada: subject to PIPEDA; Japan: private sector under the
     * APPI; Korea: outside the exclusions). Not a certificate; it has no expiry.
     */
    ADEQUACY_SCOPE,
    OTHER
}
