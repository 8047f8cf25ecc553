package org.dpatracker.tom.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dpatracker.core.ui.EntryForm;
import org.dpatracker.processor.AgreementDetail;
import org.dpatracker.processor.Subprocessor;
import org.dpatracker.tom.ChecklistSource;
import org.dpatracker.tom.TomCatalogue;

/**
 * How a party's checklist starts: for which party, and from a catalogue's template or as a copy of
 * another agreement's checklist. Public, as are its entered values, for the Binder.
 */
public class StartChecklistForm extends EntryForm<StartChecklistForm.Entered> {

    /**
     * What the user chose: the party ({@code null} for the processor), whether from a template, and
     * the catalogue or the checklist to copy (only the one that applies is read).
     */
    public record Entered(Party party, Boolean fromTemplate, TomCatalogue catalogue, ChecklistSource source) {}

    /** The processor (no subprocessor id) or one subprocessor, with the name shown for it. */
    public record Party(Long subprocessorId, String label) {}

    StartChecklistForm(List<TomCatalogue> catalogues, List<ChecklistSource> sources, AgreementDetail detail) {
        super(Entered.class);
        List<Subprocessor> parties = new ArrayList<>();
        parties.add(null);
        parties.addAll(detail.subprocessors());
        List<Party> choices = parties.stream()
                .map(s -> new Party(s == null ? null : s.id(), Parties.name(this, detail, s)))
                .toList();
        ComboBox<Party> party = new ComboBox<>(getTranslation("tom.party"), choices);
        party.setItemLabelGenerator(Party::label);
        party.setId("tom-party");
        party.setWidthFull();
        RadioButtonGroup<Boolean> fromTemplate = new RadioButtonGroup<>(getTranslation("tom.start-how"));
        fromTemplate.setItems(true, false);
        fromTemplate.setItemLabelGenerator(t -> getTranslation(t ? "tom.from-template" : "tom.copy"));
        fromTemplate.setId("tom-start-how");
        ComboBox<TomCatalogue> catalogue = new ComboBox<>(getTranslation("tom.catalogue"), catalogues);
        catalogue.setItemLabelGenerator(c -> c.name().in(UI.getCurrent().getLocale()));
        catalogue.setId("tom-catalogue");
        catalogue.setWidthFull();
        Map<Long, TomCatalogue> byId =
                catalogues.stream().collect(Collectors.toMap(TomCatalogue::id, Function.identity()));
        ComboBox<ChecklistSource> source = new ComboBox<>(getTranslation("tom.copy-from"), sources);
        source.setItemLabelGenerator(s -> getTranslation(
                "tom.source",
                s.processorName(),
                s.partyName(),
                byId.containsKey(s.catalogueId())
                        ? byId.get(s.catalogueId()).name().in(UI.getCurrent().getLocale())
                        : ""));
        source.setId("tom-copy-source");
        source.setWidthFull();
        fromTemplate.addValueChangeListener(change -> {
            catalogue.setVisible(Boolean.TRUE.equals(change.getValue()));
            source.setVisible(!Boolean.TRUE.equals(change.getValue()));
        });

        bind("party", party);
        bind("fromTemplate", fromTemplate);
        bind("catalogue", catalogue);
        showAt("catalogueId", catalogue);
        bind("source", source);
        load(new Entered(choices.getFirst(), true, catalogues.size() == 1 ? catalogues.getFirst() : null, null));

        add(party, fromTemplate, catalogue, source);
        setResponsiveSteps(new ResponsiveStep("0", 1));
    }

    /** The choice as entered. */
    Optional<Entered> read() {
        return entered();
    }
}
