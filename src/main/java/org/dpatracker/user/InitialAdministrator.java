package org.dpatracker.user;

import org.dpatracker.security.SystemAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator from APP_INITIAL_ADMIN_USERNAME and APP_INITIAL_ADMIN_PASSWORD
 * when the user table is empty. Without them the app shows its first-run page instead; there is
 * never a built-in default password.
 */
@Component
@Order(0)
class InitialAdministrator implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(InitialAdministrator.class);

    private final UserService users;
    private final String username;
    private final String password;

    InitialAdministrator(
            UserService users,
            @Value("${app.initial-admin.username:}") String username,
            @Value("${app.initial-admin.password:}") String password) {
        this.users = users;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (username.isBlank() || password.isBlank() || !users.isEmpty()) {
            return;
        }
        SystemAccess.run(() -> users.createFirstAdmin(username, username, password));
        LOG.info("Created the first administrator '{}' from the environment", username);
    }
}
