package org.dpatracker.retention.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.dpatracker.core.PeriodUnit;
import org.dpatracker.core.ui.DateField;
import org.dpatracker.core.ui.EntryForm;
import org.dpatracker.core.ui.PeriodField;
import org.dpatracker.retention.RetentionPreset;
import org.dpatracker.retention.RetentionRule;
import org.dpatracker.retention.RetentionTrigger;

/**
 * The fields of a retention rule; periods are a number and a unit (10 years, 30 days), and a preset fills
 * the usual ones. Public, as are its entered values, for the Binder to read and build them.
 */
public class RetentionRuleForm extends EntryForm<RetentionRuleForm.Entered> {

    /** What the user enters for a rule. */
    public record Entered(
            String dataCategory,
            String source,
            Period period,
            RetentionTrigger trigger,
            String customEvent,
            LocalDate triggerDate,
            Period backupPeriod,
            String criteria,
            boolean legalHold,
            String legalHoldReason) {

        static Entered of(RetentionRule rule) {
            return rule == null
                    ? new Entered(
                            null, null, null, RetentionTrigger.END_OF_CONTRACT, null, null, null, null, false, null)
                    : new Entered(
                            rule.dataCategory(),
                            rule.source(),
                            rule.period(),
                            rule.trigger(),
                            rule.customEvent(),
                            rule.triggerDate(),
                            rule.backupPeriod(),
                            rule.criteria(),
                            rule.legalHold(),
                            rule.legalHoldReason());
        }
    }

    private final RetentionRule original;
    private final long agreementId;

    /** Edits {@code original}, or a new rule of the agreement when it is null. */
    RetentionRuleForm(long agreementId, RetentionRule original) {
        super(Entered.class);
        this.original = original;
        this.agreementId = agreementId;
        ComboBox<RetentionPreset> preset = new ComboBox<>(getTranslation("retention.preset"), RetentionPreset.values());
        preset.setItemLabelGenerator(p -> getTranslation("retention.preset." + p.name()));
        preset.setHelperText(getTranslation("retention.preset-help", RetentionPreset.VERIFIED_ON.toString()));
        preset.setId("retention-preset");
        TextField category = new TextField(getTranslation("retention.category"));
        category.setId("retention-category");
        TextField source = new TextField(getTranslation("retention.source"));
        PeriodField period = new PeriodField(getTranslation("retention.period"), PeriodUnit.YEARS);
        period.setHelperText(getTranslation("retention.period-help"));
        period.setIds("retention-period");
        ComboBox<RetentionTrigger> trigger =
                new ComboBox<>(getTranslation("retention.trigger"), RetentionTrigger.values());
        trigger.setItemLabelGenerator(t -> getTranslation("retention.trigger." + t.name()));
        trigger.setId("retention-trigger");
        TextField customEvent = new TextField(getTranslation("retention.custom-event"));
        DatePicker triggerDate = new DateField(getTranslation("retention.trigger-date"));
        triggerDate.setHelperText(getTranslation("retention.trigger-date-help"));
        triggerDate.setId("retention-trigger-date");
        PeriodField backup = new PeriodField(getTranslation("retention.backup-period"), PeriodUnit.DAYS);
        backup.setIds("retention-backup");
        TextArea criteria = new TextArea(getTranslation("retention.criteria"));
        Checkbox hold = new Checkbox(getTranslation("retention.hold"));
        hold.setId("retention-hold");
        TextField holdReason = new TextField(getTranslation("retention.hold-reason"));
        holdReason.setId("retention-hold-reason");

        text("dataCategory", category);
        text("source", source);
        bind("period", period);
        bind("trigger", trigger);
        text("customEvent", customEvent);
        bind("triggerDate", triggerDate);
        bind("backupPeriod", backup);
        text("criteria", criteria);
        bind("legalHold", hold);
        text("legalHoldReason", holdReason);
        load(Entered.of(original));

        preset.addValueChangeListener(change -> {
            RetentionPreset chosen = change.getValue();
            if (chosen != null) {
                if (category.isEmpty()) {
                    category.setValue(getTranslation("retention.preset." + chosen.name()));
                }
                period.setValue(chosen.period());
                trigger.setValue(chosen.trigger());
                source.setValue(chosen.source());
            }
        });
        add(preset, category, source, period, trigger, customEvent, triggerDate, backup, criteria, hold, holdReason);
        setColspan(preset, 2);
        setColspan(criteria, 2);
    }

    /** The rule as entered, or empty while a field is invalid (the field then says why). */
    Optional<RetentionRule> read() {
        return entered()
                .map(e -> new RetentionRule(
                        original == null ? null : original.id(),
                        original == null ? 0 : original.version(),
                        agreementId,
                        e.dataCategory(),
                        e.period(),
                        e.trigger(),
                        e.customEvent(),
                        e.criteria(),
                        e.triggerDate(),
                        e.backupPeriod(),
                        e.legalHold(),
                        e.legalHoldReason(),
                        e.source()));
    }
}
