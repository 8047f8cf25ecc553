package org.dpatracker.retention.ui;

import com.vaadin.flow.component.Component;
import org.dpatracker.processor.AgreementDetail;
import org.dpatracker.processor.ui.AgreementSection;
import org.dpatracker.retention.RetentionService;

/** Puts retention rules and the end of the agreement on the agreement page. */
@org.springframework.stereotype.Component
class RetentionSection implements AgreementSection {

    private final RetentionService retention;

    RetentionSection(RetentionService retention) {
        this.retention = retention;
    }

    @Override
    public String titleKey() {
        return "retention.title";
    }

    @Override
    public String anchorId() {
        return "retention";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Component render(AgreementDetail detail, Runnable refresh) {
        return new RetentionPanel(retention, detail.agreement().id(), refresh);
    }
}
