package org.dpatracker.api;

import static org.dpatracker.security.Permission.AUDITS_RECORD;
import static org.dpatracker.security.Permission.DOCUMENTS_EXPORT;
import static org.dpatracker.security.Permission.HISTORY_READ;
import static org.dpatracker.security.Permission.HISTORY_VERIFY;
import static org.dpatracker.security.Permission.RECORDS_APPROVE;
import static org.dpatracker.security.Permission.REGISTER_EDIT;
import static org.dpatracker.security.Permission.REGISTER_READ;
import static org.dpatracker.security.Permission.SUBPROCESSOR_CHANGES_DECIDE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.dpatracker.security.Permission;
import org.dpatracker.support.ApiClient;
import org.dpatracker.support.ApiClient.Response;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every endpoint of the API with the permission it needs and a call that succeeds for a caller who has it.
 * Calls that change or remove something first prepare their own object (as the DPO), so each caller acts on
 * a fresh one with its current ETag.
 */
final class ApiRoleMatrix {

    /** One endpoint: its name, the permission it needs, and the call. */
    record Call(String name, Permission needs, Function<ApiClient, Response> run) {}

    private final ApiClient dpo;
    private final long agreement;
    private final String processor;

    ApiRoleMatrix(ApiClient dpo, long agreement, String processor) {
        this.dpo = dpo;
        this.agreement = agreement;
        this.processor = java.net.URLEncoder.encode(processor, java.nio.charset.StandardCharsets.UTF_8);
    }

    List<Call> calls() {
        String a = "/api/v1/agreements/" + agreement;
        List<Call> calls = new ArrayList<>();
        read(calls, "/api/v1/agreements", "/api/v1/agreements?flagged=true&limit=5", a, a + "/red-flags");
        read(calls, "/api/v1/organisations", "/api/v1/subprocessors?limit=3", a + "/subprocessors");
        read(calls, a + "/contract-points", a + "/contract-points/SUBJECT_MATTER", a + "/tom-checklists");
        read(calls, "/api/v1/audits", "/api/v1/audit-actions", a + "/audit-rights", a + "/audit-calendar");
        read(calls, a + "/audits", "/api/v1/breaches", a + "/breach-duty", "/api/v1/retention-rules");
        read(calls, a + "/retention-rules", a + "/end", "/api/v1/notices", a + "/notices", "/api/v1/records");
        read(calls, "/api/v1/deadlines?days=90");
        calls.add(new Call("GET history", HISTORY_READ, c -> c.get("/api/v1/history?limit=5")));
        calls.add(new Call("GET history verification", HISTORY_VERIFY, c -> c.get("/api/v1/history/verification")));
        calls.add(new Call("GET records export", DOCUMENTS_EXPORT, c -> c.get("/api/v1/records/export?format=xlsx")));
        calls.add(new Call("GET annex", DOCUMENTS_EXPORT, c -> c.get(a + "/annex")));
        read(calls, "/api/v1/register/export?format=json&q=" + processor, "/api/v1/subprocessors/export");
        calls.add(new Call("POST register import", REGISTER_EDIT, c -> {
            String file =
                    dpo.get("/api/v1/register/export?format=csv&q=" + processor).body();
            return c.post("/api/v1/register/import?format=csv", file, "Content-Type", "text/csv");
        }));

        calls.add(new Call("POST organisation", REGISTER_EDIT, c -> c.post("/api/v1/organisations", organisation())));
        calls.add(new Call("PATCH organisation", REGISTER_EDIT, c -> {
            Response created = dpo.post("/api/v1/organisations", organisation());
            return c.patch(created.location(), Map.of("website", "https://example.org"), created.etag());
        }));
        calls.add(new Call("PUT organisation", REGISTER_EDIT, c -> {
            Response created = dpo.post("/api/v1/organisations", organisation());
            return c.put(created.location(), created.json(), created.etag());
        }));
        calls.add(new Call("POST agreement", REGISTER_EDIT, c -> c.post("/api/v1/agreements", agreementCopy())));
        calls.add(new Call("PATCH agreement", REGISTER_EDIT, c -> {
            Response created = dpo.post("/api/v1/agreements", agreementCopy());
            return c.patch(
                    created.location(), Map.of("nextReview", LocalDate.now().plusMonths(6)), created.etag());
        }));
        calls.add(new Call("POST subprocessor", REGISTER_EDIT, c -> c.post(a + "/subprocessors", subprocessor())));
        calls.add(new Call("PATCH subprocessor", REGISTER_EDIT, c -> {
            Response created = dpo.post(a + "/subprocessors", subprocessor());
            return c.patch(created.location(), Map.of("service", "Backups"), created.etag());
        }));
        calls.add(new Call("DELETE subprocessor", REGISTER_EDIT, c -> {
            Response created = dpo.post(a + "/subprocessors", subprocessor());
            return c.delete(created.location(), created.etag());
        }));
        calls.add(new Call("PATCH contract point", REGISTER_EDIT, c -> {
            Response point = dpo.get(a + "/contract-points/INSTRUCTIONS");
            return c.patch(a + "/contract-points/INSTRUCTIONS", Map.of("quote", quote()), point.etag());
        }));
        calls.add(new Call("PATCH TOM entry", REGISTER_EDIT, c -> {
            String entry = tomEntry(a);
            return c.patch(entry, Map.of("evidence", quote()), dpo.get(entry).etag());
        }));
        calls.add(new Call("PATCH audit rights", REGISTER_EDIT, c -> {
            Response rights = dpo.get(a + "/audit-rights");
            return c.patch(a + "/audit-rights", Map.of("clauseReference", quote()), rights.etag());
        }));
        calls.add(new Call("POST audit", AUDITS_RECORD, c -> c.post(a + "/audits", audit())));
        calls.add(new Call("PATCH audit", AUDITS_RECORD, c -> {
            Response created = dpo.post(a + "/audits", audit());
            return c.patch(created.location(), Map.of("scope", "Access control"), created.etag());
        }));
        calls.add(new Call("POST breach", REGISTER_EDIT, c -> c.post("/api/v1/breaches", breach())));
        calls.add(new Call("PATCH breach", REGISTER_EDIT, c -> {
            Response created = dpo.post("/api/v1/breaches", breach());
            return c.patch(created.location(), Map.of("measures", "Passwords reset"), created.etag());
        }));
        calls.add(new Call("PATCH breach duty", REGISTER_EDIT, c -> {
            Response duty = dpo.get(a + "/breach-duty");
            return c.patch(a + "/breach-duty", Map.of("channel", "E-mail to the DPO"), duty.etag());
        }));
        calls.add(new Call("POST retention rule", REGISTER_EDIT, c -> c.post(a + "/retention-rules", rule())));
        calls.add(new Call("DELETE retention rule", REGISTER_EDIT, c -> {
            Response created = dpo.post(a + "/retention-rules", rule());
            return c.delete(created.location(), created.etag());
        }));
        calls.add(new Call("POST notice", REGISTER_EDIT, c -> c.post(a + "/notices", notice())));
        calls.add(new Call("POST notice decision", SUBPROCESSOR_CHANGES_DECIDE, c -> {
            Response created = dpo.post(a + "/notices", notice());
            return c.post(created.location() + "/decision", Map.of("accept", true), "If-Match", created.etag());
        }));
        calls.add(new Call("POST record", REGISTER_EDIT, c -> c.post("/api/v1/records", recordCopy())));
        calls.add(new Call("POST record submit", REGISTER_EDIT, c -> {
            Response created = dpo.post("/api/v1/records", recordCopy());
            return c.post(created.location() + "/submit", null, "If-Match", created.etag());
        }));
        calls.add(new Call("POST record approve", RECORDS_APPROVE, c -> {
            Response created = dpo.post("/api/v1/records", recordCopy());
            Response submitted = dpo.post(created.location() + "/submit", null, "If-Match", created.etag());
            return c.post(created.location() + "/approve", null, "If-Match", submitted.etag());
        }));
        return calls;
    }

