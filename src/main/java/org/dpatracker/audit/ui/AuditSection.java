package org.dpatracker.audit.ui;

import com.vaadin.flow.component.Component;
import org.dpatracker.audit.AuditService;
import org.dpatracker.processor.AgreementDetail;
import org.dpatracker.processor.ui.AgreementSection;

/** Puts audit rights, the audit calendar and the audits on the agreement page. */
@org.springframework.stereotype.Component
class AuditSection implements AgreementSection {

    private final AuditService audits;

    AuditSection(AuditService audits) {
        this.audits = audits;
    }

    @Override
    public String titleKey() {
        return "audit.title";
    }

    @Override
    public String anchorId() {
        return "audits";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public boolean appliesTo(AgreementDetail detail) {
        return AgreementSection.art28(detail);
    }

    @Override
    public Component render(AgreementDetail detail, Runnable refresh) {
        return new AuditPanel(audits, detail.agreement().id(), refresh);
    }
}
