package org.dpatracker.transfer.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Optional;
import org.dpatracker.core.ui.DateField;
import org.dpatracker.core.ui.EntryForm;
import org.dpatracker.transfer.AdequacyDecision;
import org.dpatracker.transfer.AdequacyScope;

/**
 * The fields of an adequacy decision: whom it covers, when it was taken and last verified. Public, as
 * are its entered values, for the Binder.
 */
public class AdequacyForm extends EntryForm<AdequacyForm.Entered> {

    /** What the administrator enters for a decision. */
    public record Entered(
            String country,
            String decision,
            LocalDate decidedOn,
            AdequacyScope scope,
            String scopeLimits,
            LocalDate validUntil,
            LocalDate verifiedOn) {

        AdequacyDecision decision(int version) {
            return new AdequacyDecision(
                    country, decision, decidedOn, scope, scopeLimits, validUntil, verifiedOn, version);
        }
    }

    /** A form showing {@code decision}; its country is fixed unless the decision is new. */
    AdequacyForm(AdequacyDecision decision, boolean isNew) {
        super(Entered.class);
        TextField country = new TextField(getTranslation("organisation.country"));
        country.setReadOnly(!isNew);
        country.setId("adequacy-country");
        TextField text = new TextField(getTranslation("adequacy.decision"));
        text.setId("adequacy-decision");
        DatePicker decidedOn = new DateField(getTranslation("adequacy.decided-on"));
        Select<AdequacyScope> scope = new Select<>();
        scope.setLabel(getTranslation("adequacy.scope"));
        scope.setItems(AdequacyScope.values());
        scope.setItemLabelGenerator(s -> getTranslation("adequacy.scope." + s.name()));
        TextArea scopeLimits = new TextArea(getTranslation("adequacy.scope-limits"));
        DatePicker validUntil = new DateField(getTranslation("adequacy.valid-until"));
        DatePicker verifiedOn = new DateField(getTranslation("adequacy.verified-on"));
        verifiedOn.setId("adequacy-verified-on");

        text("country", country);
        text("decision", text);
        bind("decidedOn", decidedOn);
        bind("scope", scope);
        text("scopeLimits", scopeLimits);
        bind("validUntil", validUntil);
        bind("verifiedOn", verifiedOn);
        load(new Entered(
                decision.country(),
                decision.decision(),
                decision.decidedOn(),
                decision.scope(),
                decision.scopeLimits(),
                decision.validUntil(),
                decision.verifiedOn()));

        add(country, text, decidedOn, validUntil, scope, verifiedOn, scopeLimits);
    }

    /** The decision as entered. */
    Optional<Entered> read() {
        return entered();
    }
}
