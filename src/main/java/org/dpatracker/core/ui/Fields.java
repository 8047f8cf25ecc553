package org.dpatracker.core.ui;

import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/** Form fields filled with a value that may not be recorded yet (null reads as empty). */
public final class Fields {

    private Fields() {}

    public static TextField text(String label, String value) {
        TextField field = new TextField(label);
        field.setValue(value == null ? "" : value);
        return field;
    }

    public static TextArea area(String label, String value) {
        TextArea field = new TextArea(label);
        field.setValue(value == null ? "" : value);
        return field;
    }
}
