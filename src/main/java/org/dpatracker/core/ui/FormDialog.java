package org.dpatracker.core.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.dpatracker.core.ConcurrentEditException;
import org.dpatracker.core.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;

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
        Map<String, HasValidation> fields = form.problemFields();
        fields.values().forEach(field -> field.setInvalid(false));
        try {
            T saved = change.get();
            Notifications.success(this, successKey, arguments);
            return Optional.of(saved);
        } catch (InvalidInputException refused) {
            List<String> elsewhere = form.show(refused);
            if (!elsewhere.isEmpty()) {
                Notifications.error(this, String.join(" ", elsewhere));
            }
        } catch (ConcurrentEditException | AccessDeniedException refused) {
            Notifications.refused(this, refused);
        }
        return Optional.empty();
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
