package org.dpatracker.records.ui;

import java.util.function.Consumer;
import org.dpatracker.core.ui.FormDialog;
import org.dpatracker.organisation.OrganisationService;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.records.ProcessingActivity;
import org.dpatracker.records.RecordService;

/** Records a processing activity or edits one; {@code activity} null for a new one. */
class RecordDialog extends FormDialog {

    RecordDialog(
            RecordService records,
            OrganisationService organisations,
            AgreementService agreements,
            ProcessingActivity activity,
            Consumer<ProcessingActivity> saved) {
        setHeaderTitle(getTranslation(activity == null ? "record.add" : "record.edit"));
        ProcessingActivityForm form = new ProcessingActivityForm(organisations, agreements, activity);
        add(form);
        addSaveButton("record-save", form, form::read, records::save, "record.saved", ProcessingActivity::name, saved);
        setWidth("60rem");
    }
}
