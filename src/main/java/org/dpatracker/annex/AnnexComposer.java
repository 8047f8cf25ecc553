package org.dpatracker.annex;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dpatracker.annex.AnnexModel.Block;
import org.dpatracker.annex.AnnexModel.Facts;
import org.dpatracker.annex.AnnexModel.Heading;
import org.dpatracker.annex.AnnexModel.Paragraph;
import org.dpatracker.annex.AnnexModel.Table;
import org.dpatracker.audit.AuditRights;
import org.dpatracker.breach.BreachDuty;
import org.dpatracker.organisation.Organisation;
import org.dpatracker.processor.Agreement;
import org.dpatracker.processor.AgreementDetail;
import org.dpatracker.processor.ProcessingDescription;
import org.dpatracker.processor.Subprocessor;
import org.dpatracker.retention.RetentionWording;
import org.dpatracker.retention.ScheduledRule;
import org.dpatracker.tom.TomCatalogue;
import org.dpatracker.tom.TomChecklist;
import org.dpatracker.tom.TomEntry;
import org.dpatracker.tom.TomMeasure;

/**
 * Turns an agreement's recorded facts into the annexes of the Commission's clauses 2021/915
 * (I parties, II description, III measures per party, IV sub-processors), followed by audit rights,
 * breach notification, and retention and deletion. Every field appears; unrecorded ones say so.
 */
final class AnnexComposer {

    private final AnnexWords w;
    private final List<Block> blocks = new ArrayList<>();

    private AnnexComposer(Locale locale) {
        this.w = new AnnexWords(locale);
    }

    static AnnexModel compose(AnnexContent content, Locale locale) {
        AnnexComposer composer = new AnnexComposer(locale);
        composer.parties(content.detail());
        composer.processing(content.detail());
        composer.measures(content);
        composer.subprocessors(content.detail());
        composer.audits(content.auditRights());
        composer.breaches(content.breachDuty());
        composer.retention(content);
        composer.documents(content);
        AgreementDetail detail = content.detail();
        return new AnnexModel(
                w(locale).t("annex.title"),
                w(locale)
                        .t(
                                "annex.subject",
                                detail.controller().name(),
                                detail.processor().name()),
                composer.blocks);
    }

    private static AnnexWords w(Locale locale) {
        return new AnnexWords(locale);
    }

    private void parties(AgreementDetail detail) {
        Agreement agreement = detail.agreement();
        blocks.add(new Heading(1, w.t("annex.i")));
        party("annex.controller", detail.controller(), agreement);
        party("annex.processor", detail.processor(), agreement);
    }

    private void party(String roleKey, Organisation organisation, Agreement agreement) {
        blocks.add(new Heading(2, w.t(roleKey) + ": " + organisation.name()));
        List<String[]> facts = new ArrayList<>();
        facts.add(pair("annex.name", organisation.nameWithLegalForm()));
        facts.add(pair("annex.address", w.address(organisation)));
        facts.add(pair("annex.website", w.or(organisation.website())));
        facts.add(pair("annex.contact", w.contact(organisation.contact())));
        facts.add(pair("annex.dpo", w.contact(organisation.dpo())));
        facts.add(pair("annex.certifications", w.certifications(organisation)));
        facts.add(pair(
                "annex.signature",
                w.t(
                        "annex.signature-value",
                        w.date(agreement.document().signedOn()),
                        w.or(agreement.document().signedBy()))));
        blocks.add(new Facts(facts));
    }

