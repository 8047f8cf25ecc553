package org.dpatracker.security.sso;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dpatracker.security.Role;
import org.junit.jupiter.api.Test;

class RoleMappingTest {

    private final RoleMapping mapping = new RoleMapping(Map.of(
            Role.DPO, List.of("privacy-team"),
            Role.MANAGER, List.of("purchasing", " board "),
            Role.ADMIN, List.of()));

    @Test
    void eachMappedGroupGrantsItsRole() {
        assertThat(mapping.rolesOf(List.of("staff", "privacy-team", "board"))).contains(Set.of(Role.DPO, Role.MANAGER));
    }

    @Test
    void groupsMayComeAsOneStringSeparatedByCommasOrSpaces() {
        assertThat(mapping.rolesOf("purchasing, staff privacy-team")).contains(Set.of(Role.DPO, Role.MANAGER));
    }

    @Test
    void groupNamesMatchExactlyAndNoGroupGrantsNothing() {
        assertThat(mapping.rolesOf(List.of("Privacy-Team", "privacy"))).contains(Set.of());
        assertThat(mapping.rolesOf(null)).contains(Set.of());
    }

    @Test
    void withoutAnyMappedGroupTheProviderDoesNotDecideOnRoles() {
        assertThat(new RoleMapping(Map.of()).rolesOf(List.of("privacy-team"))).isEmpty();
        assertThat(new RoleMapping(Map.of(Role.DPO, List.of())).rolesOf(List.of("privacy-team")))
                .isEmpty();
    }
}
