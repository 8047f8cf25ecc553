package org.dpatracker.annex;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dpatracker.organisation.Organisation;
import org.dpatracker.processor.AgreementDetail;
import org.dpatracker.processor.ProcessingLocation;
import org.dpatracker.processor.Subprocessor;
import org.dpatracker.tom.TomCatalogue;
import org.dpatracker.tom.TomChecklist;
import org.dpatracker.tom.TomEntry;
import org.dpatracker.tom.TomMeasure;

/**
 * The language-neutral facts a version showed, for "what changed since version N": the parties,
 * the subprocessors with their service and locations, and each party's measures. Stored with the
 * version as lines "key TAB value".
 */
final class AnnexSnapshot {

    static final String PARTY = "party";
    static final String SUBPROCESSOR = "subprocessor";
    static final String MEASURE = "measure";
    static final String AUDIT = "audit";
    static final String BREACH = "breach";
    static final String RETENTION = "retention";
    /** Present where a snapshot holds the audit, breach and retention sections; older ones do not. */
    static final String TERMS = "terms";

    private static final char SEPARATOR = '\u001F';

    private AnnexSnapshot() {}

    static SortedMap<String, String> of(AnnexContent content) {
        AgreementDetail detail = content.detail();
        SortedMap<String, String> facts = new TreeMap<>();
        facts.put(key(PARTY, "controller"), party(detail.controller()));
        facts.put(key(PARTY, "processor"), party(detail.processor()));
        for (Subprocessor s : detail.subprocessors()) {
            facts.put(
                    key(SUBPROCESSOR, detail.organisationOf(s).name()),
                    s.service() + " | " + s.approval() + " | "
                            + s.locations().stream()
                                    .map(AnnexSnapshot::location)
                                    .collect(Collectors.joining(", ")));
        }
        Map<Long, TomMeasure> measures = content.catalogues().stream()
                .flatMap(c -> c.measures().stream())
                .collect(Collectors.toMap(TomMeasure::id, Function.identity()));
        Map<Long, TomCatalogue> catalogues =
                content.catalogues().stream().collect(Collectors.toMap(TomCatalogue::id, Function.identity()));
        for (TomChecklist checklist : content.checklists()) {
            String party = checklist.subprocessorId() == null
                    ? detail.processor().name()
                    : detail.subprocessors().stream()
                            .filter(s -> s.id().equals(checklist.subprocessorId()))
                            .findFirst()
                            .map(s -> detail.organisationOf(s).name())
                            .orElse("#" + checklist.subprocessorId());
            for (TomEntry entry : checklist.entries()) {
                TomMeasure measure = measures.get(entry.measureId());
                facts.put(
                        key(
                                MEASURE,
                                party
                                        + SEPARATOR
                                        + catalogues
                                                .get(checklist.catalogueId())
                                                .code()
                                        + SEPARATOR
                                        + measure.code()
                                        + SEPARATOR
                                        + measure.name().en()),
                        entry.status() + " | " + entry.description() + " | " + entry.evidence());
            }
        }
        facts.put(key(TERMS, "audit, breach, retention"), "");
        facts.put(key(AUDIT, "rights"), terms(content.auditRights()));
        facts.put(key(BREACH, "duty"), terms(content.breachDuty()));
        for (var scheduled : content.retention()) {
            facts.put(key(RETENTION, scheduled.rule().dataCategory()), terms(scheduled.rule()));
        }
        return facts;
    }

    /** A term's facts without its row id and version, which change without changing the terms. */
    private static String terms(Record term) {
        return term == null ? "—" : term.toString().replaceAll("\\b(id|version)=-?\\d+(, )?", "");
    }

    static String write(SortedMap<String, String> facts) {
        return facts.entrySet().stream()
                .map(e -> e.getKey() + "\t"
                        + e.getValue()
                                .replace("\\", "\\\\")
                                .replace("\n", "\\n")
                                .replace("\t", " "))
                .collect(Collectors.joining("\n"));
    }

    static SortedMap<String, String> read(String stored) {
        SortedMap<String, String> facts = new TreeMap<>();
        for (String line : stored.split("\n")) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                facts.put(
                        line.substring(0, tab),
                        line.substring(tab + 1).replace("\\n", "\n").replace("\\\\", "\\"));
            }
        }
        return facts;
    }

    static String section(String key) {
        return key.substring(0, key.indexOf(SEPARATOR));
    }

    /** The readable part of a key: the organisation, or "party – measure name". */
    static String label(String key) {
        String[] parts = key.split(String.valueOf(SEPARATOR));
        return parts[0].equals(MEASURE) ? parts[1] + " – " + parts[4] : parts[1];
    }

    private static String key(String section, String name) {
        return section + SEPARATOR + name;
    }

    private static String party(Organisation o) {
        return o.name() + " | " + o.address() + " | " + o.contact() + " | " + o.dpo() + " | "
                + o.certifications().stream()
                        .map(c -> c.displayLabel() + "@" + c.validUntil())
                        .collect(Collectors.joining(","));
    }

    private static String location(ProcessingLocation l) {
        return l.country() + "/" + l.region() + "/" + l.mechanism();
    }
}
