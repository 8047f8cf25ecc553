package org.dpatracker.notice.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import org.dpatracker.core.InvalidInputException;
import org.dpatracker.core.ui.FormDialog;
import org.dpatracker.core.ui.Notifications;
import org.dpatracker.notice.ChangeNotice;
import org.dpatracker.notice.ChangeNoticeService;
import org.dpatracker.notice.NoticeStatus;
import org.dpatracker.organisation.OrganisationService;
import org.dpatracker.organisation.ui.OrganisationPicker;
import org.dpatracker.processor.AgreementDetail;
import org.dpatracker.processor.Subprocessor;
import org.dpatracker.processor.ui.LocationEditor;

/** Records an inbound notice of a new or replaced subprocessor for one agreement. */
class NoticeDialog extends FormDialog {

    NoticeDialog(
            ChangeNoticeService notices, OrganisationService organisations, AgreementDetail agreement, Runnable saved) {
        setHeaderTitle(getTranslation("notice.new", agreement.processor().name()));
        DatePicker received = new DatePicker(getTranslation("notice.received-on"), LocalDate.now());
        received.setId("notice-received");
        DatePicker effective = new DatePicker(getTranslation("notice.effective-from"));
        effective.setId("notice-effective");
        OrganisationPicker organisation =
                new OrganisationPicker(organisations, getTranslation("notice.proposed"), "notice");
        ComboBox<Subprocessor> replaces = new ComboBox<>(getTranslation("notice.replaces"));
        replaces.setItems(agreement.subprocessors());
        replaces.setItemLabelGenerator(s -> agreement.organisationOf(s).name());
        replaces.setClearButtonVisible(true);
        TextArea service = new TextArea(getTranslation("subprocessor.service"));
        service.setId("notice-service");
        IntegerField noticeDays = new IntegerField(getTranslation("notice.objection-days"));
        noticeDays.setHelperText(getTranslation(
                "notice.objection-days.help",
                agreement.agreement().subprocessorTerms().objectionPeriodDays() == null
                        ? "–"
                        : agreement.agreement().subprocessorTerms().objectionPeriodDays()));
        TextField document = new TextField(getTranslation("notice.document"));
        LocationEditor locations = new LocationEditor(getTranslation("subprocessor.locations"));
        locations.setValue(List.of());
        FormLayout form =
                new FormLayout(received, effective, organisation, replaces, noticeDays, service, document, locations);
        form.setColspan(service, 2);
        form.setColspan(locations, 2);
        add(form);
        Button save = new Button(getTranslation("action.save"), click -> {
            if (!organisation.checkPicked()) {
                return;
            }
            try {
                notices.record(new ChangeNotice(
                        null,
                        0,
                        agreement.agreement().id(),
                        received.getValue(),
                        effective.getValue(),
                        organisation.value().id(),
                        null,
                        replaces.isEmpty() ? null : replaces.getValue().id(),
                        service.getValue(),
                        noticeDays.getValue(),
                        document.getValue(),
                        locations.getValue(),
                        NoticeStatus.OPEN,
                        null,
                        null));
                close();
                Notifications.success(this, "notice.saved", organisation.value().name());
                saved.run();
            } catch (InvalidInputException refused) {
                Notifications.refused(this, refused);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("notice-save");
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
        setWidth("64rem");
    }
}
