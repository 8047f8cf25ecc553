package org.dpatracker.processor;

/** Narrows the processor list: text in names or subject matter, status, a country data goes to, problems. */
public record RegisterFilter(
        String text, AgreementStatus status, String country, boolean outsideEeaOnly, boolean flaggedOnly) {

    public static RegisterFilter all() {
        return new RegisterFilter(null, null, null, false, false);
    }

    public static RegisterFilter text(String text) {
        return new RegisterFilter(text, null, null, false, false);
    }
}
