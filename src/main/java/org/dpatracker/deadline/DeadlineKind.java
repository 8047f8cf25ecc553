package org.dpatracker.deadline;

import static org.dpatracker.security.Role.ADMIN;
import static org.dpatracker.security.Role.AUDITOR;
import static org.dpatracker.security.Role.DPO;
import static org.dpatracker.security.Role.MANAGER;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.dpatracker.security.Role;

/** What falls due, whose job it is (the roles reminded of it) and how much missing it costs. */
public enum DeadlineKind {
    BREACH_AUTHORITY(DeadlineSeverity.URGENT, DPO),
    BREACH_SUBJECTS(DeadlineSeverity.URGENT, DPO),
    DELETION(DeadlineSeverity.NORMAL, DPO),
    BACKUP_DELETION(DeadlineSeverity.NORMAL, DPO),
    DELETION_CONFIRMATION(DeadlineSeverity.HIGH, DPO),
    OBJECTION(DeadlineSeverity.HIGH, DPO, MANAGER),
    AUDIT(DeadlineSeverity.NORMAL, AUDITOR, DPO),
    REMEDIATION_ACTION(DeadlineSeverity.NORMAL, DPO, AUDITOR),
    RECORD_REVIEW(DeadlineSeverity.NORMAL, DPO),
    AGREEMENT_REVIEW(DeadlineSeverity.NORMAL, DPO),
    AGREEMENT_END(DeadlineSeverity.HIGH, DPO, MANAGER),
    CERTIFICATE_EXPIRY(DeadlineSeverity.NORMAL, DPO),
    /** A document in the evidence vault (certificate, TIA, report) reaches its valid-until day. */
    DOCUMENT_EXPIRY(DeadlineSeverity.NORMAL, DPO),
    ADEQUACY_REVIEW(DeadlineSeverity.NORMAL, ADMIN, DPO),
    ADEQUACY_SUNSET(DeadlineSeverity.HIGH, ADMIN, DPO);

    private final DeadlineSeverity severity;
    private final Set<Role> owners;

    DeadlineKind(DeadlineSeverity severity, Role first, Role... rest) {
        this.severity = severity;
        this.owners = EnumSet.of(first, rest);
    }

    public DeadlineSeverity severity() {
        return severity;
    }

    /** Whether any of {@code roles} deals with deadlines of this kind. */
    public boolean ownedByAnyOf(Collection<Role> roles) {
        return roles.stream().anyMatch(owners::contains);
    }

    /** The roles whose users are reminded of it. */
    public Set<Role> owners() {
        return EnumSet.copyOf(owners);
    }
}
