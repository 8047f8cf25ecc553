package org.dpatracker.annex;

import java.util.List;
import java.util.Optional;
import org.dpatracker.audit.AuditRights;
import org.dpatracker.breach.BreachDuty;
import org.dpatracker.evidence.Document;
import org.dpatracker.processor.AgreementDetail;
import org.dpatracker.retention.AgreementEnd;
import org.dpatracker.retention.ScheduledRule;
import org.dpatracker.tom.TomCatalogue;
import org.dpatracker.tom.TomChecklist;

/** Everything recorded about one agreement that its annexes show. */
public record AnnexContent(
        AgreementDetail detail,
        List<TomCatalogue> catalogues,
        List<TomChecklist> checklists,
        AuditRights auditRights,
        BreachDuty breachDuty,
        List<ScheduledRule> retention,
        Optional<AgreementEnd> end,
        List<Document> documents) {}
