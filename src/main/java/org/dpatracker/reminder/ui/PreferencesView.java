package org.dpatracker.reminder.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.dpatracker.reminder.ReminderService;
import org.dpatracker.security.CurrentUser;

/** Each user chooses what they are reminded of, how far ahead, in which language and whether in a digest. */
@Route("preferences")
@PermitAll
public class PreferencesView extends VerticalLayout implements HasDynamicTitle {

    private final transient ReminderService reminders;
    private PreferencesForm form;

    PreferencesView(ReminderService reminders) {
        this.reminders = reminders;
        setMaxWidth("60rem");
        add(new H2(getTranslation("preferences.title")));
        Paragraph mail =
                new Paragraph(getTranslation(reminders.mailEnabled() ? "preferences.mail-on" : "preferences.mail-off"));
        mail.setId("preferences-mail-state");
        add(mail);
        form = new PreferencesForm(reminders.ownPreferences(), CurrentUser.roles());
        Button save = new Button(getTranslation("action.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("preferences-save");
        add(form, save);
    }

    private void save() {
        form.read()
                .flatMap(entered -> form.save(() -> reminders.saveOwnPreferences(entered), "preferences.saved"))
                .ifPresent(saved -> replaceForm());
    }

    /** Shows what was saved, with its new version, so that the next save does not look stale. */
    private void replaceForm() {
        PreferencesForm saved = new PreferencesForm(reminders.ownPreferences(), CurrentUser.roles());
        replace(form, saved);
        form = saved;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("preferences.title") + " | " + getTranslation("app.name");
    }
}
