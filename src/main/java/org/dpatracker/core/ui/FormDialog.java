package org.dpatracker.core.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A dialog that edits something. Two guards keep what the user typed:
 * <ul>
 * <li>Closing it with Escape or a click outside, after a field changed, asks before the input is
 * discarded (the cancel button closes at once: the user chose it).</li>
 * <li>Its primary (save) button does nothing but show an error while a Vaadin component in the
 * page is not defined in the browser: such a field shows what the user enters but never sends it
 * to the server, so saving would store an empty value as if it had been entered.</li>
 * </ul>
 */
public class FormDialog extends Dialog {

    /**
     * Installed once per page: a click on a dialog's primary button, while some vaadin-* element
     * is not upgraded, is stopped before it reaches the button and reported to the dialog.
     */
    private static final String GUARD = """
            if (!window.__dpaFormGuard) {
              window.__dpaFormGuard = true;
              const plain = ['vaadin-grid-cell-content', 'vaadin-dialog-content'];
              document.addEventListener('click', event => {
                const path = event.composedPath();
                const button = path.find(n => n.localName === 'vaadin-button');
                if (!button || !(button.getAttribute('theme') || '').split(' ').includes('primary')) return;
                const holder = path.find(n => n.localName === 'vaadin-dialog' || n.localName === \
                'vaadin-dialog-overlay');
                const dialog = holder && (holder.localName === 'vaadin-dialog' ? holder : holder.owner);
                if (!dialog) return;
                const missing = [...new Set([...document.querySelectorAll('*')].map(e => e.localName)
                    .filter(t => t.startsWith('vaadin-') && !plain.includes(t) && !customElements.get(t)))];
                if (missing.length > 0) {
                  event.stopImmediatePropagation();
                  event.preventDefault();
                  dialog.dispatchEvent(new CustomEvent('form-incomplete', {detail: missing.join(', ')}));
                }
              }, true);
            }""";

    private final Map<HasValue<?, ?>, Object> opened = new IdentityHashMap<>();

    public FormDialog() {
        addAttachListener(attach -> getElement().executeJs(GUARD));
        getElement()
                .addEventListener(
                        "form-incomplete",
                        event -> Notifications.error(
                                this,
                                getTranslation(
                                        "form.incomplete",
                                        event.getEventData().get("event.detail").asString())))
                .addEventData("event.detail");
        addOpenedChangeListener(change -> {
            if (change.isOpened()) {
                opened.clear();
                fields().forEach(field -> opened.put(field, field.getValue()));
            }
        });
        addDialogCloseActionListener(close -> {
            if (hasChanges()) {
                confirmDiscard();
            } else {
                close();
            }
        });
    }

    /** Whether a field now holds another value than when the dialog opened, or was added or removed since. */
    public boolean hasChanges() {
        List<HasValue<?, ?>> now = fields();
        if (now.size() != opened.size()) {
            return true;
        }
        return now.stream()
                .anyMatch(field -> !opened.containsKey(field) || !Objects.equals(opened.get(field), field.getValue()));
    }

    private void confirmDiscard() {
        ConfirmDialog confirm = new ConfirmDialog(
                getTranslation("form.discard.title"),
                getTranslation("form.discard.text"),
                getTranslation("form.discard.confirm"),
                discard -> close());
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("form.discard.keep"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.setId("discard-changes");
        confirm.open();
    }

    /**
     * Runs the save the user asked for with the input of {@code form} and returns what was saved. When the
     * service refuses the input, each problem is shown at its field (by the field name the service names),
     * problems without a field on this form and other refusals (a stale version, missing rights) in a
     * notification; nothing is changed and the dialog stays open.
     */
    protected <T> Optional<T> save(Supplier<T> change, EntryForm<?> form, String successKey, Object... arguments) {
        return form.save(change, successKey, arguments);
    }

    /**
     * Adds a cancel button and a primary button labelled {@code labelKey} to the footer; a click reads the input
     * ({@code read} is empty while a field is invalid), saves it as {@link #save} does and, once saved, closes the
     * dialog and hands what was saved to {@code saved}.
     *
     * @return the primary button
     */
    protected <V, T> Button addSaveButton(
            String labelKey,
            String id,
            EntryForm<?> form,
            Supplier<Optional<V>> read,
            Function<V, T> change,
            String successKey,
            Function<V, Object[]> arguments,
            Consumer<T> saved) {
        Button save = new Button(
                getTranslation(labelKey),
                click -> read.get()
                        .flatMap(input -> save(() -> change.apply(input), form, successKey, arguments.apply(input)))
                        .ifPresent(stored -> {
                            close();
                            saved.accept(stored);
                        }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId(id);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
        return save;
    }

    /** Adds a cancel and a save button as the general {@code addSaveButton} does, for a message with one argument. */
    protected <V, T> Button addSaveButton(
            String id,
            EntryForm<?> form,
            Supplier<Optional<V>> read,
            Function<V, T> change,
            String successKey,
            Function<V, ?> argument,
            Consumer<T> saved) {
        return addSaveButton(
                "action.save",
                id,
                form,
                read,
                change,
                successKey,
                input -> new Object[] {argument.apply(input)},
                saved);
    }

    /** Adds a cancel and a save button as the general {@code addSaveButton} does, for a message without arguments. */
    protected <V, T> Button addSaveButton(
            String id,
            EntryForm<?> form,
            Supplier<Optional<V>> read,
            Function<V, T> change,
            String successKey,
            Consumer<T> saved) {
        return addSaveButton("action.save", id, form, read, change, successKey, input -> new Object[0], saved);
    }

    private List<HasValue<?, ?>> fields() {
        List<HasValue<?, ?>> fields = new ArrayList<>();
        getChildren().forEach(child -> collect(child, fields));
        return fields;
    }

    private static void collect(Component component, List<HasValue<?, ?>> fields) {
        if (component instanceof HasValue<?, ?> field && !field.isReadOnly()) {
            fields.add(field);
        }
        component.getChildren().forEach(child -> collect(child, fields));
    }
}
