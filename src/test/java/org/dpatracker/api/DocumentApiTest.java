package org.dpatracker.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.dpatracker.core.Sha256;
import org.dpatracker.evidence.Document;
import org.dpatracker.evidence.DocumentDraft;
import org.dpatracker.evidence.DocumentKind;
import org.dpatracker.evidence.DocumentOwner;
import org.dpatracker.evidence.DocumentService;
import org.dpatracker.evidence.TestFiles;
import org.dpatracker.organisation.OrganisationService;
import org.dpatracker.processor.AgreementService;
import org.dpatracker.support.AgreementBuilder;
import org.dpatracker.support.H2Test;
import org.dpatracker.support.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.json.JsonMapper;

/** Documents over real HTTP: listed for readers, content for auditors and the DPO, with the hash as ETag. */
@H2Test
class DocumentApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient client = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    DocumentService documents;

    @Autowired
    AgreementService agreements;

    @Autowired
    OrganisationService organisations;

    @Autowired
    UserDetailsService directory;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAuditorListsTheDocumentsAndDownloadsTheContentWhoseHashIsTheEtag() throws Exception {
        byte[] pdf = TestFiles.pdf("Signed DPA " + System.nanoTime());
        Document stored = uploaded(pdf, "Signed DPA (Müller GmbH).pdf");

        var listed = JSON.readTree(new String(
                get("/api/v1/agreements/" + stored.ownerId() + "/documents", "manager", "manager-demo-2026", null)
                        .body(),
                StandardCharsets.UTF_8));
        assertThat(listed.get(0).get("id").asLong()).isEqualTo(stored.id());
        assertThat(listed.get(0).get("sha256").asString()).isEqualTo(stored.sha256());
        assertThat(listed.get(0).get("kind").asString()).isEqualTo("SIGNED_DPA");

        HttpResponse<byte[]> content =
                get("/api/v1/documents/" + stored.id() + "/content", "auditor", "auditor-demo-2026", null);
        assertThat(content.statusCode()).isEqualTo(200);
        assertThat(content.body()).isEqualTo(pdf);
        assertThat(Sha256.hex(content.body())).isEqualTo(stored.sha256());
        assertThat(content.headers().firstValue("ETag")).hasValue("\"" + stored.sha256() + "\"");
        assertThat(content.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(content.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment")
                .contains("filename*=UTF-8''Signed%20DPA%20%28M%C3%BCller%20GmbH%29.pdf");

        HttpResponse<byte[]> unchanged = get(
                "/api/v1/documents/" + stored.id() + "/content",
                "auditor",
                "auditor-demo-2026",
                "\"" + stored.sha256() + "\"");
        assertThat(unchanged.statusCode()).isEqualTo(304);
        assertThat(unchanged.body()).isEmpty();
    }

    @Test
    void theManagerAndStrangersGetNoContentAndChangedBytesAreNotSent() throws Exception {
        byte[] pdf = TestFiles.pdf("Certificate " + System.nanoTime());
        Document stored = uploaded(pdf, "certificate.pdf");
        String path = "/api/v1/documents/" + stored.id() + "/content";

        assertThat(get(path, "manager", "manager-demo-2026", null).statusCode()).isEqualTo(403);
        assertThat(client.send(
                                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                        .build(),
                                HttpResponse.BodyHandlers.ofByteArray())
                        .statusCode())
                .isEqualTo(401);
        assertThat(get("/api/v1/documents/987654321/content", "auditor", "auditor-demo-2026", null)
                        .statusCode())
                .isEqualTo(404);

        byte[] changed = pdf.clone();
        changed[changed.length - 10] ^= 1;
        jdbc.update("update document_chunk set bytes = ? where sha256 = ?", changed, stored.sha256());
        HttpResponse<byte[]> refused = get(path, "auditor", "auditor-demo-2026", null);
        assertThat(refused.statusCode()).isEqualTo(500);
        assertThat(new String(refused.body(), StandardCharsets.UTF_8))
                .contains("Integrity check failed", "failed its integrity check");
    }

    private Document uploaded(byte[] content, String fileName) {
        return SignedIn.as(directory, "dpo", () -> {
            long agreement =
                    AgreementBuilder.agreement(agreements, organisations).save().id();
            return documents.upload(
                    DocumentOwner.agreement(agreement),
                    new DocumentDraft(DocumentKind.SIGNED_DPA, "Signed DPA", null, null),
                    fileName,
                    new ByteArrayInputStream(content));
        });
    }

    private HttpResponse<byte[]> get(String path, String user, String password, String ifNoneMatch) throws Exception {
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + basic);
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
