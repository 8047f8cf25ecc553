package org.dpatracker.contract.ui;

import org.dpatracker.contract.ContractCheck;
import org.dpatracker.contract.ContractCheckService;
import org.dpatracker.core.ui.FormDialog;

/** Records whether the contract covers one Art. 28(3) point, and where. */
class ContractCheckDialog extends FormDialog {

    ContractCheckDialog(ContractCheckService checks, ContractCheck check, Runnable saved) {
        String point = check.point().citation(getLocale()) + " – "
                + getTranslation("contract.point." + check.point().name());
        setHeaderTitle(point);
        ContractCheckForm form = new ContractCheckForm(check);
        add(form);
        addSaveButton(
                "contract-save",
                form,
                form::read,
                checks::save,
                "contract.saved",
                entered -> point,
                stored -> saved.run());
        setWidth("40rem");
    }
}
