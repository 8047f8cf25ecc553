package org.dpatracker.tom.ui;

import com.vaadin.flow.component.HasValidation;

/** The English and the German field of one label, marked together when the service refuses the label. */
final class BothLanguages implements HasValidation {

    private final HasValidation en;
    private final HasValidation de;

    BothLanguages(HasValidation en, HasValidation de) {
        this.en = en;
        this.de = de;
    }

    @Override
    public void setErrorMessage(String errorMessage) {
        en.setErrorMessage(errorMessage);
        de.setErrorMessage(errorMessage);
    }

    @Override
    public String getErrorMessage() {
        return en.getErrorMessage();
    }

    @Override
    public void setInvalid(boolean invalid) {
        en.setInvalid(invalid);
        de.setInvalid(invalid);
    }

    @Override
    public boolean isInvalid() {
        return en.isInvalid() || de.isInvalid();
    }
}
