package org.dpatracker.core.ui;

import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.HasValidator;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import java.time.Period;
import org.dpatracker.core.PeriodUnit;

/**
 * A period entered as a number and a unit ("10 years", "30 days") instead of ISO 8601 text. Blank is no
 * period. A period no single unit tells (1 month and 15 days, from an import) is kept as it was until the
 * user changes the number or the unit.
 */
public class PeriodField extends CustomField<Period> implements HasValidator<Period> {

    private final IntegerField amount = new IntegerField();
    private final Select<PeriodUnit> unit = new Select<>();
    private Period unchanged;
    private boolean presenting;

    /** A field whose unit starts at {@code usualUnit} until a period is shown. */
    public PeriodField(String label, PeriodUnit usualUnit) {
        setLabel(label);
        amount.setMin(0);
        amount.setAriaLabel(getTranslation("period.amount-of", label));
        amount.setWidth("6em");
        unit.setItems(PeriodUnit.values());
        unit.setItemLabelGenerator(choice -> getTranslation("period.unit." + choice.name()));
        unit.setAriaLabel(getTranslation("period.unit-of", label));
        unit.setValue(usualUnit);
        unit.setWidth("9em");
        amount.addValueChangeListener(change -> edited(change.isFromClient()));
        unit.addValueChangeListener(change -> edited(change.isFromClient()));
        add(amount, unit);
        addClassName("period-field");
    }

    /** Sets the ids of the number and the unit, for tests and labels: {@code id-amount}, {@code id-unit}. */
    public void setIds(String id) {
        setId(id);
        amount.setId(id + "-amount");
        unit.setId(id + "-unit");
    }

    private void edited(boolean byUser) {
        if (presenting) {
            return;
        }
        if (byUser) {
            unchanged = null;
        }
        updateValue();
    }

    @Override
    protected Period generateModelValue() {
        if (unchanged != null) {
            return unchanged;
        }
        Integer number = amount.getValue();
        return number == null || number < 0 || unit.getValue() == null
                ? null
                : unit.getValue().of(number);
    }

    @Override
    protected void setPresentationValue(Period period) {
        presenting = true;
        try {
            show(period);
        } finally {
            presenting = false;
        }
    }

    private void show(Period period) {
        unchanged = null;
        if (period == null) {
            amount.clear();
            return;
        }
        PeriodUnit.split(period)
                .ifPresentOrElse(
                        told -> {
                            amount.setValue(told.amount());
                            unit.setValue(told.unit());
                        },
                        () -> {
                            amount.setValue((int) period.toTotalMonths());
                            unit.setValue(PeriodUnit.MONTHS);
                            unchanged = period;
                        });
    }

    /** Refuses a negative number at the field (the number field takes digits only). */
    @Override
    public Validator<Period> getDefaultValidator() {
        return (value, context) -> amount.getValue() == null || amount.getValue() >= 0
                ? ValidationResult.ok()
                : ValidationResult.error(getTranslation("period.validation.whole"));
    }
}
