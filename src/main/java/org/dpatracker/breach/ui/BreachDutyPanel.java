package org.dpatracker.breach.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.dpatracker.breach.BreachDuty;
import org.dpatracker.breach.BreachService;
import org.dpatracker.core.ui.FactList;
import org.dpatracker.security.CurrentUser;
import org.dpatracker.security.Permission;

/** The duties as facts, with an edit button for the DPO. */
class BreachDutyPanel extends Div {

    BreachDutyPanel(BreachService breaches, BreachDuty duty, Runnable refresh) {
        setId("breach-duty");
        setWidthFull();
        add(new H3(getTranslation("breach.duty.title")));
        if (duty.isNew()) {
            add(new Paragraph(getTranslation("breach.duty.none")));
        } else {
            add(new FactList()
                    .add(
                            "breach.duty.deadline",
                            duty.noticeHours() == null
                                    ? duty.noticeWording()
                                    : getTranslation("breach.duty.hours", duty.noticeHours())
                                            + (duty.noticeWording() == null ? "" : " (" + duty.noticeWording() + ")"))
                    .add("breach.duty.channel", duty.channel())
                    .add("breach.duty.contact", duty.contact())
                    .add(
                            "breach.duty.contents",
                            duty.requiredContents().stream()
                                    .sorted()
                                    .map(c -> getTranslation("breach.content." + c.name()))
                                    .toList())
                    .add("breach.duty.supports", duty.supportsController())
                    .add("breach.duty.only-when-notifiable", duty.onlyWhenNotifiable())
                    .add(
                            "breach.duty.may-notify",
                            duty.mayNotify() == null
                                    ? null
                                    : getTranslation("breach.may-notify."
                                            + duty.mayNotify().name()))
                    .add("breach.duty.clause", duty.clauseReference()));
        }
        if (CurrentUser.has(Permission.REGISTER_EDIT)) {
            Button edit = new Button(
                    getTranslation("breach.duty.edit"),
                    VaadinIcon.EDIT.create(),
                    click -> new BreachDutyDialog(breaches, duty, refresh).open());
            edit.setId("breach-duty-edit");
            add(edit);
        }
    }
}
