package org.dpatracker.hostile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * The hostile inputs, each with the field it goes into and what must happen: stored and given back literally,
 * or refused with the field named. Text shown elsewhere (grids, PDFs, exports) is stored as typed; the views
 * show it as text, never as markup.
 */
final class HostileInput {

    /** Where an input goes: the address to POST to and the body that carries it. */
    enum Target {
        ORGANISATION_NAME("/api/v1/organisations", "name", v -> Map.of("name", v, "country", "DE")),
        ORGANISATION_STREET(
                "/api/v1/organisations", "street", v -> Map.of("name", unique(), "country", "DE", "street", v)),
        ORGANISATION_CITY("/api/v1/organisations", "city", v -> Map.of("name", unique(), "country", "DE", "city", v)),
        ORGANISATION_WEBSITE(
                "/api/v1/organisations", "website", v -> Map.of("name", unique(), "country", "DE", "website", v)),
        ORGANISATION_COUNTRY("/api/v1/organisations", "country", v -> Map.of("name", unique(), "country", v)),
        CONTACT_EMAIL(
                "/api/v1/organisations",
                "contactEmail",
                v -> Map.of("name", unique(), "country", "DE", "contact", Map.of("email", v))),
        BREACH_NATURE("/api/v1/breaches", "nature", v -> breach(Map.of("nature", v))),
        BREACH_AWARE_AT("/api/v1/breaches", "awareAt", v -> breach(Map.of("nature", "Lost laptop", "awareAt", v))),
        RECORD_NAME("/api/v1/records", "name", v -> record(Map.of("name", v))),
        RECORD_PURPOSES("/api/v1/records", "purposes", v -> record(Map.of("name", unique(), "purposes", v))),
        RECORD_REVIEW_DUE("/api/v1/records", "reviewDue", v -> record(Map.of("name", unique(), "reviewDue", v))),
        RETENTION_CATEGORY(
                "/api/v1/agreements/{agreement}/retention-rules", "dataCategory", v -> rule(Map.of("dataCategory", v))),
        RETENTION_PERIOD(
                "/api/v1/agreements/{agreement}/retention-rules",
                "period",
                v -> rule(Map.of("dataCategory", "Logs", "period", v))),
        AUDIT_AUDITOR(
                "/api/v1/agreements/{agreement}/audits",
                "auditor",
                v -> Map.of("kind", "REMOTE", "plannedOn", "2027-03-01", "auditor", v)),
        AUDIT_PLANNED_ON(
                "/api/v1/agreements/{agreement}/audits",
                "plannedOn",
                v -> Map.of("kind", "REMOTE", "plannedOn", v, "auditor", "Jane"));

        final String path;
        final String field;
        final Function<String, Object> body;

        Target(String path, String field, Function<String, Object> body) {
            this.path = path;
            this.field = field;
            this.body = body;
        }
    }

    /** One row: the target, the input, and whether it is stored (then given back as typed) or refused. */
    record Case(String description, Target target, String input, boolean stored) {
        @Override
        public String toString() {
            return target + ": " + description;
        }
    }

    static final String MEGABYTE = "A".repeat(1024 * 1024);

    private static final String[] LITERAL = {
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(document.cookie)>",
        "\"><svg onload=alert(1)>",
        "'; DROP TABLE organisation; --",
        "1' OR '1'='1",
        "Robert'); DELETE FROM agreement;--",
        "${jndi:ldap://127.0.0.1/a}",
        "{{7*7}} #{7*7} ${7*7}",
        "=HYPERLINK(\"http://127.0.0.1\",\"x\")",
        "../../etc/passwd",
        "..\\..\\windows\\win.ini",
        "Ünïcödé 数据处理 🦄 GmbH",
        "\u202Egnp.exe",
        "%00%s%s%n",
        "&lt;b&gt;bold&lt;/b&gt;",
        "NULL",
    };

    static List<Case> all() {
        List<Case> cases = new ArrayList<>();
        for (Target target : List.of(
                Target.ORGANISATION_NAME, Target.ORGANISATION_STREET, Target.BREACH_NATURE, Target.RECORD_NAME)) {
            for (String literal : LITERAL) {
                cases.add(new Case(shown(literal), target, literal, true));
            }
        }
        for (Target target : List.of(
                Target.ORGANISATION_NAME,
                Target.ORGANISATION_STREET,
                Target.ORGANISATION_CITY,
                Target.ORGANISATION_WEBSITE,
                Target.BREACH_NATURE,
                Target.RECORD_NAME,
                Target.RECORD_PURPOSES,
                Target.RETENTION_CATEGORY,
                Target.AUDIT_AUDITOR)) {
            cases.add(new Case("1 MB of text", target, MEGABYTE, false));
            cases.add(new Case("a NUL character", target, "Acme\u0000GmbH", false));
            cases.add(new Case("a bell and an escape character", target, "Acme\u0007\u001B[31m", false));
            cases.add(new Case("an unpaired surrogate", target, "Acme \uD800 GmbH", false));
        }
        cases.add(new Case("blank", Target.ORGANISATION_NAME, "   ", false));
        cases.add(new Case("a country that does not exist", Target.ORGANISATION_COUNTRY, "XX", false));
        cases.add(new Case("script as country", Target.ORGANISATION_COUNTRY, "<script>", false));
        cases.add(new Case("SQL as country", Target.ORGANISATION_COUNTRY, "DE' OR '1'='1", false));
        cases.add(new Case("no e-mail address", Target.CONTACT_EMAIL, "<script>@", false));
        cases.add(new Case("30 February", Target.RECORD_REVIEW_DUE, "2027-02-30", false));
        cases.add(new Case("a German date", Target.AUDIT_PLANNED_ON, "31.03.2027", false));
        cases.add(new Case("not a date", Target.AUDIT_PLANNED_ON, "'; DROP TABLE audit; --", false));
        cases.add(new Case("a time without zone", Target.BREACH_AWARE_AT, "2026-12-01T10:00", false));
        cases.add(new Case("not a period", Target.RETENTION_PERIOD, "10 years", false));
        cases.add(new Case("a negative period", Target.RETENTION_PERIOD, "P-1Y", false));
        return cases;
    }

    private static String shown(String literal) {
        String printable = literal.codePoints()
                .mapToObj(c -> c < 32 || c == 0x202E ? String.format("\\u%04X", c) : Character.toString(c))
                .reduce("", String::concat);
        return printable.length() > 40 ? printable.substring(0, 40) + "…" : printable;
    }

    static String unique() {
        return "Hostile " + UUID.randomUUID();
    }

    private static Map<String, Object> breach(Map<String, Object> fields) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of(
                "nature",
                "Lost laptop",
                "detectedAt",
                "2026-11-30T10:00:00Z",
                "awareAt",
                "2026-11-30T12:00:00Z",
                "risk",
                "RISK"));
        body.putAll(fields);
        return body;
    }

    private static Map<String, Object> record(Map<String, Object> fields) {
        Map<String, Object> body = new java.util.HashMap<>(
                Map.of("role", "CONTROLLER", "name", unique(), "controllerId", 1, "purposes", "Testing"));
        body.putAll(fields);
        return body;
    }

    private static Map<String, Object> rule(Map<String, Object> fields) {
        Map<String, Object> body =
                new java.util.HashMap<>(Map.of("dataCategory", "Logs", "period", "P1Y", "trigger", "END_OF_CONTRACT"));
        body.putAll(fields);
        return body;
    }

    private HostileInput() {}
}
