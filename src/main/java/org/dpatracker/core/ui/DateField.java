package org.dpatracker.core.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.dpatracker.core.Dates;

/**
 * Every date field of the application: it shows dates in the user's language's one format ({@link Dates}),
 * reads what is typed in that format and in ISO 8601, and shows the expected format as its placeholder, so a
 * German user may type 31.03.2027, 31.3.2027, 31.03.27 or 2027-03-31.
 */
public class DateField extends DatePicker {

    public DateField() {
        configure();
        addAttachListener(attach -> configure());
    }

    public DateField(String label) {
        this();
        setLabel(label);
    }

    public DateField(String label, LocalDate initial) {
        this(label);
        setValue(initial);
    }

    private void configure() {
        Locale locale = getLocale();
        setLocale(SupportedLocales.closest(locale));
        List<String> accepted = Dates.accepted(locale);
        String placeholder = getTranslation("date.placeholder");
        setI18n(new DatePickerI18n()
                .setDateFormats(
                        accepted.getFirst(),
                        accepted.subList(1, accepted.size()).toArray(String[]::new))
                .setBadInputErrorMessage(getTranslation("date.bad-input", placeholder)));
        setPlaceholder(placeholder);
    }
}
