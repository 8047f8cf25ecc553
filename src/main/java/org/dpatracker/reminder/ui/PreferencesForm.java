package org.dpatracker.reminder.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.converter.Converter;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.dpatracker.core.ui.EntryForm;
import org.dpatracker.core.ui.SupportedLocales;
import org.dpatracker.deadline.DeadlineKind;
import org.dpatracker.reminder.Digest;
import org.dpatracker.reminder.ReminderPreferences;
import org.dpatracker.security.Role;

/**
 * What a user is reminded of and how: the language of the mails, the time zone, the digest, the lead times
 * and the kinds of deadline of their roles they want to hear about. Public, as are its entered values, for
 * the Binder.
 */
public class PreferencesForm extends EntryForm<PreferencesForm.Entered> {

    /** The language the user's own setting gives (no language of its own). */
    static final Locale OWN_LANGUAGE = Locale.ROOT;

    /** What the user enters; {@code reminded} holds the kinds they want, of those their roles deal with. */
    public record Entered(
            Locale mailLanguage, String timeZone, Digest digest, List<Integer> leadDays, Set<DeadlineKind> reminded) {}

    private final Set<DeadlineKind> ofTheirRoles;
    private final ReminderPreferences shown;

    PreferencesForm(ReminderPreferences preferences, Set<Role> roles) {
        super(Entered.class);
        this.shown = preferences;
        this.ofTheirRoles = Arrays.stream(DeadlineKind.values())
                .filter(kind -> kind.ownedByAnyOf(roles))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DeadlineKind.class)));
        Select<Locale> language = new Select<>();
        language.setLabel(getTranslation("preferences.language"));
        language.setItems(List.of(OWN_LANGUAGE, SupportedLocales.ENGLISH, SupportedLocales.GERMAN));
        language.setItemLabelGenerator(locale -> locale.equals(OWN_LANGUAGE)
                ? getTranslation("preferences.language.own")
                : SupportedLocales.label(locale));
        language.setId("preferences-language");
        ComboBox<String> zone = new ComboBox<>(getTranslation("preferences.time-zone"));
        zone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        zone.setId("preferences-time-zone");
        RadioButtonGroup<Digest> digest = new RadioButtonGroup<>(getTranslation("preferences.digest"));
        digest.setItems(Digest.values());
        digest.setItemLabelGenerator(d -> getTranslation("preferences.digest." + d.name()));
        digest.setId("preferences-digest");
        TextField leadDays = new TextField(getTranslation("preferences.lead-days"));
        leadDays.setHelperText(getTranslation("preferences.lead-days.help"));
        leadDays.setId("preferences-lead-days");
        CheckboxGroup<DeadlineKind> reminded = new CheckboxGroup<>(getTranslation("preferences.kinds"));
        reminded.setItems(ofTheirRoles);
        reminded.setItemLabelGenerator(kind -> getTranslation("deadline.kind." + kind.name()));
        reminded.setId("preferences-kinds");

        bind("mailLanguage", language);
        field("timeZone", zone)
                .asRequired(getTranslation("validation.required"))
                .bind("timeZone");
        bind("digest", digest);
        field("leadDays", leadDays)
                .withConverter(Converter.from(this::parseDays, PreferencesForm::formatDays))
                .bind("leadDays");
        bind("reminded", reminded);
        load(new Entered(
                preferences.mailLanguage() == null ? OWN_LANGUAGE : preferences.mailLanguage(),
                preferences.timeZone().getId(),
                preferences.digest(),
                preferences.leadDays(),
                ofTheirRoles.stream().filter(preferences::wants).collect(Collectors.toSet())));

        add(language, zone, digest, leadDays, reminded);
        setColspan(reminded, 2);
    }

    /** The preferences as entered; the kinds the user's roles do not deal with keep their setting. */
    Optional<ReminderPreferences> read() {
        return entered().map(entered -> {
            Set<DeadlineKind> optedOut = EnumSet.noneOf(DeadlineKind.class);
            shown.optedOut().stream()
                    .filter(kind -> !ofTheirRoles.contains(kind))
                    .forEach(optedOut::add);
            ofTheirRoles.stream()
                    .filter(kind -> !entered.reminded().contains(kind))
                    .forEach(optedOut::add);
            return new ReminderPreferences(
                    shown.userId(),
                    OWN_LANGUAGE.equals(entered.mailLanguage()) ? null : entered.mailLanguage(),
                    ZoneId.of(entered.timeZone()),
                    entered.digest(),
                    entered.leadDays(),
                    optedOut,
                    shown.version());
        });
    }

    private Result<List<Integer>> parseDays(String text) {
        try {
            List<Integer> days = Arrays.stream(text.split("[,;\\s]+"))
                    .filter(part -> !part.isBlank())
                    .map(Integer::valueOf)
                    .toList();
            return Result.ok(days);
        } catch (NumberFormatException notNumbers) {
            return Result.error(getTranslation("preferences.lead-days.invalid"));
        }
    }

    private static String formatDays(List<Integer> days) {
        return days == null
                ? ""
                : days.stream().sorted((a, b) -> b - a).map(String::valueOf).collect(Collectors.joining(", "));
    }
}
