package org.dpatracker.user;

import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.dpatracker.history.RecordedEntity;
import org.springframework.stereotype.Component;

/**
 * The users as the history records them, for comparing the rows with the history: without their
 * password hashes, which the history never holds (it only notes that a password was changed).
 */
@Component
class RecordedUsers implements RecordedEntity {

    private final UserRepository repository;

    RecordedUsers(UserRepository repository) {
        this.repository = repository;
    }

    @Override
    public String entity() {
        return UserService.ENTITY;
    }

    @Override
    public void readCurrent(BiConsumer<String, Map<String, ?>> row) {
        repository.findAll().forEach(user -> row.accept(String.valueOf(user.id()), user.historyState()));
    }

    @Override
    public Set<String> changeOnlyFields() {
        return Set.of(UserService.PASSWORD_CHANGED, UserService.SIGNED_IN_VIA, UserService.SINGLE_SIGN_ON_ENDED);
    }
}
