package org.dpatracker.annex;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;
import java.util.Set;
import org.dpatracker.audit.AuditPeriod;
import org.dpatracker.audit.AuditRights;
import org.dpatracker.audit.AuditService;
import org.dpatracker.audit.CostBearer;
import org.dpatracker.breach.AuthorityNotification;
import org.dpatracker.breach.BreachContent;
import org.dpatracker.breach.BreachDuty;
import org.dpatracker.breach.BreachService;
import org.dpatracker.organisation.OrganisationService;
import org.dpatracker.processor.Agreement;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.retention.RetentionRule;
import org.dpatracker.retention.RetentionService;
import org.dpatracker.retention.RetentionTrigger;
import org.dpatracker.support.AgreementBuilder;
import org.dpatracker.support.H2Test;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * A data protection officer changes the audit rights, the breach duty and a retention rule of an
 * agreement: "what changed since version 1" names each of them, in the English and the German annex.
 */
@H2Test
class AnnexTermsDiffTest {

    @Autowired
    AnnexService annexes;

    @Autowired
    AgreementService agreements;

    @Autowired
    OrganisationService organisations;

    @Autowired
    AuditService audits;

    @Autowired
    BreachService breaches;

    @Autowired
    RetentionService retention;

    @Test
    @WithUserDetails("dpo")
    void auditRightsBreachDutyAndRetentionChangesAreNamed() {
        Agreement agreement = AgreementBuilder.agreement(agreements, organisations)
                .vendor("Terms Vendor " + System.nanoTime(), "DE")
                .save();
        long id = agreement.id();
        annexes.current(id, "en");
        annexes.current(id, "de");

        audits.saveRights(new AuditRights(
                id,
                true,
                1,
                AuditPeriod.CALENDAR_YEAR,
                14,
                CostBearer.CONTROLLER,
                true,
                false,
                false,
                false,
                true,
                12,
                "§ 9",
                -1));
        breaches.saveDuty(new BreachDuty(
                id,
                24,
                null,
                "e-mail",
                "dpo@vendor.example",
                Set.of(BreachContent.values()),
                true,
                AuthorityNotification.NOT_ALLOWED,
                "§ 8",
                -1));
        retention.saveRule(new RetentionRule(
                null,
                0,
                id,
                "Support tickets",
                Period.ofDays(30),
                RetentionTrigger.END_OF_CONTRACT,
                null,
                null,
                null,
                null,
                false,
                null,
                "§ 11"));

        for (String language : new String[] {"en", "de"}) {
            assertThat(annexes.current(id, language).version()).isEqualTo(2);
            AnnexDiff diff = annexes.changesSince(id, language, 1);
            assertThat(diff.auditRightsChanged()).as(language).isTrue();
            assertThat(diff.breachDutyChanged()).as(language).isTrue();
            assertThat(diff.retentionChanged()).as(language).containsExactly("Support tickets");
            assertThat(diff.partiesChanged()).as(language).isEmpty();
            assertThat(diff.subprocessorsAdded()).as(language).isEmpty();
        }

        AuditRights before = audits.rightsOf(id);
        audits.saveRights(new AuditRights(
                id,
                true,
                2,
                AuditPeriod.CALENDAR_YEAR,
                14,
                CostBearer.CONTROLLER,
                true,
                false,
                false,
                false,
                true,
                12,
                "§ 9",
                before.version()));
        assertThat(annexes.current(id, "en").version()).isEqualTo(3);
        AnnexDiff onlyAudits = annexes.changesSince(id, "en", 2);
        assertThat(onlyAudits.auditRightsChanged()).isTrue();
        assertThat(onlyAudits.breachDutyChanged()).isFalse();
        assertThat(onlyAudits.retentionChanged()).isEmpty();
    }
}