    private static void read(List<Call> calls, String... paths) {
        for (String path : paths) {
            calls.add(new Call("GET " + path, REGISTER_READ, c -> c.get(path)));
        }
    }

    static Map<String, Object> organisation() {
        return Map.of("name", "Contract test " + UUID.randomUUID(), "country", "DE");
    }

    private ObjectNode agreementCopy() {
        ObjectNode copy =
                (ObjectNode) dpo.get("/api/v1/agreements/" + agreement).json().get("agreement");
        copy.remove("id");
        return copy;
    }

    private Map<String, Object> subprocessor() {
        long organisation = dpo.post("/api/v1/organisations", organisation()).id();
        return Map.of(
                "organisationId",
                organisation,
                "service",
                "Hosting",
                "addedOn",
                LocalDate.now(),
                "approval",
                "AUTHORISED",
                "locations",
                List.of(Map.of("country", "DE")));
    }

    private String tomEntry(String agreementPath) {
        var checklist = dpo.get(agreementPath + "/tom-checklists").json().get(0);
        return agreementPath + "/tom-checklists/" + checklist.get("id").asLong() + "/entries/"
                + checklist.get("entries").get(0).get("id").asLong();
    }

    private static Map<String, Object> audit() {
        return Map.of("kind", "REMOTE", "plannedOn", LocalDate.now().plusMonths(3), "auditor", "External auditor");
    }

    private Map<String, Object> breach() {
        return Map.of(
                "agreementId", agreement,
                "nature", "Lost laptop",
                "detectedAt", "2026-11-30T10:00:00Z",
                "awareAt", "2026-11-30T12:00:00Z",
                "risk", "RISK");
    }

    private static Map<String, Object> rule() {
        return Map.of("dataCategory", "Log files", "period", "P1Y", "trigger", "END_OF_CONTRACT");
    }

    private Map<String, Object> notice() {
        long organisation = dpo.post("/api/v1/organisations", organisation()).id();
        return Map.of(
                "receivedOn", LocalDate.now(),
                "effectiveFrom", LocalDate.now().plusMonths(2),
                "organisationId", organisation,
                "service", "Support",
                "locations", List.of(Map.of("country", "DE")));
    }

    /** A copy of a complete demo record, as a draft of its own. */
    private ObjectNode recordCopy() {
        for (var item : dpo.get("/api/v1/records?limit=100").json().get("items")) {
            ObjectNode activity = (ObjectNode) item.get("activity");
            if (!activity.get("legalBases").isEmpty() && activity.hasNonNull("erasure")) {
                activity.remove("id");
                activity.put("name", "Copy " + UUID.randomUUID());
                return activity;
            }
        }
        throw new IllegalStateException("The demo data has no complete record to copy");
    }

    private static String quote() {
        return "Clause text " + UUID.randomUUID();
    }
}
