package org.dpatracker.records.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.dpatracker.core.Languages;
import org.dpatracker.core.ui.Badge;
import org.dpatracker.core.ui.ClientTime;
import org.dpatracker.core.ui.ExportPanel;
import org.dpatracker.organisation.Organisation;
import org.dpatracker.organisation.OrganisationService;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.records.ProcessingActivity;
import org.dpatracker.records.RecordExportService;
import org.dpatracker.records.RecordFilter;
import org.dpatracker.records.RecordRole;
import org.dpatracker.records.RecordService;
import org.dpatracker.records.RecordStatus;
import org.dpatracker.security.CurrentUser;
import org.dpatracker.security.Permission;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;

/** The record of processing activities (Art. 30): filterable list, new activities, PDF and XLSX exports. */
@Route("records")
@Menu(order = 15, icon = "vaadin:book", title = "nav.records")
@RolesAllowed(Permission.Names.REGISTER_READ)
public class RecordsView extends VerticalLayout implements HasDynamicTitle {

    private final transient RecordService records;
    private final Grid<ProcessingActivity> grid = new Grid<>();
    private final ComboBox<Organisation> controller = new ComboBox<>();
    private final ComboBox<String> department = new ComboBox<>();
    private final ComboBox<RecordRole> role = new ComboBox<>();
    private final Checkbox transfersOnly = new Checkbox();
    private final java.util.Map<Long, String> controllerNames;
    private volatile RecordFilter filter = RecordFilter.all();
    private volatile String exportLanguage = "en";

    RecordsView(
            RecordService records,
            RecordExportService exports,
            OrganisationService organisations,
            AgreementService agreements,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
        this.records = records;
        setSizeFull();
        List<Organisation> ownCompanies = organisations.findAll(null).stream()
                .filter(Organisation::ownCompany)
                .toList();
        controllerNames = ownCompanies.stream().collect(Collectors.toMap(Organisation::id, Organisation::name));
        add(new H2(getTranslation("nav.records")), new Paragraph(getTranslation("record.intro")));

        controller.setLabel(getTranslation("record.controller"));
        controller.setItems(ownCompanies);
        controller.setItemLabelGenerator(Organisation::name);
        controller.setClearButtonVisible(true);
        department.setLabel(getTranslation("record.department"));
        department.setItems(records.departments());
        department.setClearButtonVisible(true);
        department.setId("record-filter-department");
        role.setLabel(getTranslation("record.role"));
        role.setItems(RecordRole.values());
        role.setItemLabelGenerator(r -> getTranslation("record.role." + r.name()));
        role.setClearButtonVisible(true);
        transfersOnly.setLabel(getTranslation("record.transfers-only"));
        transfersOnly.setId("record-filter-transfers");
        controller.addValueChangeListener(e -> refresh());
        department.addValueChangeListener(e -> refresh());
        role.addValueChangeListener(e -> refresh());
        transfersOnly.addValueChangeListener(e -> refresh());
        FlexLayout filters = new FlexLayout(controller, department, role, transfersOnly);
        filters.addClassName("gap-m");
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(Alignment.BASELINE);
        add(filters);

        FlexLayout actions = new FlexLayout();
        actions.addClassName("gap-m");
        actions.setAlignItems(Alignment.BASELINE);
        if (CurrentUser.has(Permission.REGISTER_EDIT)) {
            Button add = new Button(
                    getTranslation("record.add"),
                    VaadinIcon.PLUS.create(),
                    click -> new RecordDialog(
                                    records,
                                    organisations,
                                    agreements,
                                    null,
                                    saved -> getUI().ifPresent(ui -> ui.navigate(RecordView.class, saved.id())))
                            .open());
            add.setId("record-add");
            actions.add(add);
        }
        if (CurrentUser.has(Permission.DOCUMENTS_EXPORT)) {
            RadioButtonGroup<String> language = new RadioButtonGroup<>();
            language.setItems(Languages.codes());
            language.setItemLabelGenerator(l -> getTranslation("annexui.language." + l));
            language.setValue("en");
            language.addValueChangeListener(change -> exportLanguage = change.getValue());
            ExportPanel pdf = new ExportPanel(
                    "record-export-pdf",
                    getTranslation("record.export-pdf"),
                    "records-of-processing.pdf",
                    "application/pdf",
                    () -> {
                        RecordFilter chosen = filter;
                        String inLanguage = exportLanguage;
                        return progress -> exports.pdf(chosen, inLanguage, progress);
                    },
                    executor);
            ExportPanel xlsx = new ExportPanel(
                    "record-export-xlsx",
                    getTranslation("record.export-xlsx"),
                    "records-of-processing.xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    () -> {
                        RecordFilter chosen = filter;
                        String inLanguage = exportLanguage;
                        return progress -> exports.xlsx(chosen, inLanguage, progress);
                    },
                    executor);
            actions.add(language, pdf, xlsx);
        }
        add(actions);

        LocalDate today = records.today();
        grid.setId("records-grid");
        grid.addComponentColumn(a -> new RouterLink(a.name(), RecordView.class, a.id()))
                .setHeader(getTranslation("record.activity"))
                .setFlexGrow(3);
        grid.addColumn(a -> controllerNames.getOrDefault(a.controllerId(), ""))
                .setHeader(getTranslation("record.controller"))
                .setFlexGrow(2);
        grid.addColumn(a -> a.department() == null ? "" : a.department())
                .setHeader(getTranslation("record.department"))
                .setAutoWidth(true);
        grid.addColumn(a -> a.legalBases().stream()
                        .sorted()
                        .map(b -> getTranslation("legal-basis.short." + b.name()))
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("record.legal-bases"))
                .setAutoWidth(true);
        grid.addComponentColumn(a -> state(a, today))
                .setHeader(getTranslation("record.status"))
                .setWidth("16rem")
                .setFlexGrow(0);
        grid.addThemeName("wrap-cell-content");
        add(grid);
        expand(grid);
        refresh();
    }

    private Component state(ProcessingActivity activity, LocalDate today) {
        Div badges = new Div();
        badges.addClassName("badges");
        badges.add(new Badge(
                getTranslation("record.status." + activity.status().name()),
                activity.status() == RecordStatus.APPROVED ? Badge.Tone.SUCCESS : Badge.Tone.NEUTRAL));
        if (activity.reviewOverdue(today)) {
            badges.add(new Badge(
                    getTranslation("record.review-overdue", ClientTime.date(activity.reviewDue())), Badge.Tone.ERROR));
        }
        return badges;
    }

    private void refresh() {
        filter = new RecordFilter(
                controller.getValue() == null ? null : controller.getValue().id(),
                department.getValue(),
                role.getValue(),
                transfersOnly.getValue());
        grid.setItems(records.findAll(filter));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.records") + " | " + getTranslation("app.name");
    }
}
