package org.dpatracker.security.sso;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;

/**
 * The one client registration, read from the provider's discovery document on first use rather than at start-up:
 * the app starts, and the break-glass administrator signs in, while the provider is down. A failed read is tried
 * again at the next sign-in.
 */
final class SsoClientRegistrations implements ClientRegistrationRepository {

    static final String REGISTRATION_ID = "sso";

    private static final Logger LOG = LoggerFactory.getLogger(SsoClientRegistrations.class);

    private final SsoSettings settings;
    private volatile ClientRegistration registration;

    SsoClientRegistrations(SsoSettings settings) {
        this.settings = settings;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        if (!REGISTRATION_ID.equals(registrationId)) {
            return null;
        }
        ClientRegistration known = registration;
        if (known == null) {
            synchronized (this) {
                if (registration == null) {
                    registration = discover();
                }
                known = registration;
            }
        }
        return known;
    }

    private ClientRegistration discover() {
        try {
            return ClientRegistrations.fromIssuerLocation(settings.issuerUri())
                    .registrationId(REGISTRATION_ID)
                    .clientName(settings.providerName())
                    .clientId(settings.clientId())
                    .clientSecret(settings.clientSecret())
                    .scope("openid", "profile", "email")
                    .build();
        } catch (RuntimeException unreachable) {
            LOG.warn(
                    "Single sign-on: cannot read the discovery document of {}: {}",
                    settings.issuerUri(),
                    unreachable.getMessage());
            return null;
        }
    }
}
