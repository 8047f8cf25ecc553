package org.dpatracker.demo;

import java.util.Map;
import java.util.Set;
import org.dpatracker.security.LoginHints.Credential;
import org.dpatracker.security.Role;
import org.dpatracker.security.SystemAccess;
import org.dpatracker.user.UserDraft;
import org.dpatracker.user.UserService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Fills an empty database with the demo data set, through the same services users call. */
@Component
@Profile("demo")
@Order(10)
class DemoDataLoader implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoDataLoader.class);

    private static final Map<Role, String> DISPLAY_NAMES = Map.of(
            Role.ADMIN, "Alex Admin",
            Role.DPO, "Dana Datenschutz",
            Role.AUDITOR, "Ari Auditor",
            Role.MANAGER, "Max Manager");

    private final UserService users;
    private final DemoRegister register;
    private final DemoMeasures measures;
    private final DemoContractTerms contractTerms;
    private final DemoRetentionAndBreachDuties retentionAndBreaches;
    private final DemoRecords records;
    private final TransactionTemplate transaction;

    DemoDataLoader(
            UserService users,
            DemoRegister register,
            DemoMeasures measures,
            DemoContractTerms contractTerms,
            DemoRetentionAndBreachDuties retentionAndBreaches,
            DemoRecords records,
            PlatformTransactionManager transactions) {
        this.users = users;
        this.register = register;
        this.measures = measures;
        this.contractTerms = contractTerms;
        this.retentionAndBreaches = retentionAndBreaches;
        this.records = records;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Loads into an empty database only, so a restart keeps what users changed. */
    @Override
    public void run(ApplicationArguments args) {
        if (!users.isEmpty()) {
            return;
        }
        SystemAccess.run(() -> transaction.executeWithoutResult(status -> {
            DemoAccounts.ALL.forEach(this::createUser);
            DemoAgreements seeds = register.load();
            measures.load(seeds);
            contractTerms.load(seeds);
            retentionAndBreaches.load(seeds);
            records.load(seeds);
        }));
        LOG.info("Loaded the demo data set: {} users and the seed agreements", DemoAccounts.ALL.size());
    }

    private void createUser(Credential credential) {
        users.create(new UserDraft(
                null,
                null,
                credential.username(),
                DISPLAY_NAMES.get(credential.role()),
                credential.username() + "@demo.example",
                credential.password(),
                true,
                Set.of(credential.role())));
    }
}
