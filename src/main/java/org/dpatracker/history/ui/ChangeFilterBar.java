package org.dpatracker.history.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import org.dpatracker.core.ui.ClientTime;
import org.dpatracker.core.ui.SearchField;
import org.dpatracker.history.ChangeFilter;
import org.dpatracker.history.ChangeHistoryService;
import org.dpatracker.history.ChangeText;

/** Which entries to list: kind of entity, user, days from and to, and any text; all combined. */
class ChangeFilterBar extends FlexLayout {

    private final ComboBox<String> entity = new ComboBox<>();
    private final ComboBox<String> user = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final SearchField search;

    ChangeFilterBar(ChangeHistoryService history, Runnable onChange) {
        ChangeText text = HistoryTexts.current();
        search = new SearchField(onChange);
        entity.setLabel(getTranslation("history.entity"));
        entity.setItems(history.entities());
        entity.setItemLabelGenerator(text::entity);
        user.setLabel(getTranslation("history.user"));
        user.setItems(history.users());
        from.setLabel(getTranslation("history.from"));
        to.setLabel(getTranslation("history.to"));
        from.addValueChangeListener(change -> to.setMin(change.getValue()));
        to.addValueChangeListener(change -> from.setMax(change.getValue()));
        entity.setClearButtonVisible(true);
        user.setClearButtonVisible(true);
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        entity.addValueChangeListener(change -> onChange.run());
        user.addValueChangeListener(change -> onChange.run());
        from.addValueChangeListener(change -> onChange.run());
        to.addValueChangeListener(change -> onChange.run());
        setFlexWrap(FlexWrap.WRAP);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        addClassName("gap-m");
        add(entity, user, from, to, search);
    }

    ChangeFilter filter() {
        boolean daysInOrder = from.getValue() == null
                || to.getValue() == null
                || !to.getValue().isBefore(from.getValue());
        return new ChangeFilter(
                entity.getValue(),
                null,
                search.getValue(),
                user.getValue(),
                daysInOrder ? from.getValue() : null,
                daysInOrder ? to.getValue() : null,
                ClientTime.zone());
    }
}
