package org.dpatracker.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.dpatracker.support.H2Test;
import org.dpatracker.support.PdfText;
import org.dpatracker.support.PdfValidator;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import tools.jackson.databind.json.JsonMapper;

/** The annex over real HTTP: auditors download, managers and strangers do not. */
@H2Test
class AnnexApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient client = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void anAuditorDownloadsTheUbimaxAnnexInGermanAndItsArchivedVersionByDocumentId() throws Exception {
        long ubimax = ubimax();
        HttpResponse<byte[]> response =
                get("/api/v1/agreements/" + ubimax + "/annex?lang=de", "auditor", "auditor-demo-2026");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(response.headers().firstValue("X-Content-SHA256"))
                .hasValue(java.util.HexFormat.of()
                        .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                                .digest(response.body())));
        assertThat(PdfValidator.failures(response.body(), PDFAFlavour.PDFA_2_A)).isEmpty();
        assertThat(PdfText.of(response.body()))
                .contains("Anhang IV – Liste der Unterauftragsverarbeiter", "Microsoft Azure");

        var versions = JSON.readTree(new String(
                get("/api/v1/agreements/" + ubimax + "/annexes", "auditor", "auditor-demo-2026")
                        .body(),
                StandardCharsets.UTF_8));
        String documentId = versions.get(0).get("documentId").asString();
        HttpResponse<byte[]> archived = get("/api/v1/annexes/" + documentId, "dpo", "dpo-demo-2026");
        assertThat(archived.statusCode()).isEqualTo(200);
        assertThat(archived.body()).isNotEmpty();
    }

    @Test
    void managersStrangersAndWrongInputAreRefused() throws Exception {
        long ubimax = ubimax();
        assertThat(get("/api/v1/agreements/" + ubimax + "/annex", "manager", "manager-demo-2026")
                        .statusCode())
                .isEqualTo(403);
        assertThat(client.send(
                                HttpRequest.newBuilder(URI.create(
                                                "http://localhost:" + port + "/api/v1/agreements/" + ubimax + "/annex"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofByteArray())
                        .statusCode())
                .isEqualTo(401);
        assertThat(get("/api/v1/annexes/not-a-document", "auditor", "auditor-demo-2026")
                        .statusCode())
                .isEqualTo(404);
        HttpResponse<byte[]> french =
                get("/api/v1/agreements/" + ubimax + "/annex?lang=fr", "auditor", "auditor-demo-2026");
        assertThat(french.statusCode()).isEqualTo(400);
        assertThat(new String(french.body(), StandardCharsets.UTF_8)).contains("Choose English or German.");
    }

    private long ubimax() throws Exception {
        return JSON.readTree(new String(
                        get("/api/v1/agreements?q=ubimax", "auditor", "auditor-demo-2026")
                                .body(),
                        StandardCharsets.UTF_8))
                .get("items")
                .get(0)
                .get("id")
                .asLong();
    }

    private HttpResponse<byte[]> get(String path, String user, String password) throws Exception {
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Authorization", "Basic " + basic)
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
