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

    private ContractCheck original;
    private final Select<PointStatus> status = new Select<>();

    /** Edits {@code original}, the point as checked so far. */
    ContractCheckForm(ContractCheck original) {
        this(original, "");
    }

    /** Edits {@code original}; {@code idSuffix} keeps the field ids apart when several points are edited at once. */
    ContractCheckForm(ContractCheck original, String idSuffix) {
        super(Entered.class);
        this.original = original;
        status.setLabel(getTranslation("contract.status"));
        status.setItems(PointStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("contract.status." + s.name()));
        status.setId("contract-status" + idSuffix);
        TextField clause = new TextField(getTranslation("contract.clause"));
        clause.setHelperText(getTranslation("contract.clause-help"));
        clause.setId("contract-clause" + idSuffix);
        TextArea quote = new TextArea(getTranslation("contract.quote"));
        quote.setMaxLength(2000);

        bind("status", status);
        text("clauseReference", clause);
        text("quote", quote);
        quote.setId("contract-quote" + idSuffix);
        reset(original);

        add(status, clause, quote);
        setColspan(quote, 2);
    }

    /** Shows {@code stored}, the point as saved, for the next change to start from. */
    void reset(ContractCheck stored) {
        original = stored;
        load(new Entered(stored.status(), stored.clauseReference(), stored.quote()));
    }

    void focusStatus() {
        status.focus();
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
