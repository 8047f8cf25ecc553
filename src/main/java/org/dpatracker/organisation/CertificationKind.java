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
    OTHER
}
