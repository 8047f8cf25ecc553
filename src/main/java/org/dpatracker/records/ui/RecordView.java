package org.dpatracker.records.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import org.dpatracker.core.ui.Badge;
import org.dpatracker.core.ui.ClientTime;
import org.dpatracker.core.ui.FactList;
import org.dpatracker.core.ui.Notifications;
import org.dpatracker.organisation.OrganisationService;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.processor.ui.AgreementView;
import org.dpatracker.records.ProcessingActivity;
import org.dpatracker.records.RecordDetail;
import org.dpatracker.records.RecordRole;
import org.dpatracker.records.RecordService;
import org.dpatracker.records.RecordStatus;
import org.dpatracker.security.CurrentUser;
import org.dpatracker.security.Permission;
import org.dpatracker.transfer.Countries;

/** One processing activity with every linked object and its review workflow. */
@Route("record")
@RolesAllowed(Permission.Names.REGISTER_READ)
public class RecordView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final transient RecordService records;
    private final transient OrganisationService organisations;
    private final transient AgreementService agreements;
    private String title = "";

    RecordView(RecordService records, OrganisationService organisations, AgreementService agreements) {
        this.records = records;
        this.organisations = organisations;
        this.agreements = agreements;
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        show(records.view(id).orElseThrow(NotFoundException::new));
    }

    private void show(RecordDetail view) {
        removeAll();
        ProcessingActivity a = view.activity();
        title = a.name();
        HorizontalLayout heading = new HorizontalLayout(
                new H2(a.name()),
                new Badge(
                        getTranslation("record.status." + a.status().name()),
                        a.status() == RecordStatus.APPROVED ? Badge.Tone.SUCCESS : Badge.Tone.CONTRAST));
        heading.setAlignItems(Alignment.BASELINE);
        heading.setId("record-heading");
        add(heading);
        if (a.reviewOverdue(records.today())) {
            add(new Badge(getTranslation("record.review-overdue", ClientTime.date(a.reviewDue())), Badge.Tone.ERROR));
        }
        add(actions(a));
        FactList facts = new FactList();
        facts.add("record.role", getTranslation("record.role." + a.role().name()))
                .add("record.controller", view.controller().name());
        if (a.role() == RecordRole.PROCESSOR) {
            facts.add(
                    "record.served-controller",
                    view.servedController() == null
                            ? null
                            : view.servedController().name());
        }
        facts.add("record.joint-controllers", a.jointControllers())
                .add("record.representative", a.representative())
                .add("record.purposes", a.purposes())
                .add(
                        "record.legal-bases",
                        a.legalBases().stream()
                                        .sorted()
                                        .map(b -> getTranslation("legal-basis." + b.name()))
                                        .collect(Collectors.joining("; "))
                                + (a.legalBasisNote() == null ? "" : " – " + a.legalBasisNote()))
                .add(
                        "record.art9",
                        a.art9Conditions().stream()
                                .sorted()
                                .map(c -> getTranslation("art9." + c.name()))
                                .toList())
                .add(
                        "record.special-categories",
                        a.specialCategories().stream()
                                .sorted()
                                .map(c -> getTranslation("special." + c.name()))
                                .toList())
                .add("record.data-subjects", a.dataSubjects())
                .add("record.personal-data", a.personalData())
                .add("record.other-recipients", a.otherRecipients())
                .add("record.art49", a.art49Documentation())
                .add("record.erasure", a.erasure())
                .add("record.security", a.security())
                .add(
                        "record.dpia",
                        a.dpia() == null
                                ? null
                                : getTranslation("record.dpia." + a.dpia().name())
                                        + (a.dpiaReference() == null ? "" : " – " + a.dpiaReference()))
                .add("record.department", a.department())
                .add("record.review-due", a.reviewDue())
                .add(
                        "record.approved",
                        a.approvedBy() == null
                                ? null
                                : getTranslation(
                                        "record.approved-line", ClientTime.date(a.approvedOn()), a.approvedBy()))
                .add("record.source", a.source());
        facts.setId("record-facts");
        add(facts);

        add(new H3(getTranslation("record.recipients")));
        Grid<RecordDetail.Recipient> recipients = new Grid<>();
        recipients.setId("record-recipients");
        recipients
                .addComponentColumn(r -> new RouterLink(r.name(), AgreementView.class, r.agreementId()))
                .setHeader(getTranslation("record.recipient"))
                .setFlexGrow(2);
        recipients
                .addColumn(r -> r.subprocessor()
                        ? getTranslation("record.subprocessor-of", r.name(), r.engagedBy())
                        : getTranslation("record.as-processor"))
                .setHeader(getTranslation("record.recipient-role"))
                .setFlexGrow(2);
        recipients
                .addColumn(r -> r.countries().stream().map(this::country).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("record.countries"))
                .setFlexGrow(1);
        recipients.setItems(view.recipients());
        recipients.setAllRowsVisible(true);
        add(view.recipients().isEmpty() ? new Paragraph(getTranslation("record.no-linked-recipients")) : recipients);

        add(new H3(getTranslation("record.transfers")));
        if (view.transfers().isEmpty()) {
            add(new Paragraph(getTranslation("record.no-transfers")));
        } else {
            Grid<RecordDetail.Transfer> transfers = new Grid<>();
            transfers.setId("record-transfers");
            transfers
                    .addColumn(RecordDetail.Transfer::recipient)
                    .setHeader(getTranslation("record.recipient"))
                    .setFlexGrow(2);
            transfers
                    .addColumn(t -> country(t.country()) + (t.region() == null ? "" : " (" + t.region() + ")"))
                    .setHeader(getTranslation("record.country"))
                    .setFlexGrow(1);
            transfers
                    .addComponentColumn(t -> t.withoutMechanism()
                            ? new Badge(getTranslation("record.no-mechanism"), Badge.Tone.ERROR)
                            : new Badge(
                                    getTranslation("mechanism." + t.mechanism().name()),
                                    t.mechanism().isValid() ? Badge.Tone.NEUTRAL : Badge.Tone.ERROR))
                    .setHeader(getTranslation("record.mechanism"))
                    .setFlexGrow(2);
            transfers.setItems(view.transfers());
            transfers.setAllRowsVisible(true);
            add(transfers);
        }

        add(new H3(getTranslation("record.erasure")));
        if (view.retention().isEmpty()) {
            add(new Paragraph(getTranslation("record.no-linked-retention")));
        }
        view.retention()
                .forEach(r -> add(new Paragraph(r.processor() + ": "
                        + r.rule().rule().dataCategory() + " – "
                        + (r.rule().rule().period() == null
                                ? r.rule().rule().criteria()
                                : r.rule().rule().period() + " "
                                        + getTranslation("retention.trigger."
                                                + r.rule().rule().trigger().name())))));
        add(new H3(getTranslation("record.security")));
        if (view.measures().isEmpty()) {
            add(new Paragraph(getTranslation("record.no-linked-measures")));
        }
        view.measures()
                .forEach(m -> add(new Paragraph(getTranslation(
                        "record.measures-line", m.party(), m.implemented(), m.applicable(), m.catalogue()))));
    }

    private HorizontalLayout actions(ProcessingActivity a) {
        HorizontalLayout actions = new HorizontalLayout();
        if (CurrentUser.has(Permission.REGISTER_EDIT)) {
            Button edit = new Button(
                    getTranslation("record.edit"),
                    VaadinIcon.EDIT.create(),
                    click -> new RecordDialog(records, organisations, agreements, a, saved -> reload(a.id())).open());
            edit.setId("record-edit");
            actions.add(edit);
            if (a.status() == RecordStatus.DRAFT) {
                Button submit = new Button(getTranslation("record.submit"), click -> {
                    if (Notifications.attempt(this, () -> records.submit(a.id(), a.version()), "record.submitted")
                            .isPresent()) {
                        reload(a.id());
                    }
                });
                submit.setId("record-submit");
                actions.add(submit);
            }
        }
        if (CurrentUser.has(Permission.RECORDS_APPROVE) && a.status() == RecordStatus.IN_REVIEW) {
            Button approve = new Button(getTranslation("record.approve"), click -> {
                if (Notifications.attempt(this, () -> records.approve(a.id(), a.version()), "record.approved-message")
                        .isPresent()) {
                    reload(a.id());
                }
            });
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            approve.setId("record-approve");
            Button back = new Button(getTranslation("record.return"), click -> {
                if (Notifications.attempt(this, () -> records.returnToDraft(a.id(), a.version()), "record.returned")
                        .isPresent()) {
                    reload(a.id());
                }
            });
            actions.add(approve, back);
        }
        return actions;
    }

    private String country(String code) {
        return Countries.EU.equals(code) ? getTranslation("annex.eu") : Countries.name(code, getLocale());
    }

    private void reload(long id) {
        show(records.view(id).orElseThrow());
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.name");
    }
}
