package org.dpatracker.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void onlyAdministratorsManageUsers() {
        assertThat(Arrays.stream(Role.values()).filter(role -> role.grants(Permission.USERS_MANAGE)))
                .containsExactly(Role.ADMIN);
    }

    @Test
    void onlyTheDpoEditsTheRegister() {
        assertThat(Arrays.stream(Role.values()).filter(role -> role.grants(Permission.REGISTER_EDIT)))
                .containsExactly(Role.DPO);
    }

    @Test
    void auditorsReadRecordAndExportButDoNotEdit() {
        assertThat(Role.AUDITOR.permissions())
                .contains(
                        Permission.REGISTER_READ,
                        Permission.AUDITS_RECORD,
                        Permission.DOCUMENTS_EXPORT,
                        Permission.HISTORY_VERIFY)
                .doesNotContain(Permission.REGISTER_EDIT, Permission.USERS_MANAGE);
    }

    @Test
    void managersReadAndDecideOnSubprocessorChanges() {
        assertThat(Role.MANAGER.permissions())
                .containsExactlyInAnyOrder(Permission.REGISTER_READ, Permission.SUBPROCESSOR_CHANGES_DECIDE);
    }

    @Test
    void severalRolesAddUpTheirPermissions() {
        Set<Permission> both = Role.permissionsOf(EnumSet.of(Role.ADMIN, Role.MANAGER));
        assertThat(both)
                .contains(Permission.USERS_MANAGE, Permission.SUBPROCESSOR_CHANGES_DECIDE)
                .doesNotContain(Permission.REGISTER_EDIT);
    }

    @Test
    void everyPermissionIsGrantedBySomeRole() {
        assertThat(Role.permissionsOf(EnumSet.allOf(Role.class))).containsExactlyInAnyOrder(Permission.values());
    }

    @Test
    void annotationConstantsNameTheirPermission() throws IllegalAccessException {
        Field[] constants = Permission.Names.class.getFields();
        assertThat(constants).hasSize(Permission.values().length);
        for (Field constant : constants) {
            assertThat(constant.get(null))
                    .isEqualTo(Permission.valueOf(constant.getName()).name());
        }
    }
}
