package org.dpatracker.contract.ui;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Optional;
import org.dpatracker.contract.ContractCheck;
import org.dpatracker.contract.PointStatus;
import org.dpatracker.core.ui.EntryForm;

/**
 * The fields of one Art. 28(3) point of the contract checklist: whether the contract covers it, and where.
 * Public, as are its entered values, for the Binder to read and build them.
 */
public class ContractCheckForm extends EntryForm<ContractCheckForm.Entered> {

    /** What the user enters for a point. */
    public record Entered(PointStatus status, String clauseReference, String quote) {}

    private final ContractCheck original;

    /** Edits {@code original}, the point as checked so far. */
    ContractCheckForm(ContractCheck original) {
        super(Entered.class);
        this.original = original;
        Select<PointStatus> status = new Select<>();
        status.setLabel(getTranslation("contract.status"));
        status.setItems(PointStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("contract.status." + s.name()));
        status.setId("contract-status");
        TextField clause = new TextField(getTranslation("contract.clause"));
        clause.setHelperText(getTranslation("contract.clause-help"));
        clause.setId("contract-clause");
        TextArea quote = new TextArea(getTranslation("contract.quote"));
        quote.setMaxLength(2000);

        bind("status", status);
        text("clauseReference", clause);
        text("quote", quote);
        load(new Entered(original.status(), original.clauseReference(), original.quote()));

        add(status, clause, quote);
        setColspan(quote, 2);
    }

    /** The point as entered, or empty while a field is invalid (the field then says why). */
    Optional<ContractCheck> read() {
        return entered()
                .map(e -> new ContractCheck(
                        original.agreementId(),
                        original.point(),
                        e.status(),
                        e.clauseReference(),
                        e.quote(),
                        original.version()));
    }
}
