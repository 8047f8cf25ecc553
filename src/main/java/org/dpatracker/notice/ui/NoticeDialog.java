package org.dpatracker.notice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import org.dpatracker.core.ui.FormDialog;
import org.dpatracker.notice.ChangeNoticeService;
import org.dpatracker.organisation.OrganisationService;
import org.dpatracker.processor.AgreementDetail;

/** Records an inbound notice of a new or replaced subprocessor for one agreement. */
class NoticeDialog extends FormDialog {

    NoticeDialog(
            ChangeNoticeService notices, OrganisationService organisations, AgreementDetail agreement, Runnable saved) {
        setHeaderTitle(getTranslation("notice.new", agreement.processor().name()));
        NoticeForm form = new NoticeForm(organisations, agreement);
        add(form);
        Button save = new Button(
                getTranslation("action.save"),
                click -> form.read()
                        .flatMap(entered ->
                                save(() -> notices.record(entered), form, "notice.saved", form.proposedName()))
                        .ifPresent(recorded -> {
                            close();
                            saved.run();
                        }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("notice-save");
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
        setWidth("64rem");
    }
}
