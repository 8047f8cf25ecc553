package org.dpatracker.annex.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.dpatracker.annex.AnnexService;
import org.dpatracker.core.Languages;
import org.dpatracker.core.ui.ExportPanel;
import org.dpatracker.processor.AgreementRow;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.processor.RegisterFilter;
import org.dpatracker.security.Permission;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;

/** Bulk export: the current annexes of the selected agreements as one ZIP. */
@Route("annexes")
@Menu(order = 40, icon = "vaadin:file-zip", title = "nav.annexes")
@RolesAllowed(Permission.Names.DOCUMENTS_EXPORT)
public class AnnexesView extends VerticalLayout implements HasDynamicTitle {

    private final List<Long> selected = new CopyOnWriteArrayList<>();

    AnnexesView(
            AnnexService annexes,
            AgreementService agreements,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
        setSizeFull();
        RadioButtonGroup<String> language = new RadioButtonGroup<>(getTranslation("annexui.language"));
        language.setItems(Languages.codes());
        language.setItemLabelGenerator(l -> getTranslation("annexui.language." + l));
        language.setValue("en");
        ExportPanel zip = new ExportPanel(
                "annex-zip",
                getTranslation("annexui.zip"),
                "dpa-annexes.zip",
                "application/zip",
                () -> {
                    List<Long> ids = List.copyOf(selected);
                    String chosen = language.getValue();
                    return progress -> annexes.zip(ids, chosen, progress);
                },
                executor);
        zip.setEnabled(false);
        Grid<AgreementRow> grid = new Grid<>();
        grid.setId("annex-agreements");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addColumn(AgreementRow::processorName)
                .setHeader(getTranslation("agreement.processor"))
                .setFlexGrow(1);
        grid.addColumn(AgreementRow::controllerName)
                .setHeader(getTranslation("agreement.controller"))
                .setFlexGrow(1);
        grid.addColumn(AgreementRow::subjectMatter)
                .setHeader(getTranslation("annex.subject-matter"))
                .setFlexGrow(2);
        grid.setItems(agreements.findPage(RegisterFilter.processors(), List.of(), 0, 10_000));
        grid.addSelectionListener(selection -> {
            selected.clear();
            selection.getAllSelectedItems().forEach(row -> selected.add(row.id()));
            zip.setEnabled(!selected.isEmpty());
        });
        HorizontalLayout actions = new HorizontalLayout(language, zip);
        actions.setAlignItems(Alignment.BASELINE);
        add(new H2(getTranslation("nav.annexes")), new Paragraph(getTranslation("annexui.zip-intro")), actions, grid);
        expand(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.annexes") + " | " + getTranslation("app.name");
    }
}
