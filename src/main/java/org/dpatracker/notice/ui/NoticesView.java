package org.dpatracker.notice.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.dpatracker.core.ConcurrentEditException;
import org.dpatracker.core.Dates;
import org.dpatracker.core.InvalidInputException;
import org.dpatracker.core.ui.Badge;
import org.dpatracker.core.ui.Notifications;
import org.dpatracker.notice.ChangeNoticeService;
import org.dpatracker.notice.NoticeStatus;
import org.dpatracker.notice.OpenNotice;
import org.dpatracker.organisation.OrganisationService;
import org.dpatracker.processor.AgreementDetail;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.processor.ui.AgreementView;
import org.dpatracker.processor.ui.RedFlagTexts;
import org.dpatracker.security.CurrentUser;
import org.dpatracker.security.Permission;

/**
 * Subprocessor change notices: the open ones with their objection deadlines, or all of one
 * agreement (?agreement=ID), with the red flags a change would add and the decision buttons.
 */
@Route("notices")
@Menu(order = 30, icon = "vaadin:bell", title = "nav.notices")
@RolesAllowed(Permission.Names.REGISTER_READ)
public class NoticesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient ChangeNoticeService notices;
    private final transient AgreementService agreements;
    private final transient OrganisationService organisations;
    private final Grid<OpenNotice> grid = new Grid<>();
    private final H2 title = new H2();
    private final HorizontalLayout actions = new HorizontalLayout();
    private Long agreementId;

    NoticesView(ChangeNoticeService notices, AgreementService agreements, OrganisationService organisations) {
        this.notices = notices;
        this.agreements = agreements;
        this.organisations = organisations;
        setSizeFull();
        configureGrid();
        add(title, new Paragraph(getTranslation("notice.intro")), actions, grid);
        expand(grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        agreementId = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("agreement")
                .map(Long::valueOf)
                .orElse(null);
        actions.removeAll();
        if (agreementId == null) {
            title.setText(getTranslation("nav.notices"));
            if (CurrentUser.has(Permission.REGISTER_EDIT)) {
                Button record = new Button(
                        getTranslation("notice.record-any"),
                        VaadinIcon.PLUS.create(),
                        click -> new NoticeAgreementDialog(notices, agreements, organisations, this::refresh).open());
                record.setId("notice-record-any");
                record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                actions.add(record);
            }
        } else {
            AgreementDetail agreement = agreements.detail(agreementId).orElseThrow();
            title.setText(
                    getTranslation("notice.of-agreement", agreement.processor().name()));
            actions.add(new RouterLink(getTranslation("notice.back"), AgreementView.class, agreementId));
            if (CurrentUser.has(Permission.REGISTER_EDIT)) {
                Button record = new Button(
                        getTranslation("notice.record"),
                        VaadinIcon.PLUS.create(),
                        click -> new NoticeDialog(notices, organisations, agreement, this::refresh).open());
                record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                actions.add(record);
            }
        }
        refresh();
    }

    private void configureGrid() {
        grid.setId("notices-grid");
        DateTimeFormatter date = Dates.formatter(UI.getCurrent().getLocale());
        grid.addColumn(OpenNotice::processorName)
                .setHeader(getTranslation("agreement.processor"))
                .setAutoWidth(true);
        grid.addColumn(OpenNotice::proposedName)
                .setHeader(getTranslation("notice.proposed"))
                .setAutoWidth(true);
        grid.addComponentColumn(n -> RedFlagTexts.explained(this, n.assessment()))
                .setHeader(getTranslation("notice.assessment"))
                .setFlexGrow(3)
                .setWidth("22rem");
        grid.addComponentColumn(n -> deadline(n, date))
                .setHeader(getTranslation("notice.deadline"))
                .setAutoWidth(true);
        grid.addComponentColumn(n -> new Badge(
                        getTranslation("notice.status." + n.status().name()),
                        n.status().accepted()
                                ? Badge.Tone.SUCCESS
                                : n.status() == NoticeStatus.OBJECTED ? Badge.Tone.ERROR : Badge.Tone.WARNING))
                .setHeader(getTranslation("agreement.status"))
                .setAutoWidth(true);
        grid.addColumn(n -> date.format(n.notice().receivedOn())).setHeader(getTranslation("notice.received-on"));
        grid.addColumn(n -> date.format(n.notice().effectiveFrom())).setHeader(getTranslation("notice.effective-from"));
        grid.addComponentColumn(this::decisionButtons)
                .setKey("decision")
                .setAutoWidth(true)
                .setFrozenToEnd(true);
    }

    /** The contract's deadline, and where the notice asks for an earlier answer, that date as a warning. */
    private Component deadline(OpenNotice n, DateTimeFormatter date) {
        Div cell = new Div(
                n.deadline() == null
                        ? getTranslation("notice.no-period")
                        : date.format(n.deadline())
                                + (n.status() == NoticeStatus.OPEN
                                        ? " (" + getTranslation("notice.days-left", n.daysLeft()) + ")"
                                        : ""));
        if (n.requestedBy() != null) {
            Badge warning = new Badge(
                    getTranslation("notice.requested-by", date.format(n.requestedBy()), date.format(n.deadline())),
                    Badge.Tone.WARNING);
            warning.addClassName("notice-requested-by");
            warning.getStyle().set("white-space", "normal");
            cell.add(warning);
        }
        return cell;
    }

    private HorizontalLayout decisionButtons(OpenNotice open) {
        HorizontalLayout buttons = new HorizontalLayout();
        if (!CurrentUser.has(Permission.SUBPROCESSOR_CHANGES_DECIDE)) {
            return buttons;
        }
        Button object = new Button(
                getTranslation("notice.object"), click -> new ObjectionDialog(notices, open, this::refresh).open());
        object.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        // Deemed accepted but not yet in effect: an objection sent in time may still be recorded.
        if (open.status() == NoticeStatus.DEEMED_ACCEPTED && open.notice().appliedSubprocessorId() == null) {
            buttons.add(object);
            return buttons;
        }
        if (open.status() != NoticeStatus.OPEN) {
            return buttons;
        }
        Button accept = new Button(getTranslation("notice.accept"), click -> {
            try {
                notices.decide(open.notice().id(), open.notice().version(), true, null, null, null);
                Notifications.success(this, "notice.accepted", open.proposedName());
                refresh();
            } catch (InvalidInputException | ConcurrentEditException refused) {
                Notifications.refused(this, refused);
            }
        });
        accept.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
        buttons.add(accept, object);
        return buttons;
    }

    private void refresh() {
        List<OpenNotice> shown = agreementId == null ? notices.open() : notices.ofAgreement(agreementId);
        grid.setItems(shown);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.notices") + " | " + getTranslation("app.name");
    }
}