    private void processing(AgreementDetail detail) {
        Agreement agreement = detail.agreement();
        ProcessingDescription p = agreement.processing();
        blocks.add(new Heading(1, w.t("annex.ii")));
        List<String[]> facts = new ArrayList<>();
        facts.add(pair("annex.subject-matter", w.or(p.subjectMatter())));
        facts.add(pair("annex.services", w.or(p.services())));
        facts.add(pair("annex.data-subjects", w.or(p.dataSubjects())));
        facts.add(pair("annex.personal-data", w.or(p.personalData())));
        facts.add(pair(
                "annex.sensitive-data",
                p.specialCategories().isEmpty()
                        ? w.t("annex.none-recorded")
                        : p.specialCategories().stream()
                                .sorted()
                                .map(c -> w.t("special." + c.name()))
                                .collect(Collectors.joining("; "))));
        facts.add(pair("annex.safeguards", w.or(p.specialSafeguards())));
        facts.add(pair("annex.nature", w.or(p.nature())));
        facts.add(pair("annex.purposes", w.or(p.purposes())));
        facts.add(pair("annex.duration", w.or(p.duration())));
        facts.add(pair("annex.term", w.or(agreement.document().termAndTermination())));
        facts.add(pair(
                "annex.own-purposes",
                agreement.ownPurposeUse()
                        ? w.t("annex.own-purposes-yes", w.or(agreement.ownPurposeClause()))
                        : w.yesNo(false)));
        facts.add(pair("annex.processor-locations", w.locations(agreement.locations())));
        facts.add(pair("annex.document", w.or(agreement.document().title())));
        facts.add(pair("annex.document-version", w.or(agreement.document().version())));
        facts.add(pair(
                "annex.valid",
                w.t(
                        "annex.valid-value",
                        w.date(agreement.document().validFrom()),
                        w.date(agreement.document().validUntil()))));
        facts.add(pair("annex.copy", w.or(agreement.document().signedCopyLocation())));
        facts.add(pair("annex.source", w.or(agreement.source())));
        blocks.add(new Facts(facts));
        blocks.add(new Heading(2, w.t("annex.ii-subprocessors")));
        if (detail.subprocessors().isEmpty()) {
            blocks.add(new Paragraph(w.t("annex.no-subprocessors")));
            return;
        }
        blocks.add(new Table(
                List.of(
                        w.t("annex.subprocessor"),
                        w.t("annex.subject-and-nature"),
                        w.t("annex.duration"),
                        w.t("annex.engaged-by")),
                new float[] {0.24f, 0.42f, 0.14f, 0.20f},
                detail.subprocessors().stream()
                        .map(s -> List.of(
                                detail.organisationOf(s).name(),
                                w.or(s.service()),
                                // No seed states a subprocessor's duration; the annex says what is recorded.
                                w.or(null),
                                engagedBy(detail, s)))
                        .toList()));
    }

    private void measures(AnnexContent content) {
        AgreementDetail detail = content.detail();
        blocks.add(new Heading(1, w.t("annex.iii")));
        blocks.add(new Paragraph(w.t("annex.iii-intro")));
        if (content.checklists().isEmpty()) {
            blocks.add(new Paragraph(w.t("annex.no-measures")));
        }
        Map<Long, TomCatalogue> catalogues =
                content.catalogues().stream().collect(Collectors.toMap(TomCatalogue::id, Function.identity()));
        for (TomChecklist checklist : content.checklists()) {
            TomCatalogue catalogue = catalogues.get(checklist.catalogueId());
            Organisation party = partyOf(detail, checklist.subprocessorId());
            blocks.add(new Heading(
                    2,
                    w.t(checklist.forProcessor() ? "annex.measures-of-processor" : "annex.measures-of", party.name())));
            blocks.add(new Paragraph(w.t(
                    "annex.measures-summary",
                    catalogue.name().in(w.locale()),
                    checklist.progress().implemented(),
                    checklist.progress().applicable())));
            blocks.add(new Paragraph(w.t("annex.party-certifications", w.certifications(party))));
            Map<Long, TomEntry> entries =
                    checklist.entries().stream().collect(Collectors.toMap(TomEntry::measureId, Function.identity()));
            List<List<String>> rows = new ArrayList<>();
            for (TomMeasure measure : catalogue.measures()) {
                TomEntry entry = entries.get(measure.id());
                if (entry == null) {
                    continue;
                }
                String name = (measure.group() == null ? "" : measure.group().in(w.locale()) + ": ")
                        + measure.name().in(w.locale())
                        + (measure.reference() == null ? "" : " (" + measure.reference() + ")");
                rows.add(List.of(
                        name, w.t("tom.status." + entry.status().name()), w.or(entry.description()), evidence(entry)));
            }
            blocks.add(new Table(
                    List.of(
                            w.t("annex.measure"),
                            w.t("annex.status"),
                            w.t("annex.measure-description"),
                            w.t("annex.evidence")),
                    new float[] {0.22f, 0.15f, 0.41f, 0.22f},
                    rows));
        }
        blocks.add(new Facts(List.of(
                pair("annex.assist-subprocessors", w.t("annex.not-recorded")),
                pair("annex.assist-processor", w.t("annex.not-recorded")))));
    }

