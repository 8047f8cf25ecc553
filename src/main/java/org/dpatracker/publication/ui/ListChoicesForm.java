package org.dpatracker.publication.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.Binder;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.dpatracker.core.ui.FormMessage;
import org.dpatracker.publication.ListEntry;
import org.dpatracker.publication.ListSettings;
import org.dpatracker.publication.PublicationService;
import org.dpatracker.publication.PublishedField;

/** What the list shows: the fields (the name always), the entries, and the notice period towards our customers. */
class ListChoicesForm extends VerticalLayout {

    private final CheckboxGroup<PublishedField> fields = new CheckboxGroup<>(getTranslation("publist.view.fields"));
    private final CheckboxGroup<ListEntry> entries = new CheckboxGroup<>(getTranslation("publist.view.entries"));
    private final IntegerField noticeDays = new IntegerField(getTranslation("publist.view.notice-days"));
    private final Binder<Choices> binder = new Binder<>();
    private final FormMessage message = new FormMessage();

    ListChoicesForm(PublicationService publication, ListSettings settings, List<ListEntry> candidates, Runnable saved) {
        setPadding(false);
        fields.setItems(PublishedField.values());
        fields.setItemLabelGenerator(field -> getTranslation("publist.field." + field.key()));
        fields.setItemEnabledProvider(field -> field != PublishedField.NAME);
        entries.setItems(candidates);
        entries.setItemLabelGenerator(ListEntry::name);
        entries.setHelperText(
                candidates.isEmpty()
                        ? getTranslation("publist.view.no-candidates")
                        : getTranslation("publist.view.entries-help"));
        noticeDays.setMin(0);
        noticeDays.setMax(ListSettings.MAX_NOTICE_DAYS);
        noticeDays.setStepButtonsVisible(true);
        noticeDays.setHelperText(getTranslation("publist.view.notice-days-help"));
        binder.forField(fields).bind(Choices::getFields, Choices::setFields);
        binder.forField(entries).bind(Choices::getEntries, Choices::setEntries);
        binder.forField(noticeDays)
                .asRequired(getTranslation("validation.required"))
                .withValidator(
                        days -> days >= 0 && days <= ListSettings.MAX_NOTICE_DAYS,
                        getTranslation("publist.validation.notice-days", ListSettings.MAX_NOTICE_DAYS))
                .bind(Choices::getNoticeDays, Choices::setNoticeDays);
        Set<ListEntry> chosen = candidates.stream()
                .filter(candidate -> !settings.excluded().contains(candidate.organisationId()))
                .collect(Collectors.toSet());
        binder.readBean(new Choices(EnumSet.copyOf(settings.fields()), chosen, settings.noticePeriodDays()));
        Button save =
                new Button(getTranslation("action.save"), click -> save(publication, settings, candidates, saved));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H3(getTranslation("publist.view.choices")), message, fields, entries, noticeDays, save);
    }

    private void save(
            PublicationService publication, ListSettings settings, List<ListEntry> candidates, Runnable saved) {
        Choices choices = new Choices(EnumSet.noneOf(PublishedField.class), Set.of(), 0);
        if (!binder.writeBeanIfValid(choices)) {
            return;
        }
        Set<Long> excluded = candidates.stream()
                .filter(candidate -> !choices.getEntries().contains(candidate))
                .map(ListEntry::organisationId)
                .collect(Collectors.toSet());
        ListSettings input =
                new ListSettings(choices.getFields(), excluded, choices.getNoticeDays(), settings.version());
        message.attempt(
                        () -> publication.saveSettings(input),
                        Map.of("fields", fields, "noticePeriodDays", noticeDays),
                        "publist.view.saved")
                .ifPresent(done -> saved.run());
    }

    /** The form's values while the DPO edits them. */
    static final class Choices {
        private Set<PublishedField> fields;
        private Set<ListEntry> entries;
        private Integer noticeDays;

        Choices(Set<PublishedField> fields, Set<ListEntry> entries, Integer noticeDays) {
            this.fields = new HashSet<>(fields);
            this.entries = new HashSet<>(entries);
            this.noticeDays = noticeDays;
        }

        Set<PublishedField> getFields() {
            return fields;
        }

        void setFields(Set<PublishedField> fields) {
            this.fields = new HashSet<>(fields);
        }

        Set<ListEntry> getEntries() {
            return entries;
        }

        void setEntries(Set<ListEntry> entries) {
            this.entries = new HashSet<>(entries);
        }

        Integer getNoticeDays() {
            return noticeDays;
        }

        void setNoticeDays(Integer noticeDays) {
            this.noticeDays = noticeDays;
        }
    }
}
