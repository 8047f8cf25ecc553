package org.dpatracker.processor;

import org.dpatracker.redflag.RedFlagType;

/**
 * Narrows the processor list: text in names or subject matter, status, a country data goes to, problems,
 * the recipient's relationship to the controller, one kind of red flag ({@code null}: any) and the
 * user responsible for the agreement ({@code null}: anyone).
 */
public record RegisterFilter(
        String text,
        AgreementStatus status,
        String country,
        boolean outsideEeaOnly,
        boolean flaggedOnly,
        Relationship relationship,
        RedFlagType flag,
        Long responsibleUserId) {

    public RegisterFilter(
            String text,
            AgreementStatus status,
            String country,
            boolean outsideEeaOnly,
            boolean flaggedOnly,
            Relationship relationship,
            RedFlagType flag) {
        this(text, status, country, outsideEeaOnly, flaggedOnly, relationship, flag, null);
    }

    public RegisterFilter(
            String text,
            AgreementStatus status,
            String country,
            boolean outsideEeaOnly,
            boolean flaggedOnly,
            Relationship relationship) {
        this(text, status, country, outsideEeaOnly, flaggedOnly, relationship, null);
    }

    public RegisterFilter(
            String text, AgreementStatus status, String country, boolean outsideEeaOnly, boolean flaggedOnly) {
        this(text, status, country, outsideEeaOnly, flaggedOnly, null);
    }

    /** The same filter, narrowed to the agreements the given user is responsible for. */
    public RegisterFilter withResponsible(Long userId) {
        return new RegisterFilter(text, status, country, outsideEeaOnly, flaggedOnly, relationship, flag, userId);
    }

    public static RegisterFilter all() {
        return new RegisterFilter(null, null, null, false, false);
    }

    public static RegisterFilter text(String text) {
        return new RegisterFilter(text, null, null, false, false);
    }

    /** Every Art. 28 agreement with a processor: the agreements that have an annex. */
    public static RegisterFilter processors() {
        return new RegisterFilter(null, null, null, false, false, Relationship.PROCESSOR);
    }
}