    private void subprocessors(AgreementDetail detail) {
        Agreement agreement = detail.agreement();
        blocks.add(new Heading(1, w.t("annex.iv")));
        blocks.add(new Facts(List.of(
                pair(
                        "annex.authorisation",
                        agreement.subprocessorTerms().authorisation() == null
                                ? w.t("annex.not-recorded")
                                : w.t("authorisation."
                                        + agreement
                                                .subprocessorTerms()
                                                .authorisation()
                                                .name())),
                pair("annex.notice-period", days(agreement.subprocessorTerms().noticePeriodDays())),
                pair(
                        "annex.objection-period",
                        days(agreement.subprocessorTerms().objectionPeriodDays())),
                pair("annex.delimitation", w.or(agreement.subprocessorTerms().delimitation())))));
        if (detail.subprocessors().isEmpty()) {
            blocks.add(new Paragraph(w.t("annex.no-subprocessors")));
            return;
        }
        blocks.add(new Table(
                List.of(
                        w.t("annex.subprocessor"),
                        w.t("annex.address"),
                        w.t("annex.contact"),
                        w.t("annex.processing-description"),
                        w.t("annex.locations")),
                new float[] {0.17f, 0.17f, 0.18f, 0.24f, 0.24f},
                detail.subprocessors().stream()
                        .map(s -> {
                            Organisation o = detail.organisationOf(s);
                            String description =
                                    w.or(s.service()) + "\n" + w.t("annex.engaged-by") + ": " + engagedBy(detail, s)
                                            + "\n" + w.t("annex.approval") + ": "
                                            + w.t("approval." + s.approval().name())
                                            + (s.affiliate() ? "\n" + w.t("annex.affiliate") : "")
                                            + "\n" + w.t("annex.added-on") + ": " + w.date(s.addedOn());
                            return List.of(
                                    o.name(),
                                    w.address(o),
                                    w.contact(o.contact()),
                                    description,
                                    w.locations(s.locations()));
                        })
                        .toList()));
    }

    private void audits(AuditRights rights) {
        blocks.add(new Heading(1, w.t("annex.audits")));
        if (rights.isNew()) {
            blocks.add(new Paragraph(w.t("annex.audits-none")));
            return;
        }
        List<String> alternatives = new ArrayList<>();
        if (rights.acceptsCertificates()) {
            alternatives.add(w.t("audit.accepts.certificates"));
        }
        if (rights.acceptsCodesOfConduct()) {
            alternatives.add(w.t("audit.accepts.codes"));
        }
        if (rights.acceptsCertification()) {
            alternatives.add(w.t("audit.accepts.certification"));
        }
        if (rights.acceptsThirdPartyReports()) {
            alternatives.add(w.t("audit.accepts.reports"));
        }
        blocks.add(new Facts(List.of(
                pair("audit.on-site", w.yesNo(rights.onSite())),
                pair(
                        "audit.max",
                        rights.maxAudits() == null
                                ? w.t("annex.not-recorded")
                                : w.t(
                                        "audit.limit",
                                        rights.maxAudits(),
                                        w.t("audit.period." + rights.period().name()))),
                pair("audit.notice-days", days(rights.noticeDays())),
                pair(
                        "audit.cost-bearer",
                        rights.costBearer() == null
                                ? w.t("annex.not-recorded")
                                : w.t("audit.cost." + rights.costBearer().name())),
                pair("audit.alternatives", w.list(alternatives)),
                pair("audit.extra-after-incidents", w.yesNo(rights.extraAfterIncidents())),
                pair("audit.clause", w.or(rights.clauseReference())))));
    }

    private void breaches(BreachDuty duty) {
        blocks.add(new Heading(1, w.t("annex.breaches")));
        if (duty.isNew()) {
            blocks.add(new Paragraph(w.t("annex.breaches-none")));
            return;
        }
        String deadline = duty.noticeHours() == null
                ? w.or(duty.noticeWording())
                : w.t("breach.duty.hours", duty.noticeHours())
                        + (duty.noticeWording() == null ? "" : " (" + duty.noticeWording() + ")");
        blocks.add(new Facts(List.of(
                pair("breach.duty.deadline", deadline),
                pair("breach.duty.channel", w.or(duty.channel())),
                pair("breach.duty.contact", w.or(duty.contact())),
                pair(
                        "breach.duty.contents",
                        w.list(duty.requiredContents().stream()
                                .sorted()
                                .map(c -> w.t("breach.content." + c.name()))
                                .toList())),
                pair("breach.duty.supports", w.yesNo(duty.supportsController())),
                pair(
                        "breach.duty.may-notify",
                        duty.mayNotify() == null
                                ? w.t("annex.not-recorded")
                                : w.t("breach.may-notify." + duty.mayNotify().name())),
                pair("breach.duty.clause", w.or(duty.clauseReference())))));
    }

