package org.dpatracker.security.sso;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dpatracker.security.Role;

/** Which roles a user's groups at the provider grant, as configured under {@code dpa.sso.groups}. */
final class RoleMapping {

    private final Map<Role, List<String>> groupsPerRole;

    RoleMapping(Map<Role, List<String>> groupsPerRole) {
        this.groupsPerRole = groupsPerRole;
    }

    /** Empty when no group is mapped at all: roles are then managed in the app, not by the provider. */
    Optional<Set<Role>> rolesOf(Object claim) {
        if (groupsPerRole.values().stream().allMatch(List::isEmpty)) {
            return Optional.empty();
        }
        Set<String> groups = groupsOf(claim);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        groupsPerRole.forEach((role, granting) -> {
            if (granting.stream().map(String::trim).anyMatch(groups::contains)) {
                roles.add(role);
            }
        });
        return Optional.of(roles);
    }

    /** A list of group names, or one string of names separated by commas or spaces. */
    private static Set<String> groupsOf(Object claim) {
        Stream<String> names;
        if (claim instanceof Collection<?> list) {
            names = list.stream().map(String::valueOf);
        } else if (claim instanceof String text) {
            names = Stream.of(text.split("[,\\s]+"));
        } else {
            names = Stream.empty();
        }
        return names.map(String::trim).filter(name -> !name.isEmpty()).collect(Collectors.toSet());
    }
}
