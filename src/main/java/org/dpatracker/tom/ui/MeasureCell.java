package org.dpatracker.tom.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.function.Consumer;
import org.dpatracker.tom.TomChecklistService;
import org.dpatracker.tom.TomEntry;

/**
 * One party's entry for one measure, edited where it stands: the edit button turns the cell into the
 * status and description fields; a save changes this cell only, so the page keeps its place.
 */
class MeasureCell extends Div {

    private final transient TomChecklistService checklists;
    private final String measureName;
    private final boolean editable;
    private final transient Consumer<TomEntry> saved;
    private transient TomEntry entry;
    private transient Runnable next = () -> {};

    MeasureCell(
            TomChecklistService checklists,
            TomEntry entry,
            String measureName,
            boolean editable,
            Consumer<TomEntry> saved) {
        this.checklists = checklists;
        this.entry = entry;
        this.measureName = measureName;
        this.editable = editable;
        this.saved = saved;
        addClassName("measure-cell");
        getElement().setAttribute("data-entry", String.valueOf(entry.id()));
        show(entry);
    }

    TomEntry entry() {
        return entry;
    }

    /** Where "save and next" moves on to. */
    void setNext(Runnable next) {
        this.next = next;
    }

    /** Shows {@code stored} for reading, with the button that edits it. */
    void show(TomEntry stored) {
        entry = stored;
        removeAll();
        add(new MeasureEntryView(stored));
        if (editable) {
            Button edit = new Button(VaadinIcon.EDIT.create(), click -> edit());
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            edit.getElement().setAttribute("aria-label", getTranslation("tom.edit", measureName));
            edit.addClassName("measure-edit");
            add(edit);
        }
    }

    /** Turns the cell into its fields, the status focused. */
    void edit() {
        removeAll();
        MeasureEntryEditor editor = new MeasureEntryEditor(entry);
        Button save = new Button(getTranslation("action.save"), click -> save(editor, false));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        save.addClassName("measure-row-save");
        Button saveAndNext = new Button(getTranslation("checklist.save-next"), click -> save(editor, true));
        saveAndNext.addThemeVariants(ButtonVariant.LUMO_SMALL);
        saveAndNext.addClassName("measure-row-next");
        Button cancel = new Button(getTranslation("action.cancel"), click -> show(entry));
        cancel.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        Button more = new Button(
                getTranslation("tom.more-details"),
                click -> new TomEntryDialog(checklists, entry, measureName, this::stored).open());
        more.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        Div actions = new Div(save, saveAndNext, cancel, more);
        actions.addClassName("checklist-row-actions");
        add(editor, actions);
        editor.focusStatus();
    }

    private void save(MeasureEntryEditor editor, boolean thenNext) {
        editor.read()
                .flatMap(input -> editor.save(() -> checklists.saveEntry(input), "tom.saved", measureName))
                .ifPresent(stored -> {
                    stored(stored);
                    if (thenNext) {
                        next.run();
                    }
                });
    }

    private void stored(TomEntry stored) {
        show(stored);
        saved.accept(stored);
    }
}
