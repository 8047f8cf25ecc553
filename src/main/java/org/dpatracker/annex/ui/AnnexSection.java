package org.dpatracker.annex.ui;

import com.vaadin.flow.component.Component;
import org.dpatracker.annex.AnnexService;
import org.dpatracker.processor.AgreementDetail;
import org.dpatracker.processor.ui.AgreementSection;
import org.dpatracker.security.CurrentUser;
import org.dpatracker.security.Permission;

/** Puts the annex PDFs, their versions and "what changed" on the agreement page, for those who may export. */
@org.springframework.stereotype.Component
class AnnexSection implements AgreementSection {

    private final AnnexService annexes;

    AnnexSection(AnnexService annexes) {
        this.annexes = annexes;
    }

    @Override
    public String titleKey() {
        return "annexui.title";
    }

    @Override
    public String anchorId() {
        return "annexes";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public boolean visible() {
        return CurrentUser.has(Permission.DOCUMENTS_EXPORT);
    }

    @Override
    public boolean appliesTo(AgreementDetail detail) {
        return AgreementSection.art28(detail);
    }

    @Override
    public Component render(AgreementDetail detail, Runnable refresh) {
        return new AnnexPanel(annexes, detail.agreement().id(), refresh);
    }
}
