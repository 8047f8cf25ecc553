package org.dpatracker.reminder.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import org.dpatracker.reminder.ReminderService;
import org.dpatracker.security.CurrentUser;

/**
 * Each user chooses what they are reminded of, how far ahead, in which language and whether in a digest, and
 * subscribes to their deadlines as a calendar feed.
 */
@Route("preferences")
@PermitAll
public class PreferencesView extends VerticalLayout implements HasDynamicTitle {

    private final transient ReminderService reminders;
    private PreferencesForm form;

    PreferencesView(ReminderService reminders, List<PreferencesSection> sections) {
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
        sections.stream()
                .sorted(Comparator.comparingInt(PreferencesSection::order))
                .forEach(section -> add(section.renderer().get()));
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
