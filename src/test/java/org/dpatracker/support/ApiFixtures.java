package org.dpatracker.support;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.node.ObjectNode;

/**
 * Objects of its own for a test that writes through the API: the demo agreements stay as the seeds say, since
 * other tests of the shared application check them.
 */
public final class ApiFixtures {

    private ApiFixtures() {}

    /**
     * A signed agreement like Ubimax's with a processor of its own, a TOM checklist and a recorded breach duty;
     * the processor's name is returned with the id, to find it by.
     */
    public static Fixture agreementLikeUbimax(ApiClient dpo) {
        String processor = "Api Fixture Processor " + UUID.randomUUID();
        long organisation = dpo.post("/api/v1/organisations", Map.of("name", processor, "country", "DE"))
                .id();
        long ubimax = dpo.get("/api/v1/agreements?q=ubimax")
                .json()
                .get("items")
                .get(0)
                .get("id")
                .asLong();
        ObjectNode copy =
                (ObjectNode) dpo.get("/api/v1/agreements/" + ubimax).json().get("agreement");
        copy.remove("id");
        copy.put("processorId", organisation);
        long agreement = dpo.post("/api/v1/agreements", copy).id();
        String path = "/api/v1/agreements/" + agreement;
        dpo.post(path + "/tom-checklists", Map.of("catalogueId", 3));
        dpo.put(
                path + "/breach-duty",
                Map.of(
                        "noticeHours",
                        24,
                        "channel",
                        "E-mail",
                        "requiredContents",
                        List.of(),
                        "supportsController",
                        true),
                dpo.get(path + "/breach-duty").etag());
        return new Fixture(agreement, organisation, processor);
    }

    /** The agreement, its processor's organisation id and name. */
    public record Fixture(long agreement, long processorId, String processorName) {}
}
