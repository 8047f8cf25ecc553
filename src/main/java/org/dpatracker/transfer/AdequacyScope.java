package org.dpatracker.transfer;

/**
 * Whom an adequacy decision (Art. 45 GDPR) covers. A recipient outside the scope of its country's
 * decision needs another Chapter V mechanism.
 */
public enum AdequacyScope {
    /** The whole country or territory. */
    WHOLE_COUNTRY(false),
    /** Canada, Decision 2002/2/EC: only organisations subject to PIPEDA. */
    PIPEDA_ORGANISATIONS(true),
    /**
     * Japan, Implementing Decision (EU) 2019/419: only private-sector business operators under the APPI, with the
     * supplementary rules.
     */
    APPI_PRIVATE_SECTOR(true),
    /** Republic of Korea, Implementing Decision (EU) 2022/254: PIPA, without the processing its decision excludes. */
    PIPA_WITH_EXCLUSIONS(true),
    /**
     * United States, Implementing Decision (EU) 2023/1795: only organisations certified under the EU-US Data Privacy
     * Framework.
     */
    DPF_CERTIFIED(true);

    private final boolean limited;

    AdequacyScope(boolean limited) {
        this.limited = limited;
    }

    /** Whether the decision covers only some recipients in the country. */
    public boolean isLimited() {
        return limited;
    }
}
