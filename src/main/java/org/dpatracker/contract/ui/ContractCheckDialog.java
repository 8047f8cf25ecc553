package org.dpatracker.contract.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import org.dpatracker.contract.ContractCheck;
import org.dpatracker.contract.ContractCheckService;
import org.dpatracker.core.ui.FormDialog;

/** Records whether the contract covers one Art. 28(3) point, and where. */
class ContractCheckDialog extends FormDialog {

    ContractCheckDialog(ContractCheckService checks, ContractCheck check, Runnable saved) {
        String point = check.point().citation() + " – "
                + getTranslation("contract.point." + check.point().name());
        setHeaderTitle(point);
        ContractCheckForm form = new ContractCheckForm(check);
        add(form);
        Button save = new Button(
                getTranslation("action.save"),
                click -> form.read()
                        .flatMap(entered -> save(() -> checks.save(entered), form, "contract.saved", point))
                        .ifPresent(stored -> {
                            close();
                            saved.run();
                        }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("contract-save");
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
        setWidth("40rem");
    }
}
