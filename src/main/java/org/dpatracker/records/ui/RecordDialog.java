package org.dpatracker.records.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.dpatracker.core.ui.Fields;
import org.dpatracker.core.ui.FormDialog;
import org.dpatracker.organisation.Organisation;
import org.dpatracker.organisation.OrganisationService;
import org.dpatracker.processor.AgreementRow;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.processor.SpecialCategory;
import org.dpatracker.processor.ui.AgreementPicker;
import org.dpatracker.records.Art9Condition;
import org.dpatracker.records.DpiaNeed;
import org.dpatracker.records.LegalBasis;
import org.dpatracker.records.ProcessingActivity;
import org.dpatracker.records.RecordRole;
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
        List<Organisation> all = organisations.findAll(null);
        RadioButtonGroup<RecordRole> role = new RadioButtonGroup<>(getTranslation("record.role"));
        role.setItems(RecordRole.values());
        role.setItemLabelGenerator(r -> getTranslation("record.role." + r.name()));
        role.setValue(activity == null ? RecordRole.CONTROLLER : activity.role());
        TextField name = text("record.activity", activity == null ? null : activity.name());
        name.setId("record-name");
        ComboBox<Organisation> controller = new ComboBox<>(
                getTranslation("record.controller"),
                all.stream().filter(Organisation::ownCompany).toList());
        controller.setItemLabelGenerator(Organisation::name);
        controller.setId("record-controller");
        ComboBox<Organisation> served = new ComboBox<>(getTranslation("record.served-controller"), all);
        served.setItemLabelGenerator(Organisation::name);
        served.setClearButtonVisible(true);
        served.setVisible(role.getValue() == RecordRole.PROCESSOR);
        role.addValueChangeListener(change -> served.setVisible(change.getValue() == RecordRole.PROCESSOR));
        TextField joint = text("record.joint-controllers", activity == null ? null : activity.jointControllers());
        TextField representative = text("record.representative", activity == null ? null : activity.representative());
        TextArea purposes = area("record.purposes", activity == null ? null : activity.purposes());
        purposes.setId("record-purposes");
        CheckboxGroup<LegalBasis> bases =
                new CheckboxGroup<>(getTranslation("record.legal-bases"), LegalBasis.values());
        bases.setItemLabelGenerator(b -> getTranslation("legal-basis." + b.name()));
        bases.setId("record-legal-bases");
        TextField basisNote = text("record.legal-basis-note", activity == null ? null : activity.legalBasisNote());
        MultiSelectComboBox<SpecialCategory> special =
                new MultiSelectComboBox<>(getTranslation("record.special-categories"), SpecialCategory.values());
        special.setItemLabelGenerator(c -> getTranslation("special." + c.name()));
        MultiSelectComboBox<Art9Condition> art9 =
                new MultiSelectComboBox<>(getTranslation("record.art9"), Art9Condition.values());
        art9.setItemLabelGenerator(c -> getTranslation("art9." + c.name()));
        TextArea subjects = area("record.data-subjects", activity == null ? null : activity.dataSubjects());
        subjects.setId("record-data-subjects");
        TextArea data = area("record.personal-data", activity == null ? null : activity.personalData());
        data.setId("record-personal-data");
        MultiSelectComboBox<AgreementRow> linked =
                AgreementPicker.multiple(agreements, getTranslation("record.linked-agreements"));
        linked.setHelperText(getTranslation("record.linked-help"));
        linked.setId("record-agreements");
        TextArea others = area("record.other-recipients", activity == null ? null : activity.otherRecipients());
        TextArea art49 = area("record.art49", activity == null ? null : activity.art49Documentation());
        TextArea erasure = area("record.erasure", activity == null ? null : activity.erasure());
        TextArea security = area("record.security", activity == null ? null : activity.security());
        ComboBox<DpiaNeed> dpia = new ComboBox<>(getTranslation("record.dpia"), DpiaNeed.values());
        dpia.setItemLabelGenerator(d -> getTranslation("record.dpia." + d.name()));
        dpia.setClearButtonVisible(true);
        TextField dpiaReference = text("record.dpia-reference", activity == null ? null : activity.dpiaReference());
        TextField department = text("record.department", activity == null ? null : activity.department());
        department.setId("record-department");
        DatePicker review =
                new DatePicker(getTranslation("record.review-due"), activity == null ? null : activity.reviewDue());
        TextField source = text("record.source", activity == null ? null : activity.source());
        if (activity != null) {
            all.stream()
                    .filter(o -> o.id() == activity.controllerId())
                    .findFirst()
                    .ifPresent(controller::setValue);
            all.stream()
                    .filter(o -> Objects.equals(o.id(), activity.servedControllerId()))
                    .findFirst()
                    .ifPresent(served::setValue);
            bases.setValue(activity.legalBases());
            special.setValue(activity.specialCategories());
            art9.setValue(activity.art9Conditions());
            linked.setValue(agreements.rows(activity.agreementIds()));
            dpia.setValue(activity.dpia());
        }
        FormLayout form = new FormLayout(
                role,
                name,
                controller,
                served,
                joint,
                representative,
                purposes,
                bases,
                basisNote,
                special,
                art9,
                subjects,
                data,
                linked,
                others,
                art49,
                erasure,
                security,
                dpia,
                dpiaReference,
                department,
                review,
                source);
        form.getChildren()
                .filter(c -> c instanceof TextArea || c == bases || c == linked)
                .forEach(c -> form.setColspan(c, 2));
        add(form);
        Button save = new Button(getTranslation("action.save"), click -> {
            ProcessingActivity input = new ProcessingActivity(
                    activity == null ? null : activity.id(),
                    activity == null ? 0 : activity.version(),
                    role.getValue(),
                    name.getValue(),
                    controller.getValue() == null ? -1 : controller.getValue().id(),
                    role.getValue() == RecordRole.PROCESSOR && served.getValue() != null
                            ? served.getValue().id()
                            : null,
                    joint.getValue(),
                    representative.getValue(),
                    purposes.getValue(),
                    bases.getValue(),
                    basisNote.getValue(),
                    art9.getValue(),
                    special.getValue(),
                    subjects.getValue(),
                    data.getValue(),
                    others.getValue(),
                    linked.getValue().stream().map(AgreementRow::id).toList(),
                    art49.getValue(),
                    erasure.getValue(),
                    security.getValue(),
                    dpia.getValue(),
                    dpiaReference.getValue(),
                    department.getValue(),
                    review.getValue(),
                    null,
                    null,
                    null,
                    source.getValue());
            save(
                            () -> records.save(input),
                            Map.of(
                                    "name", name,
                                    "controllerId", controller,
                                    "role", role,
                                    "purposes", purposes,
                                    "dataSubjects", subjects,
                                    "personalData", data,
                                    "agreementIds", linked),
                            "record.saved",
                            name.getValue())
                    .ifPresent(result -> {
                        close();
                        saved.accept(result);
                    });
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("record-save");
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
        setWidth("60rem");
    }

    private TextField text(String key, String value) {
        return Fields.text(getTranslation(key), value);
    }

    private TextArea area(String key, String value) {
        return Fields.area(getTranslation(key), value);
    }
}
