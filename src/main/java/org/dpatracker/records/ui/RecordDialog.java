package org.dpatracker.records.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
        Button save = new Button(
                getTranslation("action.save"),
                click -> form.read()
                        .flatMap(entered -> save(() -> records.save(entered), form, "record.saved", entered.name()))
                        .ifPresent(result -> {
                            close();
                            saved.accept(result);
                        }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("record-save");
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
        setWidth("60rem");
    }
}
