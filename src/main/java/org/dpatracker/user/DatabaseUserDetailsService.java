package org.dpatracker.user;

import org.dpatracker.security.LoginThrottle;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Loads users for the login; a throttled user name is reported as locked before any password check. */
@Component
class DatabaseUserDetailsService implements UserDetailsService {

    private final UserRepository repository;
    private final LoginThrottle throttle;

    DatabaseUserDetailsService(UserRepository repository, LoginThrottle throttle) {
        this.repository = repository;
        this.throttle = throttle;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        String name = username == null ? "" : username.trim();
        return repository
                .findCredentials(name)
                .map(user -> user.principal(throttle.isLocked(name)))
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }
}
