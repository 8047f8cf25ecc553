package org.dpatracker.core.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import org.dpatracker.support.BrowserlessTest;
import org.dpatracker.support.H2Test;
import org.junit.jupiter.api.Test;

/** Closing an edit dialog with Escape or a click outside keeps what the user typed unless they discard it. */
@H2Test
class FormDialogTest extends BrowserlessTest {

    private final TextField name = new TextField("Name", "Ubimax", "");
    private final CheckboxGroup<String> contents = new CheckboxGroup<>("Contents", "a", "b");
    private final FormDialog dialog = new FormDialog();

    @Test
    void anUnchangedDialogClosesAtOnce() {
        open();
        pressEscape();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(_find(ConfirmDialog.class)).isEmpty();
    }

    @Test
    void aChangedDialogAsksAndStaysOpenWhenTheUserKeepsEditing() {
        open();
        contents.setValue(Set.of("a"));
        pressEscape();

        assertThat(dialog.isOpened()).isTrue();
        ConfirmDialog confirm = _find(ConfirmDialog.class).getFirst();
        assertThat(confirm.isOpened()).isTrue();
        confirm.close();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(contents.getValue()).containsExactly("a");
    }

    @Test
    void aChangedDialogClosesWhenTheUserDiscards() {
        open();
        name.setValue("Ubimax GmbH");
        pressEscape();

        ComponentUtil.fireEvent(
                _find(ConfirmDialog.class).getFirst(),
                new ConfirmDialog.ConfirmEvent(_find(ConfirmDialog.class).getFirst(), false));
        assertThat(dialog.isOpened()).isFalse();
    }

    @Test
    void aValueChangedBackIsNoChange() {
        open();
        name.setValue("Ubimax GmbH");
        name.setValue("Ubimax");
        assertThat(dialog.hasChanges()).isFalse();
    }

    private void open() {
        dialog.add(name, contents);
        dialog.open();
    }

    private void pressEscape() {
        ComponentUtil.fireEvent(dialog, new Dialog.DialogCloseActionEvent(dialog, true));
    }
}
