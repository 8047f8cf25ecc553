package org.dpatracker.processor.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.function.Consumer;
import org.dpatracker.core.InvalidInputException;
import org.dpatracker.core.ui.FormDialog;
import org.dpatracker.core.ui.Notifications;
import org.dpatracker.organisation.OrganisationService;
import org.dpatracker.organisation.ui.OrganisationPicker;
import org.dpatracker.processor.AgreementDetail;
import org.dpatracker.processor.ApprovalState;
import org.dpatracker.processor.Subprocessor;
import org.dpatracker.processor.SubprocessorService;

/** Adds a subprocessor to an agreement, or edits one: who, engaged by whom, for what, where. */
class SubprocessorDialog extends FormDialog {

    SubprocessorDialog(
            SubprocessorService subprocessors,
            OrganisationService organisations,
            AgreementDetail detail,
            Subprocessor existing,
            Consumer<Subprocessor> saved) {
        setHeaderTitle(getTranslation(existing == null ? "subprocessor.add" : "subprocessor.edit"));
        OrganisationPicker organisation =
                new OrganisationPicker(organisations, getTranslation("subprocessor.organisation"), "subprocessor");
        ComboBox<Subprocessor> parent = new ComboBox<>(getTranslation("subprocessor.parent"));
        parent.setItems(detail.subprocessors().stream()
                .filter(s -> existing == null || !s.id().equals(existing.id()))
                .toList());
        parent.setItemLabelGenerator(s -> detail.organisationOf(s).name());
        parent.setPlaceholder(detail.processor().name());
        parent.setClearButtonVisible(true);
        TextArea service = new TextArea(getTranslation("subprocessor.service"));
        service.setRequiredIndicatorVisible(true);
        service.setId("subprocessor-service");
        Checkbox affiliate = new Checkbox(getTranslation("subprocessor.affiliate"));
        DatePicker addedOn = new DatePicker(getTranslation("subprocessor.added-on"));
        Select<ApprovalState> approval = new Select<>();
        approval.setLabel(getTranslation("subprocessor.approval"));
        approval.setItems(ApprovalState.values());
        approval.setItemLabelGenerator(state -> getTranslation("approval." + state.name()));
        approval.setValue(ApprovalState.AUTHORISED);
        LocationEditor locations = new LocationEditor(getTranslation("subprocessor.locations"));
        if (existing != null) {
            organisations.findById(existing.organisationId()).ifPresent(organisation::setValue);
            detail.subprocessors().stream()
                    .filter(s -> s.id().equals(existing.parentId()))
                    .findFirst()
                    .ifPresent(parent::setValue);
            service.setValue(existing.service());
            affiliate.setValue(existing.affiliate());
            addedOn.setValue(existing.addedOn());
            approval.setValue(existing.approval());
            locations.setValue(existing.locations());
        } else {
            locations.setValue(List.of());
        }
        FormLayout form = new FormLayout(organisation, parent, approval, service, affiliate, addedOn, locations);
        form.setColspan(service, 2);
        form.setColspan(locations, 2);
        add(form);

        Button save = new Button(getTranslation("action.save"), click -> {
            if (!organisation.checkPicked()) {
                return;
            }
            try {
                Subprocessor result = subprocessors.save(new Subprocessor(
                        existing == null ? null : existing.id(),
                        existing == null ? 0 : existing.version(),
                        detail.agreement().id(),
                        parent.isEmpty() ? null : parent.getValue().id(),
                        organisation.value().id(),
                        service.getValue(),
                        affiliate.getValue(),
                        addedOn.getValue(),
                        approval.getValue(),
                        locations.getValue()));
                close();
                Notifications.success(
                        this, "subprocessor.saved", organisation.value().name());
                saved.accept(result);
            } catch (InvalidInputException | org.dpatracker.core.ConcurrentEditException refused) {
                Notifications.refused(this, refused);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("subprocessor-save");
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
        setWidth("64rem");
    }
}
