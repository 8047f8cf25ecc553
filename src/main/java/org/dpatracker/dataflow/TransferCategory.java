package org.dpatracker.dataflow;

/** How data reaches a country, as the map of "Where data goes" colours it (Chapter V GDPR). */
public enum TransferCategory {
    /** Inside the EEA: no transfer in the sense of Chapter V. */
    EEA("eea"),
    /** Covered by an adequacy decision (Art. 45). */
    ADEQUATE("adequate"),
    /** A third country where every recipient has a valid transfer mechanism (Art. 46, 47, 49). */
    MECHANISM("mechanism"),
    /** A third country where some recipient has no valid transfer mechanism. */
    NONE("none");

    private final String styleName;

    TransferCategory(String styleName) {
        this.styleName = styleName;
    }

    /** The name the map and its legend style the category by. */
    public String styleName() {
        return styleName;
    }
}
