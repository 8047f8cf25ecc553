package org.dpatracker.contract.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.dpatracker.contract.ContractCheck;
import org.dpatracker.contract.ContractCheckService;
import org.dpatracker.contract.PointStatus;
import org.dpatracker.core.ui.FormDialog;
import org.dpatracker.core.ui.Notifications;

/** Records whether the contract covers one Art. 28(3) point, and where. */
class ContractCheckDialog extends FormDialog {

    ContractCheckDialog(ContractCheckService checks, ContractCheck check, Runnable saved) {
        String point = check.point().citation() + " – "
                + getTranslation("contract.point." + check.point().name());
        setHeaderTitle(point);
        Select<PointStatus> status = new Select<>();
        status.setLabel(getTranslation("contract.status"));
        status.setItems(PointStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("contract.status." + s.name()));
        status.setValue(check.status());
        status.setId("contract-status");
        TextField clause = new TextField(getTranslation("contract.clause"));
        clause.setValue(check.clauseReference() == null ? "" : check.clauseReference());
        clause.setHelperText(getTranslation("contract.clause-help"));
        clause.setId("contract-clause");
        TextArea quote = new TextArea(getTranslation("contract.quote"));
        quote.setValue(check.quote() == null ? "" : check.quote());
        quote.setMaxLength(2000);
        FormLayout form = new FormLayout(status, clause, quote);
        form.setColspan(quote, 2);
        add(form);
        Button save = new Button(getTranslation("action.save"), click -> {
            if (Notifications.attempt(
                            this,
                            () -> checks.save(new ContractCheck(
                                    check.agreementId(),
                                    check.point(),
                                    status.getValue(),
                                    clause.getValue(),
                                    quote.getValue(),
                                    check.version())),
                            "contract.saved",
                            point)
                    .isPresent()) {
                close();
                saved.run();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("contract-save");
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
        setWidth("40rem");
    }
}
