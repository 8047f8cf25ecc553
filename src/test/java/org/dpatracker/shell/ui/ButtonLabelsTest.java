package org.dpatracker.shell.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.processor.RegisterFilter;
import org.dpatracker.processor.ui.AgreementView;
import org.dpatracker.security.SystemAccess;
import org.dpatracker.support.BrowserlessTest;
import org.dpatracker.support.H2Test;
import org.dpatracker.user.ui.UserAdminView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A screen reader lists the buttons of a page by name: each must say what it acts on ("Edit
 * Art. 28(3)(a)", "Edit Axilaris GmbH"), not only "Edit", and an icon-only button must have a name.
 */
@H2Test
class ButtonLabelsTest extends BrowserlessTest {

    private static final Set<String> VAGUE = Set.of("", "Edit", "Bearbeiten", "Password", "Passwort");

    @Autowired
    AgreementService agreements;

    @Test
    void everyButtonOnAnAgreementPageNamesWhatItActsOn() {
        login("dpo");
        UI.getCurrent().navigate(AgreementView.class, agreementOf("Ubimax"));

        List<String> names = accessibleNames();
        assertThat(names).hasSizeGreaterThan(10).noneMatch(VAGUE::contains);
        assertThat(names).contains("Edit Art. 28(3)(a)", "Edit Art. 28(3)(h)");
    }

    @Test
    void theUserListNamesTheUserOfEachButton() {
        login("admin");
        UI.getCurrent().navigate(UserAdminView.class);

        assertThat(accessibleNames()).noneMatch(VAGUE::contains).contains("Edit dpo", "Password for dpo");
    }

    /** The page's buttons, with those a grid draws in its rows, as a screen reader names them. */
    private static List<String> accessibleNames() {
        List<Button> buttons = new ArrayList<>(_find(UI.getCurrent(), Button.class));
        for (Grid<?> grid : _find(UI.getCurrent(), Grid.class)) {
            buttons.addAll(rowButtons(grid));
        }
        return buttons.stream()
                .filter(Button::isVisible)
                .map(button -> button.getAriaLabel().orElse(button.getText()).strip())
                .toList();
    }

    private static <T> List<Button> rowButtons(Grid<T> grid) {
        List<Button> buttons = new ArrayList<>();
        List<T> rows = IntStream.range(0, GridKt._size(grid))
                .mapToObj(index -> GridKt._get(grid, index))
                .toList();
        for (Grid.Column<T> column : grid.getColumns()) {
            if (column.getRenderer() instanceof ComponentRenderer<?, T> renderer) {
                for (T row : rows) {
                    Component cell = renderer.createComponent(row);
                    if (cell instanceof Button button) {
                        buttons.add(button);
                    }
                    buttons.addAll(_find(cell, Button.class));
                }
            }
        }
        return buttons;
    }

    private long agreementOf(String processor) {
        return SystemAccess.call(() -> agreements.findPage(RegisterFilter.text(processor), List.of(), 0, 1))
                .getFirst()
                .id();
    }
}
