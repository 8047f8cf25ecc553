package org.dpatracker.retention.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.dpatracker.core.ui.Fields;
import org.dpatracker.core.ui.FormDialog;
import org.dpatracker.core.ui.Notifications;
import org.dpatracker.retention.RetentionPreset;
import org.dpatracker.retention.RetentionRule;
import org.dpatracker.retention.RetentionSchedule;
import org.dpatracker.retention.RetentionService;
import org.dpatracker.retention.RetentionTrigger;

/** Adds a retention rule ({@code rule} null) or edits one; periods are ISO-8601 (P30D, P3M, P10Y). */
class RetentionRuleDialog extends FormDialog {

    RetentionRuleDialog(RetentionService retention, long agreementId, RetentionRule rule, Runnable saved) {
        setHeaderTitle(getTranslation(rule == null ? "retention.add" : "retention.edit"));
        TextField category = field("retention.category", rule == null ? null : rule.dataCategory());
        category.setId("retention-category");
        TextField period = field(
                "retention.period",
                rule == null || rule.period() == null ? null : rule.period().toString());
        period.setHelperText(getTranslation("retention.period-help"));
        period.setId("retention-period");
        ComboBox<RetentionTrigger> trigger =
                new ComboBox<>(getTranslation("retention.trigger"), RetentionTrigger.values());
        trigger.setItemLabelGenerator(t -> getTranslation("retention.trigger." + t.name()));
        trigger.setValue(rule == null ? RetentionTrigger.END_OF_CONTRACT : rule.trigger());
        trigger.setId("retention-trigger");
        TextField customEvent = field("retention.custom-event", rule == null ? null : rule.customEvent());
        DatePicker triggerDate =
                new DatePicker(getTranslation("retention.trigger-date"), rule == null ? null : rule.triggerDate());
        triggerDate.setHelperText(getTranslation("retention.trigger-date-help"));
        triggerDate.setId("retention-trigger-date");
        TextField backup = field(
                "retention.backup-period",
                rule == null || rule.backupPeriod() == null
                        ? null
                        : rule.backupPeriod().toString());
        TextArea criteria = new TextArea(getTranslation("retention.criteria"));
        criteria.setValue(rule == null || rule.criteria() == null ? "" : rule.criteria());
        Checkbox hold = new Checkbox(getTranslation("retention.hold"), rule != null && rule.legalHold());
        hold.setId("retention-hold");
        TextField holdReason = field("retention.hold-reason", rule == null ? null : rule.legalHoldReason());
        holdReason.setId("retention-hold-reason");
        TextField source = field("retention.source", rule == null ? null : rule.source());
        ComboBox<RetentionPreset> preset = new ComboBox<>(getTranslation("retention.preset"), RetentionPreset.values());
        preset.setItemLabelGenerator(p -> getTranslation("retention.preset." + p.name()));
        preset.setHelperText(getTranslation("retention.preset-help", RetentionPreset.VERIFIED_ON.toString()));
        preset.setId("retention-preset");
        preset.addValueChangeListener(change -> {
            RetentionPreset chosen = change.getValue();
            if (chosen != null) {
                if (category.isEmpty()) {
                    category.setValue(getTranslation("retention.preset." + chosen.name()));
                }
                period.setValue(chosen.period().toString());
                trigger.setValue(chosen.trigger());
                source.setValue(chosen.source());
            }
        });
        FormLayout form = new FormLayout(
                preset,
                category,
                source,
                period,
                trigger,
                customEvent,
                triggerDate,
                backup,
                criteria,
                hold,
                holdReason);
        form.setColspan(preset, 2);
        form.setColspan(criteria, 2);
        add(form);
        Button save = new Button(getTranslation("action.save"), click -> {
            Period parsedPeriod;
            Period parsedBackup;
            backup.setInvalid(false);
            try {
                parsedPeriod = parsed(period);
                parsedBackup = parsed(backup);
            } catch (DateTimeParseException markedAtItsField) {
                return;
            }
            if (save(
                            () -> retention.saveRule(new RetentionRule(
                                    rule == null ? null : rule.id(),
                                    rule == null ? 0 : rule.version(),
                                    agreementId,
                                    category.getValue(),
                                    parsedPeriod,
                                    trigger.getValue(),
                                    customEvent.getValue(),
                                    criteria.getValue(),
                                    triggerDate.getValue(),
                                    parsedBackup,
                                    hold.getValue(),
                                    holdReason.getValue(),
                                    source.getValue())),
                            Map.of(
                                    "dataCategory", category,
                                    "period", period,
                                    "trigger", trigger,
                                    "backupPeriod", backup,
                                    "customEvent", customEvent,
                                    "legalHoldReason", holdReason,
                                    "source", source),
                            "retention.saved",
                            category.getValue())
                    .isPresent()) {
                close();
                saved.run();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("retention-save");
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
        if (rule != null) {
            Button remove = new Button(getTranslation("action.remove"), click -> {
                if (Notifications.attempt(
                        this,
                        () -> retention.removeRule(rule.id(), rule.version()),
                        "retention.removed",
                        rule.dataCategory())) {
                    close();
                    saved.run();
                }
            });
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
            getFooter().addComponentAsFirst(remove);
        }
        setWidth("48rem");
    }

    /** The period the field holds (null when blank); a period not in ISO 8601 is marked at the field. */
    private Period parsed(TextField field) {
        field.setInvalid(false);
        try {
            return RetentionSchedule.parse(field.getValue());
        } catch (DateTimeParseException notIso) {
            field.setErrorMessage(getTranslation("retention.validation.period-format"));
            field.setInvalid(true);
            throw notIso;
        }
    }

    private TextField field(String key, String value) {
        return Fields.text(getTranslation(key), value);
    }
}
