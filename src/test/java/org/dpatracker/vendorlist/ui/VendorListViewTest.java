package org.dpatracker.vendorlist.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Locale;
import org.dpatracker.core.ui.Badge;
import org.dpatracker.notice.ChangeNoticeService;
import org.dpatracker.organisation.OrganisationService;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.processor.SubprocessorService;
import org.dpatracker.security.SystemAccess;
import org.dpatracker.support.BrowserlessTest;
import org.dpatracker.support.H2Test;
import org.dpatracker.vendorlist.Difference;
import org.dpatracker.vendorlist.VendorListFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The DPO pastes the vendor's table on the agreement's page and records notices for what is new. */
@H2Test
class VendorListViewTest extends BrowserlessTest {

    @Autowired
    AgreementService agreements;

    @Autowired
    OrganisationService organisations;

    @Autowired
    SubprocessorService subprocessors;

    @Autowired
    ChangeNoticeService notices;

    @Test
    void theDpoPastesTheVendorsTableAndSeesTheAdditionTheRemovalAndTheMove() {
        VendorListFixture fixture = VendorListFixture.create(agreements, organisations, subprocessors);
        login("dpo");
        UI.getCurrent().navigate("agreement/" + fixture.agreementId());

        _setValue(_get(TextArea.class, spec -> spec.withId("vendorlist-text")), fixture.pastedList());
        _click(_get(Button.class, spec -> spec.withId("vendorlist-compare")));

        @SuppressWarnings("unchecked")
        Grid<Difference> grid = _get(Grid.class, spec -> spec.withId("vendorlist-differences"));
        List<Difference> rows = grid.getGenericDataView().getItems().toList();
        assertThat(rows)
                .extracting(Difference::kind)
                .containsExactly(Difference.Kind.ADDED, Difference.Kind.REMOVED, Difference.Kind.LOCATION_CHANGED);
        assertThat(badges(grid, 2)).containsExactly("Location changed");
        assertThat(GridKt._getFormattedRow(grid, 2))
                .as("the countries before and after")
                .contains("Germany → Germany, United States");
        assertThat(badges(grid, 0)).containsExactly("Added", "New organisation");
        assertThat(badges(grid, 1)).containsExactly("Removed");
        assertThat(GridKt._getFormattedRow(grid, 0)).contains(fixture.addedName(), "United States");
        assertThat(_get(GridKt._getCellComponent(grid, 1, "action"), Button.class)
                        .getText())
                .isEqualTo("Show in the sub-processor list");

        _click(_get(Button.class, spec -> spec.withId("vendorlist-record")));

        assertThat(SystemAccess.call(() -> notices.ofAgreement(fixture.agreementId())))
                .singleElement()
                .satisfies(n -> assertThat(n.proposedName()).isEqualTo(fixture.addedName()));
        assertThat(badges(grid, 0)).containsExactly("Added", "Notice recorded");
        assertThat(_find(Button.class, spec -> spec.withId("vendorlist-record")))
                .as("nothing left to record")
                .isEmpty();
    }

    @Test
    void inGermanTheBadgesAndCountriesAreGerman() {
        VendorListFixture fixture = VendorListFixture.create(agreements, organisations, subprocessors);
        login("dpo");
        UI.getCurrent().setLocale(Locale.GERMAN);
        UI.getCurrent().navigate("agreement/" + fixture.agreementId());

        _setValue(
                _get(TextArea.class, spec -> spec.withLabel("Liste der Unterauftragsverarbeiter des Anbieters")),
                fixture.pastedList());
        _click(_get(Button.class, spec -> spec.withText("Vergleichen")));

        @SuppressWarnings("unchecked")
        Grid<Difference> grid = _get(Grid.class, spec -> spec.withId("vendorlist-differences"));
        assertThat(badges(grid, 0)).containsExactly("Neu", "Neue Organisation");
        assertThat(badges(grid, 1)).containsExactly("Entfallen");
        assertThat(badges(grid, 2)).containsExactly("Standort geändert");
        assertThat(GridKt._getFormattedRow(grid, 2)).contains("Deutschland → Deutschland, Vereinigte Staaten");
        assertThat(_get(Button.class, spec -> spec.withId("vendorlist-record")).getText())
                .isEqualTo("Änderungsmitteilungen für die neuen erfassen (1)");
    }

    @Test
    void aTableWithoutANameColumnIsMarkedAtTheFieldAndNothingIsCompared() {
        VendorListFixture fixture = VendorListFixture.create(agreements, organisations, subprocessors);
        login("dpo");
        UI.getCurrent().navigate("agreement/" + fixture.agreementId());

        TextArea pasted = _get(TextArea.class, spec -> spec.withId("vendorlist-text"));
        _setValue(pasted, "Purpose\tCountry\nHosting\tGermany\n");
        _click(_get(Button.class, spec -> spec.withId("vendorlist-compare")));

        assertThat(pasted.isInvalid()).isTrue();
        assertThat(pasted.getErrorMessage()).isEqualTo("Nothing was compared: see the problems below (1).");
        assertThat(_find(ListItem.class))
                .extracting(item -> item.getText().toLowerCase(Locale.ROOT))
                .anyMatch(text -> text.startsWith("line 1: no column names the sub-processor"));
        assertThat(_find(Grid.class, spec -> spec.withId("vendorlist-differences")))
                .isEmpty();
    }

    private static List<String> badges(Grid<Difference> grid, int row) {
        return _find(GridKt._getCellComponent(grid, row, "change"), Badge.class).stream()
                .map(Badge::getText)
                .toList();
    }

    @Test
    void aManagerDoesNotSeeTheComparison() {
        VendorListFixture fixture = VendorListFixture.create(agreements, organisations, subprocessors);
        login("manager");
        UI.getCurrent().navigate("agreement/" + fixture.agreementId());

        assertThat(_find(TextArea.class, spec -> spec.withId("vendorlist-text")))
                .isEmpty();
    }
}
