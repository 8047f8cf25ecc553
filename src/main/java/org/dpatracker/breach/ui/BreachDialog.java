package org.dpatracker.breach.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.dpatracker.breach.Breach;
import org.dpatracker.breach.BreachService;
import org.dpatracker.breach.InformingChannel;
import org.dpatracker.breach.Risk;
import org.dpatracker.breach.SubjectsExemption;
import org.dpatracker.core.ui.ClientTime;
import org.dpatracker.core.ui.Fields;
import org.dpatracker.core.ui.FormDialog;
import org.dpatracker.processor.AgreementRow;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.processor.Subprocessor;
import org.dpatracker.processor.ui.AgreementPicker;

/** Records a breach or edits it: the facts of Art. 33(3), the timeline, the authority notification and the subjects. */
class BreachDialog extends FormDialog {

    BreachDialog(BreachService breaches, AgreementService agreements, Breach breach, Consumer<Breach> saved) {
        setHeaderTitle(getTranslation(breach == null ? "breach.record" : "breach.edit"));
        ComboBox<AgreementRow> agreement = AgreementPicker.single(agreements, getTranslation("breach.agreement"));
        agreement.setId("breach-agreement");
        agreement.setClearButtonVisible(true);
        ComboBox<Subprocessor> subprocessor = new ComboBox<>(getTranslation("breach.subprocessor"));
        subprocessor.setClearButtonVisible(true);
        agreement.addValueChangeListener(change -> {
            subprocessor.clear();
            if (change.getValue() == null) {
                subprocessor.setItems(List.of());
                return;
            }
            var detail = agreements.detail(change.getValue().id()).orElseThrow();
            subprocessor.setItemLabelGenerator(s -> detail.organisationOf(s).name());
            subprocessor.setItems(detail.subprocessors());
        });
        TextField activities = text("breach.activities", breach == null ? null : breach.processingActivities());
        TextArea nature = area("breach.nature", breach == null ? null : breach.nature());
        nature.setId("breach-nature");
        DateTimePicker detected = time("breach.detected-at", breach == null ? null : breach.detectedAt());
        detected.setId("breach-detected");
        DateTimePicker processorNotified =
                time("breach.processor-notified-at", breach == null ? null : breach.processorNotifiedAt());
        processorNotified.setId("breach-processor-notified");
        DateTimePicker aware = time("breach.aware-at", breach == null ? null : breach.awareAt());
        aware.setHelperText(getTranslation("breach.aware-help"));
        aware.setId("breach-aware");
        TextField subjectCategories =
                text("breach.subject-categories", breach == null ? null : breach.subjectCategories());
        TextField subjectCount = text("breach.subject-count", breach == null ? null : breach.subjectCount());
        TextField dataCategories = text("breach.data-categories", breach == null ? null : breach.dataCategories());
        TextField recordCount = text("breach.record-count", breach == null ? null : breach.recordCount());
        TextArea consequences = area("breach.consequences", breach == null ? null : breach.consequences());
        TextArea measures = area("breach.measures", breach == null ? null : breach.measures());
        TextField contactPoint = text("breach.contact-point", breach == null ? null : breach.contactPoint());
        ComboBox<Risk> risk = new ComboBox<>(getTranslation("breach.risk"), Risk.values());
        risk.setItemLabelGenerator(r -> getTranslation("breach.risk." + r.name()));
        risk.setValue(breach == null ? null : breach.risk());
        risk.setId("breach-risk");
        DateTimePicker authorityNotified =
                time("breach.authority-notified-at", breach == null ? null : breach.authorityNotifiedAt());
        authorityNotified.setId("breach-authority-notified");
        TextField authority = text("breach.authority", breach == null ? null : breach.authority());
        authority.setId("breach-authority");
        TextField reference = text("breach.authority-reference", breach == null ? null : breach.authorityReference());
        TextArea delayReasons = area("breach.delay-reasons", breach == null ? null : breach.delayReasons());
        delayReasons.setHelperText(getTranslation("breach.delay-help"));
        delayReasons.setId("breach-delay-reasons");
        DateTimePicker subjectsInformed =
                time("breach.subjects-informed-at", breach == null ? null : breach.subjectsInformedAt());
        ComboBox<InformingChannel> informedVia =
                new ComboBox<>(getTranslation("breach.informed-via"), InformingChannel.values());
        informedVia.setItemLabelGenerator(c -> getTranslation("breach.informed-via." + c.name()));
        informedVia.setValue(
                breach == null || breach.subjectsInformedVia() == null
                        ? InformingChannel.DIRECT
                        : breach.subjectsInformedVia());
        informedVia.setId("breach-informed-via");
        ComboBox<SubjectsExemption> exemption =
                new ComboBox<>(getTranslation("breach.exemption"), SubjectsExemption.values());
        exemption.setItemLabelGenerator(e -> getTranslation("breach.exemption." + e.name()));
        exemption.setValue(breach == null ? null : breach.subjectsExemption());
        exemption.setClearButtonVisible(true);
        DatePicker closed =
                new DatePicker(getTranslation("breach.closed-on"), breach == null ? null : breach.closedOn());
        if (breach != null && breach.agreementId() != null) {
            agreements.rows(List.of(breach.agreementId())).stream().findFirst().ifPresent(agreement::setValue);
            subprocessor
                    .getListDataView()
                    .getItems()
                    .filter(s -> Objects.equals(s.id(), breach.subprocessorId()))
                    .findFirst()
                    .ifPresent(subprocessor::setValue);
        }
        FormLayout form = new FormLayout(
                agreement,
                subprocessor,
                activities,
                contactPoint,
                nature,
                new H4(getTranslation("breach.timeline")),
                detected,
                processorNotified,
                aware,
                risk,
                new H4(getTranslation("breach.extent")),
                subjectCategories,
                subjectCount,
                dataCategories,
                recordCount,
                consequences,
                measures,
                new H4(getTranslation("breach.notifications")),
                authorityNotified,
                authority,
                reference,
                delayReasons,
                subjectsInformed,
                informedVia,
                exemption,
                closed);
        form.getChildren().filter(c -> c instanceof TextArea || c instanceof H4).forEach(c -> form.setColspan(c, 2));
        add(form);
        Button save = new Button(getTranslation("action.save"), click -> {
            Breach input = new Breach(
                    breach == null ? null : breach.id(),
                    breach == null ? 0 : breach.version(),
                    agreement.getValue() == null ? null : agreement.getValue().id(),
                    subprocessor.getValue() == null
                            ? null
                            : subprocessor.getValue().id(),
                    activities.getValue(),
                    nature.getValue(),
                    ClientTime.toInstant(detected.getValue()),
                    ClientTime.toInstant(processorNotified.getValue()),
                    ClientTime.toInstant(aware.getValue()),
                    subjectCategories.getValue(),
                    subjectCount.getValue(),
                    dataCategories.getValue(),
                    recordCount.getValue(),
                    consequences.getValue(),
                    measures.getValue(),
                    contactPoint.getValue(),
                    risk.getValue(),
                    ClientTime.toInstant(authorityNotified.getValue()),
                    authority.getValue(),
                    reference.getValue(),
                    delayReasons.getValue(),
                    ClientTime.toInstant(subjectsInformed.getValue()),
                    exemption.getValue(),
                    closed.getValue(),
                    List.of(),
                    subjectsInformed.getValue() == null ? null : informedVia.getValue());
            save(
                            () -> breaches.save(input),
                            Map.of(
                                    "agreementId", agreement,
                                    "nature", nature,
                                    "detectedAt", detected,
                                    "processorNotifiedAt", processorNotified,
                                    "awareAt", aware,
                                    "authorityNotifiedAt", authorityNotified,
                                    "delayReasons", delayReasons,
                                    "subjectsInformedAt", subjectsInformed),
                            "breach.saved")
                    .ifPresent(result -> {
                        close();
                        saved.accept(result);
                    });
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("breach-save");
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
        setWidth("56rem");
    }

    private TextField text(String key, String value) {
        return Fields.text(getTranslation(key), value);
    }

    private TextArea area(String key, String value) {
        return Fields.area(getTranslation(key), value);
    }

    private DateTimePicker time(String key, java.time.Instant value) {
        DateTimePicker field = new DateTimePicker(getTranslation(key));
        field.setValue(ClientTime.toLocal(value));
        return field;
    }
}
