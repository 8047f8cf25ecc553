package org.dpatracker.demo;

import java.util.List;
import org.dpatracker.security.LoginHints;
import org.dpatracker.security.Role;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** One demo user per role. These passwords exist only in the demo data set and are shown on its login page. */
@Component
@Profile("demo")
class DemoAccounts implements LoginHints {

    static final List<Credential> ALL = List.of(
            new Credential("admin", "admin-demo-2026", Role.ADMIN),
            new Credential("dpo", "dpo-demo-2026", Role.DPO),
            new Credential("auditor", "auditor-demo-2026", Role.AUDITOR),
            new Credential("manager", "manager-demo-2026", Role.MANAGER));

    @Override
    public List<Credential> credentials() {
        return ALL;
    }
}
