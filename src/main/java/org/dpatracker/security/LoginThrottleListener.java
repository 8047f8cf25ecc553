package org.dpatracker.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Feeds login outcomes into the {@link LoginThrottle}. */
@Component
class LoginThrottleListener {

    private final LoginThrottle throttle;

    LoginThrottleListener(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        throttle.failed(event.getAuthentication().getName());
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        throttle.succeeded(event.getAuthentication().getName());
    }
}
