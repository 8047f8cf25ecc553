package org.dpatracker.dataflow.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.dom.DomEvent;
import org.dpatracker.core.ui.SearchField;
import org.dpatracker.dataflow.CountryTransfers;
import org.dpatracker.dataflow.Recipient;
import org.dpatracker.dataflow.TransferCategory;
import org.dpatracker.organisation.OrganisationService;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.processor.ProcessingLocation;
import org.dpatracker.security.SystemAccess;
import org.dpatracker.support.AgreementBuilder;
import org.dpatracker.support.BrowserlessTest;
import org.dpatracker.support.H2Test;
import org.dpatracker.transfer.TransferMechanism;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The map of "Where data goes" colours each country by how data reaches it, for what the list shows. */
@H2Test
class WorldMapViewTest extends BrowserlessTest {

    @Autowired
    AgreementService agreements;

    @Autowired
    OrganisationService organisations;

    @Test
    void theUnitedStatesAreAdequateForACertifiedRecipientAndAThirdCountryWithoutBasisForAnother() {
        String tag = "Map " + System.nanoTime();
        vendorIn(
                tag + " certified",
                ProcessingLocation.transfer("US", null, TransferMechanism.DATA_PRIVACY_FRAMEWORK, null));
        vendorIn(tag + " uncovered", ProcessingLocation.transfer("US", null, TransferMechanism.NONE, null));
        vendorIn(
                tag + " clauses",
                new ProcessingLocation(null, "US", null, TransferMechanism.SCC_2021, 2, null, "TIA 2026"));
        login("manager");
        UI.getCurrent().navigate(RecipientsView.class);
        WorldMap map = _get(WorldMap.class);

        search(tag + " certified");
        assertThat(category(map, "US")).isEqualTo(TransferCategory.ADEQUATE);
        assertThat(category(map, "DE")).isEqualTo(TransferCategory.EEA);
        assertThat(recipientsIn(map, "US")).isEqualTo(1);
        search(tag + " clauses");
        assertThat(category(map, "US")).isEqualTo(TransferCategory.MECHANISM);
        search(tag + " uncovered");
        assertThat(category(map, "US")).isEqualTo(TransferCategory.NONE);
        search(tag);
        assertThat(category(map, "US")).as("the weakest recipient decides").isEqualTo(TransferCategory.NONE);
        assertThat(recipientsIn(map, "US")).isEqualTo(3);
        assertThat(map.getElement().getTextRecursively())
                .contains("EEA (no transfer)", "Adequacy decision", "Third country without a valid transfer mechanism");
    }

    @Test
    void choosingACountryInTheMapsTableNarrowsTheListToIt() {
        String tag = "Map choice " + System.nanoTime();
        vendorIn(tag + " in New Zealand", ProcessingLocation.transfer("NZ", null, TransferMechanism.ADEQUACY, null));
        vendorIn(tag + " in Germany", ProcessingLocation.in("DE", null));
        login("manager");
        UI.getCurrent().navigate(RecipientsView.class);
        search(tag);
        @SuppressWarnings("unchecked")
        Grid<Recipient> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(2);

        _click(_get(_get(WorldMapTable.class), Button.class, spec -> spec.withText("New Zealand")));

        assertThat(_get(ComboBox.class, spec -> spec.withLabel("Country data goes to"))
                        .getValue())
                .isEqualTo("NZ");
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).name()).isEqualTo(tag + " in New Zealand");
        assertThat(_get(WorldMap.class).getElement().getAttribute("selected")).isEqualTo("NZ");
    }

    @Test
    void aClickOnACountryOfTheMapNarrowsTheListToIt() {
        String tag = "Map click " + System.nanoTime();
        vendorIn(tag + " in New Zealand", ProcessingLocation.transfer("NZ", null, TransferMechanism.ADEQUACY, null));
        vendorIn(tag + " in Germany", ProcessingLocation.in("DE", null));
        login("manager");
        UI.getCurrent().navigate(RecipientsView.class);
        search(tag);
        WorldMap map = _get(WorldMap.class);

        ObjectNode data = JsonNodeFactory.instance.objectNode().put("event.detail.country", "DE");
        ElementUtilsKt._fireDomEvent(map.getElement(), new DomEvent(map.getElement(), "dpa-map-click", data));

        @SuppressWarnings("unchecked")
        Grid<Recipient> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).name()).isEqualTo(tag + " in Germany");
        assertThat(map.getElement().getAttribute("selected")).isEqualTo("DE");
    }

    private void vendorIn(String name, ProcessingLocation location) {
        SystemAccess.call(AgreementBuilder.agreement(agreements, organisations)
                .vendor(name, "US")
                .locations(location)::save);
    }

    private static void search(String text) {
        _setValue(_get(SearchField.class), text);
    }

    private static TransferCategory category(WorldMap map, String country) {
        return map.countries().stream()
                .filter(c -> c.country().equals(country))
                .map(CountryTransfers::category)
                .findFirst()
                .orElse(null);
    }

    private static int recipientsIn(WorldMap map, String country) {
        return map.countries().stream()
                .filter(c -> c.country().equals(country))
                .mapToInt(CountryTransfers::recipients)
                .findFirst()
                .orElse(0);
    }
}
