package org.dpatracker.core.ui;

import com.vaadin.flow.component.html.Span;

/** A small coloured label (Lumo badge) for states and flags. */
public class Badge extends Span {

    public enum Tone {
        NEUTRAL,
        SUCCESS,
        ERROR,
        CONTRAST,
        WARNING
    }

    public Badge(String text, Tone tone) {
        super(text);
        getElement().getThemeList().add("badge");
        getElement().getThemeList().add("small");
        switch (tone) {
            case SUCCESS -> getElement().getThemeList().add("success");
            case ERROR -> getElement().getThemeList().add("error");
            case CONTRAST -> getElement().getThemeList().add("contrast");
            case WARNING -> getElement().getThemeList().add("warning");
            case NEUTRAL -> {}
        }
    }
}
