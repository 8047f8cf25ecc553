package org.dpatracker.processor.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.dpatracker.core.ui.Badge;
import org.dpatracker.organisation.Certification;
import org.dpatracker.organisation.CertificationKind;
import org.dpatracker.organisation.Organisation;
import org.dpatracker.organisation.OrganisationService;
import org.dpatracker.processor.Agreement;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.processor.ProcessingLocation;
import org.dpatracker.support.AgreementBuilder;
import org.dpatracker.support.BrowserlessTest;
import org.dpatracker.support.H2Test;
import org.dpatracker.transfer.TransferMechanism;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The DPO records how data reaches a third country: the clauses' module by name, the DPF with its listing. */
@H2Test
class TransferChoicesTest extends BrowserlessTest {

    @Autowired
    AgreementService agreements;

    @Autowired
    OrganisationService organisations;

    @Test
    @SuppressWarnings("unchecked")
    void theSccModuleIsChosenByItsNameAndStoredAsItsNumber() {
        login("dpo");
        LocationEditor editor = new LocationEditor("Locations");
        UI.getCurrent().add(editor);
        editor.setValue(List.of(ProcessingLocation.transfer("US", null, TransferMechanism.SCC_2021, "TIA 2026")));
        Select<Integer> module = _get(editor, Select.class, spec -> spec.withClasses("location-scc-module"));

        assertThat(module.getListDataView().getItems().map(module.getItemLabelGenerator()::apply))
                .containsExactly(
                        "Module 1: controller to controller",
                        "Module 2: controller to processor",
                        "Module 3: processor to processor",
                        "Module 4: processor to controller");
        _setValue(module, 3);
        List<ProcessingLocation> entered = editor.getValue();
        assertThat(entered)
                .singleElement()
                .extracting(ProcessingLocation::sccModule)
                .isEqualTo(3);

        Agreement saved = AgreementBuilder.agreement(agreements, organisations)
                .locations(entered.toArray(ProcessingLocation[]::new))
                .save();
        assertThat(agreements.detail(saved.id()).orElseThrow().agreement().locations())
                .singleElement()
                .extracting(ProcessingLocation::sccModule)
                .isEqualTo(3);
    }

    @Test
    void theModulesReadInGerman() {
        login("dpo");
        UI.getCurrent().setLocale(Locale.GERMAN);
        LocationEditor editor = new LocationEditor("Orte");
        UI.getCurrent().add(editor);
        editor.setValue(List.of(ProcessingLocation.transfer("US", null, TransferMechanism.SCC_2021, null)));
        @SuppressWarnings("unchecked")
        Select<Integer> module = _get(editor, Select.class, spec -> spec.withClasses("location-scc-module"));
        assertThat(module.getItemLabelGenerator().apply(2))
                .isEqualTo("Modul 2: Verantwortlicher an Auftragsverarbeiter");
    }

    @Test
    void theDpfWithoutACertificationOnRecordWarnsAndACurrentOneIsShown() {
        login("dpo");
        String name = "Cloud Inc " + System.nanoTime();
        Organisation uncertified = organisations.save(Organisation.withoutSubdivision(
                null, name, null, null, null, null, "US", null, null, null, false, 0, List.of()));
        LocationEditor editor = new LocationEditor("Locations");
        UI.getCurrent().add(editor);
        editor.watchDpf(() -> uncertified, (party, saved) -> {});
        editor.setValue(
                List.of(ProcessingLocation.transfer("US", null, TransferMechanism.DATA_PRIVACY_FRAMEWORK, null)));

        assertThat(_find(editor, Badge.class, spec -> spec.withClasses("location-dpf-warning")))
                .singleElement()
                .satisfies(warning ->
                        assertThat(warning.getText()).contains(name, "no current certification", "2023/1795"));

        Organisation certified = organisations.save(Organisation.withoutSubdivision(
                null,
                name + " certified",
                null,
                null,
                null,
                null,
                "US",
                null,
                null,
                null,
                false,
                0,
                List.of(new Certification(
                        null,
                        CertificationKind.EU_US_DPF,
                        "EU-US DPF",
                        null,
                        LocalDate.now().plusMonths(6),
                        "DPF-12345"))));
        editor.watchDpf(() -> certified, (party, saved) -> {});
        assertThat(_find(editor, Badge.class, spec -> spec.withClasses("location-dpf-warning")))
                .isEmpty();
        assertThat(_get(editor, Badge.class).getText())
                .contains("is listed under the EU-US Data Privacy Framework", "DPF-12345");
    }
}
