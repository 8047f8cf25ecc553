package org.dpatracker.cloning.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.dpatracker.cloning.AgreementCloneService;
import org.dpatracker.cloning.ClonedAgreement;
import org.dpatracker.core.InvalidInputException;
import org.dpatracker.core.ui.Notifications;
import org.dpatracker.organisation.Organisation;
import org.dpatracker.organisation.OrganisationService;
import org.dpatracker.organisation.ui.OrganisationPicker;
import org.dpatracker.processor.AgreementDetail;
import org.springframework.security.access.AccessDeniedException;

/** Chooses the controller (and, if it differs, the processor) of the copy, then opens the new draft. */
class CloneDialog extends Dialog {

    CloneDialog(AgreementCloneService clones, OrganisationService organisations, AgreementDetail detail) {
        setHeaderTitle(getTranslation("clone.dialog", detail.processor().name()));
        ComboBox<Organisation> controller = new ComboBox<>(getTranslation("clone.controller"));
        controller.setId("clone-controller");
        controller.setItems(organisations.ownCompanies().stream()
                .filter(company -> company.id() != detail.controller().id())
                .toList());
        controller.setItemLabelGenerator(Organisation::name);
        controller.setRequiredIndicatorVisible(true);
        controller.setWidthFull();
        ComboBox<Organisation> processor =
                OrganisationPicker.comboBox(organisations, getTranslation("clone.processor"));
        processor.setId("clone-processor");
        processor.setValue(detail.processor());
        processor.setWidthFull();
        VerticalLayout fields =
                new VerticalLayout(new Paragraph(getTranslation("clone.copies")), controller, processor);
        fields.setPadding(false);
        add(fields);
        Button save = new Button(getTranslation("clone.save"), click -> {
            if (controller.getValue() == null) {
                controller.setInvalid(true);
                controller.setErrorMessage(getTranslation("clone.validation.controller"));
                return;
            }
            Long processorId =
                    processor.getValue() == null ? null : processor.getValue().id();
            try {
                opened(clones.cloneFor(
                        detail.agreement().id(), controller.getValue().id(), processorId));
            } catch (InvalidInputException | AccessDeniedException refused) {
                Notifications.refused(this, refused);
            }
        });
        save.setId("clone-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
        setWidth("36rem");
        setMaxWidth("100%");
    }

    private void opened(ClonedAgreement clone) {
        close();
        Notifications.success(
                this,
                "clone.done",
                clone.subprocessors(),
                clone.measures(),
                clone.contractPoints(),
                clone.retentionRules());
        UI.getCurrent().navigate("agreement/" + clone.agreementId());
    }
}
