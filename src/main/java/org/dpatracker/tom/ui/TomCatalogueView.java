package org.dpatracker.tom.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Objects;
import org.dpatracker.security.CurrentUser;
import org.dpatracker.security.Permission;
import org.dpatracker.tom.TomCatalogue;
import org.dpatracker.tom.TomCatalogueService;
import org.dpatracker.tom.TomMeasure;

/** The catalogues of technical and organisational measures; administrators add catalogues and measures. */
@Route("measure-catalogues")
@Menu(order = 84, icon = "vaadin:list-ol", title = "nav.measure-catalogues")
@RolesAllowed({Permission.Names.REGISTER_READ, Permission.Names.CATALOGUES_MANAGE})
public class TomCatalogueView extends VerticalLayout implements HasDynamicTitle {

    private final transient TomCatalogueService catalogues;
    private final ComboBox<TomCatalogue> catalogue = new ComboBox<>();
    private final Grid<TomMeasure> measures = new Grid<>();

    TomCatalogueView(TomCatalogueService catalogues) {
        this.catalogues = catalogues;
        setSizeFull();
        catalogue.setLabel(getTranslation("tom.catalogue"));
        catalogue.setItemLabelGenerator(c -> c.name().in(UI.getCurrent().getLocale())
                + (c.builtIn() ? " (" + getTranslation("tom.built-in") + ")" : ""));
        catalogue.setWidth("36rem");
        catalogue.setId("catalogue-choice");
        catalogue.addValueChangeListener(change -> measures.setItems(
                change.getValue() == null ? List.of() : change.getValue().measures()));
        HorizontalLayout actions = new HorizontalLayout(catalogue);
        actions.setAlignItems(Alignment.BASELINE);
        if (CurrentUser.has(Permission.CATALOGUES_MANAGE)) {
            Button addCatalogue = new Button(
                    getTranslation("tom.catalogue.add"),
                    VaadinIcon.PLUS.create(),
                    click -> new CatalogueDialog(catalogues, saved -> reload(saved.id())).open());
            Button addMeasure = new Button(getTranslation("tom.measure.add"), VaadinIcon.PLUS.create(), click -> {
                if (catalogue.getValue() != null) {
                    new MeasureDialog(catalogues, catalogue.getValue().id(), null, saved -> reload(saved.catalogueId()))
                            .open();
                }
            });
            addMeasure.setId("measure-add");
            actions.add(addCatalogue, addMeasure);
            measures.addItemClickListener(click -> new MeasureDialog(
                            catalogues,
                            click.getItem().catalogueId(),
                            click.getItem(),
                            saved -> reload(saved.catalogueId()))
                    .open());
        }
        measures.setId("catalogue-measures");
        measures.addColumn(TomMeasure::code)
                .setHeader(getTranslation("tom.code"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        measures.addColumn(m ->
                        m.group() == null ? "" : m.group().in(UI.getCurrent().getLocale()))
                .setHeader(getTranslation("tom.group"))
                .setFlexGrow(1);
        measures.addColumn(m -> m.name().en())
                .setHeader(getTranslation("tom.name-en"))
                .setFlexGrow(2);
        measures.addColumn(m -> m.name().de())
                .setHeader(getTranslation("tom.name-de"))
                .setFlexGrow(2);
        measures.addColumn(TomMeasure::reference)
                .setHeader(getTranslation("tom.reference"))
                .setAutoWidth(true);
        measures.addThemeName("wrap-cell-content");
        add(
                new H2(getTranslation("nav.measure-catalogues")),
                new Paragraph(getTranslation("tom.catalogue.intro")),
                actions,
                measures);
        expand(measures);
        reload(null);
    }

    private void reload(Long selectId) {
        List<TomCatalogue> all = catalogues.findAll();
        catalogue.setItems(all);
        Long wanted = selectId != null
                ? selectId
                : all.isEmpty() ? null : all.getLast().id();
        all.stream().filter(c -> Objects.equals(c.id(), wanted)).findFirst().ifPresent(catalogue::setValue);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.measure-catalogues") + " | " + getTranslation("app.name");
    }
}
