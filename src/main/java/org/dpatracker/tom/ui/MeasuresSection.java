package org.dpatracker.tom.ui;

import com.vaadin.flow.component.Component;
import org.dpatracker.processor.AgreementDetail;
import org.dpatracker.processor.ui.AgreementSection;
import org.dpatracker.tom.TomCatalogueService;
import org.dpatracker.tom.TomChecklistService;

/** Puts the TOM checklists on the agreement page. */
@org.springframework.stereotype.Component
class MeasuresSection implements AgreementSection {

    private final TomChecklistService checklists;
    private final TomCatalogueService catalogues;

    MeasuresSection(TomChecklistService checklists, TomCatalogueService catalogues) {
        this.checklists = checklists;
        this.catalogues = catalogues;
    }

    @Override
    public String titleKey() {
        return "tom.title";
    }

    @Override
    public String anchorId() {
        return "measures";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public boolean appliesTo(AgreementDetail detail) {
        return AgreementSection.art28(detail);
    }

    @Override
    public Component render(AgreementDetail detail, Runnable refresh) {
        return new MeasuresPanel(checklists, catalogues, detail, refresh);
    }
}
