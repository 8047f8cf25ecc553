package org.dpatracker.tom.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dpatracker.core.ui.FormDialog;
import org.dpatracker.core.ui.Notifications;
import org.dpatracker.processor.AgreementDetail;
import org.dpatracker.processor.Subprocessor;
import org.dpatracker.tom.ChecklistSource;
import org.dpatracker.tom.TomCatalogue;
import org.dpatracker.tom.TomChecklistService;

/** Starts a party's checklist from a catalogue template, or copies one from another agreement. */
class StartChecklistDialog extends FormDialog {

    private static final Subprocessor PROCESSOR = null;

    StartChecklistDialog(
            TomChecklistService checklists, List<TomCatalogue> catalogues, AgreementDetail detail, Runnable started) {
        setHeaderTitle(getTranslation("tom.start"));
        List<Subprocessor> parties = new ArrayList<>();
        parties.add(PROCESSOR);
        parties.addAll(detail.subprocessors());
        List<Choice> choices = parties.stream()
                .map(s -> new Choice(s == null ? null : s.id(), Parties.name(this, detail, s)))
                .toList();
        ComboBox<Choice> party = new ComboBox<>(getTranslation("tom.party"), choices);
        party.setItemLabelGenerator(Choice::label);
        party.setValue(choices.getFirst());
        party.setId("tom-party");
        party.setWidthFull();
        RadioButtonGroup<Boolean> fromTemplate = new RadioButtonGroup<>(getTranslation("tom.start-how"));
        fromTemplate.setItems(true, false);
        fromTemplate.setItemLabelGenerator(t -> getTranslation(t ? "tom.from-template" : "tom.copy"));
        fromTemplate.setValue(true);
        fromTemplate.setId("tom-start-how");
        ComboBox<TomCatalogue> catalogue = new ComboBox<>(getTranslation("tom.catalogue"), catalogues);
        catalogue.setItemLabelGenerator(c -> c.name().in(UI.getCurrent().getLocale()));
        catalogue.setId("tom-catalogue");
        catalogue.setWidthFull();
        Map<Long, TomCatalogue> byId =
                catalogues.stream().collect(Collectors.toMap(TomCatalogue::id, Function.identity()));
        ComboBox<ChecklistSource> source = new ComboBox<>(getTranslation("tom.copy-from"), checklists.copySources());
        source.setItemLabelGenerator(s -> getTranslation(
                "tom.source",
                s.processorName(),
                s.partyName(),
                byId.containsKey(s.catalogueId())
                        ? byId.get(s.catalogueId()).name().in(UI.getCurrent().getLocale())
                        : ""));
        source.setId("tom-copy-source");
        source.setWidthFull();
        source.setVisible(false);
        fromTemplate.addValueChangeListener(change -> {
            catalogue.setVisible(change.getValue());
            source.setVisible(!change.getValue());
        });
        FormLayout form = new FormLayout(party, fromTemplate, catalogue, source);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        Button start = new Button(getTranslation("tom.start-save"), click -> {
            Long subprocessorId =
                    party.getValue() == null ? null : party.getValue().id();
            if (Notifications.attempt(
                    this,
                    () -> {
                        if (Boolean.TRUE.equals(fromTemplate.getValue())) {
                            checklists.start(
                                    detail.agreement().id(),
                                    subprocessorId,
                                    catalogue.isEmpty()
                                            ? -1
                                            : catalogue.getValue().id());
                        } else {
                            checklists.copy(
                                    source.isEmpty() ? -1 : source.getValue().checklistId(),
                                    detail.agreement().id(),
                                    subprocessorId);
                        }
                    },
                    "tom.started",
                    party.getValue() == null ? "" : party.getValue().label())) {
                close();
                started.run();
            }
        });
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setId("tom-start-save");
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), start);
        setWidth("40rem");
    }

    /** The processor (no subprocessor id) or one subprocessor. */
    private record Choice(Long id, String label) {}
}
