package org.dpatracker.support;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** A page that fails as a bug would, for the tests of what users see then (test classpath only). */
@Route("test-failure")
@PermitAll
public class FailingView extends Div implements BeforeEnterObserver {

    public static final String SECRET = "jdbc:h2:secret-internals";

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        throw new IllegalStateException("Failed at " + SECRET);
    }
}
