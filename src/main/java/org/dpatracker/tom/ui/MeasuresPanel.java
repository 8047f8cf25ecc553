package org.dpatracker.tom.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.dpatracker.processor.AgreementDetail;
import org.dpatracker.security.CurrentUser;
import org.dpatracker.security.Permission;
import org.dpatracker.tom.TomCatalogue;
import org.dpatracker.tom.TomCatalogueService;
import org.dpatracker.tom.TomChecklist;
import org.dpatracker.tom.TomChecklistService;

/**
 * The measures of every party side by side, one table per catalogue, and the button that starts a
 * party's checklist (which reloads the page; editing a measure does not).
 */
class MeasuresPanel extends Div {

    MeasuresPanel(
            TomChecklistService checklists, TomCatalogueService catalogues, AgreementDetail detail, Runnable refresh) {
        setId("measures");
        addClassName("measures");
        setWidthFull();
        add(new H3(getTranslation("tom.title")));
        List<TomCatalogue> allCatalogues = catalogues.findAll();
        List<TomChecklist> ofAgreement =
                checklists.ofAgreement(detail.agreement().id());
        boolean editable = CurrentUser.has(Permission.REGISTER_EDIT);
        if (editable) {
            Button start = new Button(
                    getTranslation("tom.start"),
                    VaadinIcon.PLUS.create(),
                    click -> new StartChecklistDialog(checklists, allCatalogues, detail, refresh).open());
            start.setId("tom-start");
            add(start);
        }
        if (ofAgreement.isEmpty()) {
            add(new Paragraph(getTranslation("tom.none")));
            return;
        }
        Map<Long, List<TomChecklist>> byCatalogue = ofAgreement.stream()
                .collect(Collectors.groupingBy(
                        TomChecklist::catalogueId, java.util.LinkedHashMap::new, Collectors.toList()));
        for (TomCatalogue catalogue : allCatalogues) {
            List<TomChecklist> parties = byCatalogue.get(catalogue.id());
            if (parties != null) {
                add(
                        new H4(catalogue.name().in(locale())),
                        new MeasureMatrix(checklists, detail, catalogue, parties, editable));
            }
        }
    }

    private Locale locale() {
        return UI.getCurrent() == null ? getLocale() : UI.getCurrent().getLocale();
    }
}
