package org.dpatracker.core.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.converter.Converter;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.dpatracker.core.InvalidInputException;
import org.dpatracker.core.Strings;

/**
 * A form over a record of what the user enters ({@code E}): each field is bound by a Binder to the
 * record component of the same name, so that reading the form checks every field and builds the
 * record in one step, and a problem the service names by that name is shown at that field.
 *
 * @param <E> the entered values, one record component per bound field
 */
public abstract class EntryForm<E extends Record> extends FormLayout {

    private final Binder<E> binder;
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final FormMessage message = new FormMessage();

    protected EntryForm(Class<E> type) {
        binder = new Binder<>(type);
        add(message);
        setColspan(message, 2);
    }

    /**
     * Starts binding {@code field} to the component {@code property} (finish with {@code bind(property)});
     * a problem the service names so is shown at the field.
     */
    protected <V> Binder.BindingBuilder<E, V> field(String property, HasValue<?, V> field) {
        if (field instanceof HasValidation validated) {
            fields.put(property, validated);
        }
        return binder.forField(field);
    }

    /** Binds {@code field} to the component {@code property} as it is. */
    protected <V> void bind(String property, HasValue<?, V> field) {
        field(property, field).bind(property);
    }

    /** Binds a text field whose blank or padded input is entered as null or trimmed. */
    protected void text(String property, HasValue<?, String> field) {
        trimmed(property, field).bind(property);
    }

    /** Starts binding a text field as {@link #text} does, for validators to follow; finish with {@code bind(property)}. */
    protected Binder.BindingBuilder<E, String> trimmed(String property, HasValue<?, String> field) {
        return field(property, field).withConverter(Strings::trimmedOrNull, value -> value == null ? "" : value);
    }

    /** Binds a date and time picker to an instant, read and shown in the user's time zone. */
    protected void instant(String property, HasValue<?, LocalDateTime> field) {
        field(property, field)
                .withConverter(Converter.from(local -> Result.ok(ClientTime.toInstant(local)), ClientTime::toLocal))
                .bind(property);
    }

    /** A problem the service names {@code problemField} is shown at {@code field} too. */
    protected void showAt(String problemField, HasValidation field) {
        fields.put(problemField, field);
    }

    /** Fills the fields with {@code values}. */
    protected void load(E values) {
        binder.readRecord(values);
    }

    /** What the user entered, or empty while a field is invalid (the field then says why). */
    protected Optional<E> entered() {
        try {
            return Optional.of(binder.writeRecord());
        } catch (ValidationException invalid) {
            return Optional.empty();
        }
    }

    /**
     * Puts each problem of a refusal at the field it names.
     *
     * @return the messages of the problems that name no field of this form
     */
    public List<String> show(InvalidInputException refused) {
        return FieldProblems.show(this, fields, refused);
    }

    /**
     * Runs the save the user asked for with this form's input and returns what was saved. When the service
     * refuses the input, each problem is shown at its field (by the field name the service names), problems
     * without a field on this form and other refusals (a stale version, missing rights) in the message at the
     * top of the form; nothing is changed.
     */
    public <T> Optional<T> save(Supplier<T> change, String successKey, Object... arguments) {
        return message.attempt(change, fields, successKey, arguments);
    }

    /** The message at the top of this form, for what the service refused without naming a field of it. */
    public FormMessage message() {
        return message;
    }

    /** The fields that show a service's problems, by the name the service gives them. */
    public Map<String, HasValidation> problemFields() {
        return fields;
    }
}