    private void retention(AnnexContent content) {
        blocks.add(new Heading(1, w.t("annex.retention")));
        if (content.retention().isEmpty()) {
            blocks.add(new Paragraph(w.t("annex.retention-none")));
        } else {
            blocks.add(new Table(
                    List.of(
                            w.t("retention.category"),
                            w.t("retention.rule"),
                            w.t("retention.backups"),
                            w.t("retention.due"),
                            w.t("retention.source")),
                    new float[] {0.2f, 0.26f, 0.12f, 0.14f, 0.28f},
                    content.retention().stream().map(this::rule).toList()));
        }
        blocks.add(new Heading(2, w.t("retention.end")));
        blocks.add(content.end()
                .<Block>map(end -> new Facts(List.of(
                        pair("retention.end.ended-on", w.date(end.endedOn())),
                        pair(
                                "retention.end.choice",
                                w.t("retention.choice." + end.choice().name())),
                        pair("retention.end.due-on", w.date(end.dueOn())),
                        pair("retention.end.confirmed-on", w.date(end.confirmedOn())),
                        pair("retention.end.certificate", w.or(end.certificateDocument())))))
                .orElse(new Paragraph(w.t("retention.end.none"))));
    }

    /** The evidence on file, each version with its SHA-256, so a reader can check the copy they hold. */
    private void documents(AnnexContent content) {
        blocks.add(new Heading(1, w.t("annex.documents")));
        if (content.documents().isEmpty()) {
            blocks.add(new Paragraph(w.t("annex.documents-none")));
            return;
        }
        blocks.add(new Table(
                List.of(
                        w.t("annex.documents.title"),
                        w.t("annex.documents.kind"),
                        w.t("annex.documents.date"),
                        w.t("annex.documents.version"),
                        w.t("annex.documents.sha256")),
                new float[] {0.28f, 0.17f, 0.13f, 0.08f, 0.34f},
                content.documents().stream()
                        .map(d -> List.of(
                                d.title(),
                                w.t("vault.kind." + d.kind().name()),
                                w.date(d.documentDate()),
                                String.valueOf(d.version()),
                                d.sha256()))
                        .toList()));
    }

    private List<String> rule(ScheduledRule scheduled) {
        var rule = scheduled.rule();
        String kept = RetentionWording.kept(rule, w::t);
        if (rule.legalHold()) {
            kept += "\n" + w.t("retention.legal-hold", rule.legalHoldReason());
        }
        String due = rule.legalHold()
                ? w.t("annex.suspended")
                : scheduled.deletionDue() == null
                        ? w.t(rule.period() == null ? "retention.due.criteria" : "retention.due.trigger-unknown")
                        : w.date(scheduled.deletionDue())
                                + (scheduled.backupDeletionDue() == null
                                        ? ""
                                        : "\n" + w.t("retention.due.backups", w.date(scheduled.backupDeletionDue())));
        return List.of(
                rule.dataCategory(),
                kept,
                rule.backupPeriod() == null ? w.t("annex.not-recorded") : w.period(rule.backupPeriod()),
                due,
                w.or(rule.source()));
    }

    private String evidence(TomEntry entry) {
        String evidence = entry.evidence() == null
                ? w.t("annex.not-recorded")
                : (entry.evidenceKind() == null
                                ? ""
                                : w.t("evidence." + entry.evidenceKind().name()) + ": ")
                        + entry.evidence();
        return entry.verifiedOn() == null
                ? evidence
                : evidence + "\n" + w.t("tom.verified-line", w.date(entry.verifiedOn()), w.or(entry.verifiedBy()));
    }

    private String engagedBy(AgreementDetail detail, Subprocessor subprocessor) {
        if (subprocessor.parentId() == null) {
            return detail.processor().name();
        }
        return detail.subprocessors().stream()
                .filter(s -> s.id().equals(subprocessor.parentId()))
                .findFirst()
                .map(parent -> detail.organisationOf(parent).name())
                .orElse(w.t("annex.not-recorded"));
    }

    private static Organisation partyOf(AgreementDetail detail, Long subprocessorId) {
        if (subprocessorId == null) {
            return detail.processor();
        }
        return detail.subprocessors().stream()
                .filter(s -> s.id().equals(subprocessorId))
                .findFirst()
                .map(detail::organisationOf)
                .orElse(detail.processor());
    }

    private String days(Integer days) {
        return days == null ? w.t("annex.not-recorded") : w.t("audit.days", days);
    }

    private String[] pair(String labelKey, String value) {
        return new String[] {w.t(labelKey), value};
    }
}
