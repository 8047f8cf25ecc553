package org.dpatracker.responsible;

import static org.dpatracker.db.Tables.AGREEMENT;
import static org.dpatracker.db.Tables.APP_USER;
import static org.dpatracker.db.Tables.APP_USER_ROLE;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.dpatracker.security.Permission;
import org.dpatracker.security.Role;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The responsible person column of the agreements, and the users who may be named in it. */
@Repository
class ResponsibleRepository {

    private static final List<Role> EDITORS = Arrays.stream(Role.values())
            .filter(role -> role.grants(Permission.REGISTER_EDIT))
            .toList();

    private final DSLContext dsl;

    ResponsibleRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<ResponsiblePerson> candidates() {
        return dsl.select(APP_USER.ID, APP_USER.USERNAME, APP_USER.DISPLAY_NAME)
                .from(APP_USER)
                .where(APP_USER.ENABLED.isTrue())
                .and(DSL.exists(DSL.selectOne()
                        .from(APP_USER_ROLE)
                        .where(APP_USER_ROLE.USER_ID.eq(APP_USER.ID))
                        .and(APP_USER_ROLE.ROLE.in(EDITORS))))
                .orderBy(APP_USER.DISPLAY_NAME, APP_USER.ID)
                .fetch(Records.mapping(ResponsiblePerson::new));
    }

    /** The responsible user of each of the agreements that exist; {@code null} where nobody is named. */
    Map<Long, Long> responsibleOf(Collection<Long> agreementIds) {
        return dsl.select(AGREEMENT.ID, AGREEMENT.RESPONSIBLE_USER_ID)
                .from(AGREEMENT)
                .where(AGREEMENT.ID.in(agreementIds))
                .fetchMap(AGREEMENT.ID, AGREEMENT.RESPONSIBLE_USER_ID);
    }

    Optional<ResponsiblePerson> personOf(long agreementId) {
        return dsl.select(APP_USER.ID, APP_USER.USERNAME, APP_USER.DISPLAY_NAME)
                .from(AGREEMENT)
                .join(APP_USER)
                .on(APP_USER.ID.eq(AGREEMENT.RESPONSIBLE_USER_ID))
                .where(AGREEMENT.ID.eq(agreementId))
                .fetchOptional(Records.mapping(ResponsiblePerson::new));
    }

    void assign(long agreementId, Long userId) {
        dsl.update(AGREEMENT)
                .set(AGREEMENT.RESPONSIBLE_USER_ID, userId)
                .where(AGREEMENT.ID.eq(agreementId))
                .execute();
    }

    /** Every agreement with a responsible person, with that person's user id, for the history check. */
    void forEachAssigned(BiConsumer<Long, Long> assigned) {
        dsl.select(AGREEMENT.ID, AGREEMENT.RESPONSIBLE_USER_ID)
                .from(AGREEMENT)
                .where(AGREEMENT.RESPONSIBLE_USER_ID.isNotNull())
                .orderBy(AGREEMENT.ID)
                .fetch()
                .forEach(row -> assigned.accept(row.value1(), row.value2()));
    }
}
