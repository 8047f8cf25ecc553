package org.dpatracker.contract.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.function.Consumer;
import org.dpatracker.contract.ContractCheck;
import org.dpatracker.contract.ContractCheckService;
import org.dpatracker.contract.ContractPoint;

/**
 * One Art. 28(3) point edited where it stands in the list: status, clause and quote are saved without a
 * dialog and without leaving the place in the page; problems are shown at the field.
 */
class ContractPointRow extends Div {

    private final transient ContractCheckService checks;
    private final transient Consumer<ContractCheck> saved;
    private final ContractCheckForm form;
    private final String title;
    private transient Runnable next = () -> {};

    ContractPointRow(ContractCheckService checks, ContractCheck check, Consumer<ContractCheck> saved) {
        this.checks = checks;
        this.saved = saved;
        ContractPoint point = check.point();
        title = point.citation(getLocale()) + " – " + getTranslation("contract.point." + point.name());
        addClassName("checklist-row");
        setId("contract-row-" + point.name());
        Span citation = new Span(point.citation(getLocale()));
        citation.addClassName("checklist-citation");
        Div heading = new Div(citation, new Span(getTranslation("contract.point." + point.name())));
        heading.addClassName("checklist-row-title");
        form = new ContractCheckForm(check, "-" + point.name());
        Button save = new Button(getTranslation("action.save"), click -> save(false));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        save.setId("contract-row-save-" + point.name());
        save.setAriaLabel(getTranslation("action.save-named", point.citation(getLocale())));
        Button saveAndNext = new Button(getTranslation("checklist.save-next"), click -> save(true));
        saveAndNext.addThemeVariants(ButtonVariant.LUMO_SMALL);
        saveAndNext.setId("contract-row-next-" + point.name());
        saveAndNext.setAriaLabel(getTranslation("checklist.save-next-named", point.citation(getLocale())));
        Div actions = new Div(save, saveAndNext);
        actions.addClassName("checklist-row-actions");
        add(heading, form, actions);
    }

    /** Where "save and next" moves on to. */
    void setNext(Runnable next) {
        this.next = next;
    }

    void show(ContractCheck stored) {
        form.reset(stored);
    }

    void focus() {
        form.focusStatus();
        getElement().executeJs("this.scrollIntoView({block: 'nearest'})");
    }

    private void save(boolean thenNext) {
        form.read()
                .flatMap(input -> form.save(() -> checks.save(input), "contract.saved", title))
                .ifPresent(stored -> {
                    form.reset(stored);
                    saved.accept(stored);
                    if (thenNext) {
                        next.run();
                    }
                });
    }
}
