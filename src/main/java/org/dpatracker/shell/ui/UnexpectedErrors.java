package org.dpatracker.shell.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.dpatracker.core.ErrorReference;
import org.springframework.stereotype.Component;

/**
 * A failure in a button's or field's listener: the user gets a message with the reference under which it is
 * logged, never the exception; what they were doing stays on the screen.
 */
@Component
class UnexpectedErrors implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
                    String reference = ErrorReference.logged(error.getThrowable(), "a listener");
                    UI ui = UI.getCurrent();
                    if (ui != null) {
                        Notification shown = Notification.show(
                                ui.getTranslation("error.text", reference), 10000, Notification.Position.MIDDLE);
                        shown.addThemeVariants(NotificationVariant.LUMO_ERROR);
                    }
                }));
    }
}
