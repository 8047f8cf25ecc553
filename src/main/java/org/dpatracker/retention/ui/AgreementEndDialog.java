package org.dpatracker.retention.ui;

import org.dpatracker.core.ui.FormDialog;
import org.dpatracker.retention.AgreementEnd;
import org.dpatracker.retention.RetentionService;

/** Records the end of the agreement, the controller's choice, the due date, and the processor's confirmation. */
class AgreementEndDialog extends FormDialog {

    AgreementEndDialog(RetentionService retention, AgreementEnd end, Runnable saved) {
        setHeaderTitle(getTranslation("retention.end"));
        AgreementEndForm form = new AgreementEndForm(end);
        add(form);
        addSaveButton("end-save", form, form::read, retention::saveEnd, "retention.end.saved", stored -> saved.run());
        setWidth("40rem");
    }
}
