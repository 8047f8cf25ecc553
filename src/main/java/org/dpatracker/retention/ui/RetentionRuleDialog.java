package org.dpatracker.retention.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import org.dpatracker.core.ui.FormDialog;
import org.dpatracker.core.ui.Notifications;
import org.dpatracker.retention.RetentionRule;
import org.dpatracker.retention.RetentionService;

/** Adds a retention rule ({@code rule} null) or edits one; periods are ISO-8601 (P30D, P3M, P10Y). */
class RetentionRuleDialog extends FormDialog {

    RetentionRuleDialog(RetentionService retention, long agreementId, RetentionRule rule, Runnable saved) {
        setHeaderTitle(getTranslation(rule == null ? "retention.add" : "retention.edit"));
        RetentionRuleForm form = new RetentionRuleForm(agreementId, rule);
        add(form);
        addSaveButton(
                "retention-save",
                form,
                form::read,
                retention::saveRule,
                "retention.saved",
                RetentionRule::dataCategory,
                stored -> saved.run());
        if (rule != null) {
            Button remove = new Button(getTranslation("action.remove"), click -> {
                if (Notifications.attempt(
                        this,
                        () -> retention.removeRule(rule.id(), rule.version()),
                        "retention.removed",
                        rule.dataCategory())) {
                    close();
                    saved.run();
                }
            });
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
            getFooter().addComponentAsFirst(remove);
        }
        setWidth("48rem");
    }
}
