package org.dpatracker.notice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import org.dpatracker.notice.ChangeNoticeService;
import org.dpatracker.organisation.OrganisationService;
import org.dpatracker.processor.AgreementRow;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.processor.ui.AgreementPicker;

/** The first step of recording a notice from the list of all notices: which agreement it concerns. */
class NoticeAgreementDialog extends Dialog {

    NoticeAgreementDialog(
            ChangeNoticeService notices,
            AgreementService agreements,
            OrganisationService organisations,
            Runnable saved) {
        setHeaderTitle(getTranslation("notice.record-any"));
        ComboBox<AgreementRow> picker = AgreementPicker.single(agreements, getTranslation("notice.agreement"));
        picker.setId("notice-agreement");
        picker.setWidthFull();
        picker.setRequiredIndicatorVisible(true);
        add(picker);
        Button next = new Button(getTranslation("notice.agreement-next"), click -> {
            AgreementRow chosen = picker.getValue();
            if (chosen == null) {
                picker.setInvalid(true);
                picker.setErrorMessage(getTranslation("notice.validation.agreement"));
                return;
            }
            close();
            agreements
                    .detail(chosen.id())
                    .ifPresent(agreement -> new NoticeDialog(notices, organisations, agreement, saved).open());
        });
        next.setId("notice-agreement-next");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), next);
        setWidth("36rem");
    }
}
