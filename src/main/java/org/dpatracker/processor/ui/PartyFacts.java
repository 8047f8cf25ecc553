package org.dpatracker.processor.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import org.dpatracker.core.ui.FactList;
import org.dpatracker.organisation.Certification;
import org.dpatracker.organisation.Organisation;
import org.dpatracker.transfer.Countries;

/** A party of an agreement (Annex I): name, address, contact person, DPO and certifications. */
final class PartyFacts {

    private PartyFacts() {}

    static Div of(Component context, String roleKey, Organisation organisation) {
        return of(context, roleKey, organisation, null);
    }

    /** With {@code edit} given, the box offers to edit the organisation (for users who may). */
    static Div of(Component context, String roleKey, Organisation organisation, Runnable edit) {
        Div box = new Div();
        box.addClassName("party");
        box.add(new H4(context.getTranslation(roleKey) + ": " + organisation.name()));
        if (edit != null) {
            Button button = new Button(context.getTranslation("organisation.edit-button"), click -> edit.run());
            button.setAriaLabel(context.getTranslation("organisation.edit", organisation.name()));
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            box.add(button);
        }
        FactList facts = new FactList()
                .add("organisation.address", address(organisation))
                .add("organisation.website", organisation.website())
                .add("organisation.contact", contact(organisation.contact()))
                .add("organisation.dpo", contact(organisation.dpo()))
                .add(
                        "organisation.certifications",
                        organisation.certifications().stream()
                                .map(c -> describe(context, c))
                                .toList());
        box.add(facts);
        return box;
    }

    private static String address(Organisation o) {
        String country = o.country() == null
                ? null
                : Countries.name(o.country(), UI.getCurrent().getLocale());
        return String.join(
                ", ",
                java.util.stream.Stream.of(
                                o.street(),
                                ((o.postalCode() == null ? "" : o.postalCode()) + " "
                                                + (o.city() == null ? "" : o.city()))
                                        .trim(),
                                country)
                        .filter(part -> part != null && !part.isBlank())
                        .toList());
    }

    static String describe(Component context, Certification certification) {
        StringBuilder text = new StringBuilder(certification.displayLabel());
        if (certification.issuer() != null) {
            text.append(" (").append(certification.issuer()).append(")");
        }
        if (certification.validUntil() != null) {
            text.append(" ").append(context.getTranslation("certification.valid-until", certification.validUntil()));
        }
        return text.toString();
    }

    private static String contact(Organisation.Contact contact) {
        return String.join(
                ", ",
                java.util.stream.Stream.of(
                                contact.name(), contact.position(), contact.email(), contact.phone(), contact.address())
                        .filter(part -> part != null && !part.isBlank())
                        .toList());
    }
}
