package org.dpatracker.history.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dpatracker.core.ui.SearchField;
import org.dpatracker.history.ChangeEntry;
import org.dpatracker.organisation.OrganisationService;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.support.AgreementBuilder;
import org.dpatracker.support.BrowserlessTest;
import org.dpatracker.support.H2Test;
import org.dpatracker.support.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * An auditor looks for the changes a data protection officer made today to one new processor: the
 * list narrows by kind of entity, by user and by days, and the filters combine.
 */
@H2Test
class ChangeHistoryFiltersTest extends BrowserlessTest {

    @Autowired
    AgreementService agreements;

    @Autowired
    OrganisationService organisations;

    @Autowired
    UserDetailsService directory;

    private final String marker = "Filterprobe " + System.nanoTime();

    @BeforeEach
    void editAProcessorAndItsAgreement() {
        SignedIn.as(
                directory,
                "dpo",
                () -> AgreementBuilder.agreement(agreements, organisations)
                        .vendor(marker, "DE")
                        .subjectMatter(marker + " hosting")
                        .save());
        login("auditor");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate(ChangeHistoryView.class);
        _setValue(_get(SearchField.class), marker);
    }

    @Test
    void narrowsByKindOfEntity() {
        assertThat(entities()).containsExactlyInAnyOrder("Organisation", "Agreement");
        _setValue(combo("Record"), "agreement");
        assertThat(entities()).containsExactly("Agreement");
        _setValue(combo("Record"), "organisation");
        assertThat(entities()).containsExactly("Organisation");
    }

    @Test
    void narrowsByUser() {
        _setValue(combo("By"), "dpo");
        assertThat(entities()).hasSize(2);
        _setValue(combo("By"), "admin");
        assertThat(entities()).isEmpty();
    }

    @Test
    void narrowsByDays() {
        LocalDate today = LocalDate.now();
        _setValue(day("From"), today.minusDays(1));
        _setValue(day("To"), today.plusDays(1));
        assertThat(entities()).hasSize(2);
        _setValue(day("From"), today.minusDays(10));
        _setValue(day("To"), today.minusDays(2));
        assertThat(entities()).isEmpty();
        _setValue(day("To"), null);
        _setValue(day("From"), today.plusDays(2));
        assertThat(entities()).isEmpty();
    }

    @Test
    void combinesTheFilters() {
        _setValue(combo("Record"), "agreement");
        _setValue(combo("By"), "dpo");
        _setValue(day("From"), LocalDate.now().minusDays(1));
        assertThat(entities()).containsExactly("Agreement");
        _setValue(combo("By"), "admin");
        assertThat(entities()).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private ComboBox<String> combo(String label) {
        return _get(ComboBox.class, spec -> spec.withLabel(label));
    }

    private DatePicker day(String label) {
        return _get(DatePicker.class, spec -> spec.withLabel(label));
    }

    /** The kinds of entity of the listed rows, in the order shown. */
    private List<String> entities() {
        @SuppressWarnings("unchecked")
        Grid<ChangeEntry> grid = _get(Grid.class);
        List<String> kinds = new ArrayList<>();
        for (int row = 0; row < GridKt._size(grid); row++) {
            String entity = GridKt._getFormattedRow(grid, row).get(3);
            kinds.add(entity.substring(0, entity.lastIndexOf(' ')));
        }
        return kinds;
    }
}
