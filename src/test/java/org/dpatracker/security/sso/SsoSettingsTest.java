package org.dpatracker.security.sso;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.dpatracker.security.Role;
import org.junit.jupiter.api.Test;

class SsoSettingsTest {

    @Test
    void ssoOnlyRefusesEveryPasswordButTheBreakGlassAdministrators() {
        SsoSettings only = settings("https://idp.example", true, "Admin");

        assertThat(only.refusesPasswordOf("dpo")).isTrue();
        assertThat(only.refusesPasswordOf("unknown-name")).isTrue();
        assertThat(only.refusesPasswordOf(" admin ")).isFalse();
    }

    @Test
    void passwordsStayWithoutSsoOnlyOrWithoutAnIssuer() {
        assertThat(settings("https://idp.example", false, "admin").refusesPasswordOf("dpo"))
                .isFalse();
        assertThat(settings("", true, "admin").refusesPasswordOf("dpo")).isFalse();
        assertThat(settings(" ", true, "admin").enabled()).isFalse();
    }

    @Test
    void withoutABreakGlassUserSsoOnlyRefusesEveryone() {
        assertThat(settings("https://idp.example", true, "").refusesPasswordOf("admin"))
                .isTrue();
    }

    @Test
    void unsetGroupPlaceholdersMapNoGroup() {
        SsoSettings unset = new SsoSettings(
                "https://idp.example", "id", "secret", "", "", Map.of(Role.DPO, List.of(" ")), false, false, "");

        assertThat(new RoleMapping(unset.groups()).rolesOf(List.of("privacy-team")))
                .isEmpty();
        assertThat(unset.providerName()).isEqualTo("single sign-on");
        assertThat(unset.roleClaim()).isEqualTo("groups");
    }

    private static SsoSettings settings(String issuer, boolean only, String breakGlass) {
        return new SsoSettings(issuer, "id", "secret", "Corp", "groups", Map.of(), false, only, breakGlass);
    }
}
