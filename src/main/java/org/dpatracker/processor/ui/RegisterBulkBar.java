package org.dpatracker.processor.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import org.dpatracker.core.InvalidInputException;
import org.dpatracker.core.ui.Downloads;
import org.dpatracker.core.ui.Notifications;
import org.dpatracker.processor.AgreementRow;
import org.dpatracker.processor.exchange.ExchangeFormat;
import org.dpatracker.processor.exchange.RegisterExchangeService;
import org.dpatracker.responsible.BulkResult;
import org.dpatracker.responsible.ResponsiblePerson;
import org.dpatracker.responsible.ResponsiblePersonService;
import org.dpatracker.responsible.ui.ResponsiblePicker;
import org.dpatracker.security.CurrentUser;
import org.dpatracker.security.Permission;
import org.springframework.security.access.AccessDeniedException;

/** What can be done with the agreements ticked in the register: export them, name one responsible person. */
class RegisterBulkBar extends HorizontalLayout {

    private final Span count = new Span();

    RegisterBulkBar(
            Grid<AgreementRow> grid,
            ResponsiblePersonService responsible,
            RegisterExchangeService exchange,
            Runnable changed) {
        setId("register-bulk");
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        count.setId("register-selected");
        add(count, new Span(getTranslation("bulk.export")));
        for (ExchangeFormat format : ExchangeFormat.values()) {
            add(Downloads.anchor(
                    format.name(),
                    "register-selected." + format.extension(),
                    format.mediaType(),
                    () -> exchange.exportSelected(ids(grid), format)));
        }
        if (CurrentUser.has(Permission.REGISTER_EDIT)) {
            ComboBox<ResponsiblePerson> person =
                    ResponsiblePicker.comboBox(responsible, getTranslation("responsible.person"));
            person.setId("bulk-responsible");
            person.setWidth("18rem");
            Button assign = new Button(getTranslation("bulk.assign"), click -> {
                ResponsiblePerson chosen = person.getValue();
                try {
                    BulkResult result = responsible.assignAll(ids(grid), chosen == null ? null : chosen.id());
                    Notifications.success(this, "bulk.assigned", result.changed(), result.unchanged());
                    changed.run();
                } catch (InvalidInputException | AccessDeniedException refused) {
                    Notifications.refused(this, refused);
                }
            });
            assign.setId("bulk-assign");
            add(person, assign);
        }
        grid.addSelectionListener(
                selection -> show(selection.getAllSelectedItems().size()));
        show(0);
    }

    private void show(int selected) {
        count.setText(getTranslation("bulk.selected", selected));
        setVisible(selected > 0);
    }

    private static List<Long> ids(Grid<AgreementRow> grid) {
        return grid.getSelectedItems().stream().map(AgreementRow::id).toList();
    }
}
