package org.dpatracker.breach.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
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
import java.time.Duration;
import java.time.Instant;
import org.dpatracker.breach.Breach;
import org.dpatracker.breach.BreachClock;
import org.dpatracker.breach.BreachDuty;
import org.dpatracker.breach.BreachService;
import org.dpatracker.breach.FollowUp;
import org.dpatracker.core.ui.Badge;
import org.dpatracker.core.ui.ClientTime;
import org.dpatracker.core.ui.FactList;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.processor.ui.AgreementView;
import org.dpatracker.security.CurrentUser;
import org.dpatracker.security.Permission;

/** One breach: the 72-hour countdown, every recorded fact, warnings, and the information given in phases. */
@Route("breach")
@RolesAllowed(Permission.Names.REGISTER_READ)
public class BreachView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final transient BreachService breaches;
    private final transient AgreementService agreements;
    private String title = "";

    BreachView(BreachService breaches, AgreementService agreements) {
        this.breaches = breaches;
        this.agreements = agreements;
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        show(breaches.find(id).orElseThrow(NotFoundException::new));
    }

    private void show(Breach breach) {
        removeAll();
        Instant now = breaches.now();
        title = getTranslation("breach.title", breach.id());
        add(new H2(title), new Paragraph(breach.nature()));
        if (CurrentUser.has(Permission.REGISTER_EDIT)) {
            Button edit = new Button(
                    getTranslation("breach.edit"),
                    VaadinIcon.EDIT.create(),
                    click -> new BreachDialog(breaches, agreements, breach, saved -> show(saved)).open());
            edit.setId("breach-edit");
            Button followUp = new Button(
                    getTranslation("breach.follow-up.add"),
                    VaadinIcon.PLUS.create(),
                    click -> new FollowUpDialog(breaches, breach, saved -> show(saved)).open());
            followUp.setId("breach-follow-up");
            add(new HorizontalLayout(edit, followUp));
        }
        Div clock = new Div();
        clock.setId("breach-clock");
        clock.addClassName("breach-clock");
        clock.add(
                new Div(getTranslation("breach.deadline-line", ClientTime.format(breach.authorityDeadline()))),
                BreachTexts.authorityState(this, breach, now));
        add(clock, warnings(breach));
        add(new H3(getTranslation("breach.facts")), facts(breach));
        add(new H3(getTranslation("breach.follow-ups")));
        if (breach.followUps().isEmpty()) {
            add(new Paragraph(getTranslation("breach.follow-ups.none")));
        }
        for (FollowUp followUp : breach.followUps()) {
            add(new Paragraph(getTranslation(
                    "breach.follow-up.line",
                    ClientTime.format(followUp.sentAt()),
                    followUp.recipient(),
                    followUp.content())));
        }
    }

    private Div warnings(Breach breach) {
        Div warnings = new Div();
        warnings.setId("breach-warnings");
        warnings.addClassName("badges");
        if (breach.agreementId() != null) {
            BreachDuty duty = breaches.dutyOf(breach.agreementId());
            if (BreachClock.processorLate(breach.detectedAt(), breach.processorNotifiedAt(), duty.noticeHours())) {
                long took = Duration.between(breach.detectedAt(), breach.processorNotifiedAt())
                        .toHours();
                warnings.add(
                        new Badge(getTranslation("breach.processor-late", took, duty.noticeHours()), Badge.Tone.ERROR));
            }
        }
        if (BreachClock.authorityLate(breach.awareAt(), breach.authorityNotifiedAt())) {
            warnings.add(new Badge(getTranslation("breach.authority-late"), Badge.Tone.WARNING));
        }
        if (BreachClock.subjectsMustBeInformed(
                breach.risk(), breach.subjectsInformedAt(), breach.subjectsExemption())) {
            warnings.add(new Badge(getTranslation("breach.subjects-to-inform"), Badge.Tone.ERROR));
        }
        return warnings;
    }

    private FactList facts(Breach breach) {
        FactList facts = new FactList();
        if (breach.agreementId() != null) {
            facts.addComponent(
                    "agreement.processor",
                    new RouterLink(
                            breaches.processorName(breach.agreementId()), AgreementView.class, breach.agreementId()));
        } else {
            facts.add("agreement.processor", null);
        }
        return facts.add("breach.activities", breach.processingActivities())
                .add("breach.detected-at", ClientTime.format(breach.detectedAt()))
                .add("breach.processor-notified-at", ClientTime.format(breach.processorNotifiedAt()))
                .add("breach.aware-at", ClientTime.format(breach.awareAt()))
                .add("breach.subject-categories", breach.subjectCategories())
                .add("breach.subject-count", breach.subjectCount())
                .add("breach.data-categories", breach.dataCategories())
                .add("breach.record-count", breach.recordCount())
                .add("breach.consequences", breach.consequences())
                .add("breach.measures", breach.measures())
                .add("breach.contact-point", breach.contactPoint())
                .add(
                        "breach.risk",
                        breach.risk() == null
                                ? null
                                : getTranslation("breach.risk." + breach.risk().name()))
                .add("breach.authority-notified-at", ClientTime.format(breach.authorityNotifiedAt()))
                .add("breach.authority", breach.authority())
                .add("breach.authority-reference", breach.authorityReference())
                .add("breach.delay-reasons", breach.delayReasons())
                .add("breach.subjects-informed-at", ClientTime.format(breach.subjectsInformedAt()))
                .add(
                        "breach.informed-via",
                        breach.subjectsInformedVia() == null
                                ? null
                                : getTranslation("breach.informed-via."
                                        + breach.subjectsInformedVia().name()))
                .add(
                        "breach.exemption",
                        breach.subjectsExemption() == null
                                ? null
                                : getTranslation("breach.exemption."
                                        + breach.subjectsExemption().name()))
                .add("breach.closed-on", breach.closedOn());
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.name");
    }
}
