package org.dpatracker.publication;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.WireFeedInput;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.dpatracker.processor.ProcessingLocation;
import org.dpatracker.processor.SubprocessorService;
import org.dpatracker.records.RecordService;
import org.dpatracker.support.H2Test;
import org.dpatracker.transfer.TransferMechanism;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.xml.sax.InputSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Anonymous visitors read our sub-processor list over HTTP: page, JSON and Atom, cached, without a session. */
@H2Test
class PublicListHttpTest {

    private final HttpClient client = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    SubprocessorService subprocessors;

    @Autowired
    RecordService records;

    @Autowired
    PublicationService publication;

    @Autowired
    PublicListFixture fixture;

    @BeforeEach
    void publishedWithNothingPending() {
        fixture.settle();
    }

    @Test
    void anAnonymousVisitorSeesOnlyTheChosenFields() throws Exception {
        fixture.fields(PublishedField.NAME, PublishedField.COUNTRIES);
        String vendor = "Hosting Vendor " + System.nanoTime();
        fixture.vendor(
                vendor,
                "Confidential purpose wording",
                ProcessingLocation.transfer("US", "Virginia", TransferMechanism.PRIVACY_SHIELD, "TIA-2024-17"));
        fixture.settle();

        HttpResponse<String> page = get("/public/subprocessors?lang=en");
        HttpResponse<String> json = get("/public/subprocessors.json");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body()).contains(vendor, "United States", "<th scope=\"col\">Countries</th>");
        JsonNode entry = entryNamed(json.body(), vendor);
        assertThat(names(entry)).containsExactly("name", "countries");
        assertThat(entry.get("countries").get(0).asString()).isEqualTo("US");
        for (HttpResponse<String> response : List.of(page, json, get("/public/subprocessors.atom"))) {
            assertThat(response.body())
                    .as("unpublished and internal facts")
                    .doesNotContain(
                            "Confidential purpose wording",
                            "Virginia",
                            "TIA-2024-17",
                            "Privacy Shield",
                            "PRIVACY_SHIELD",
                            "organisationId");
        }
    }

    @Test
    void theJsonDocumentHasTheDocumentedShape() throws Exception {
        fixture.fields(PublishedField.NAME, PublishedField.PURPOSE, PublishedField.COUNTRIES, PublishedField.SINCE);
        String vendor = "Mail Vendor " + System.nanoTime();
        fixture.vendor(vendor, "Sending e-mail", ProcessingLocation.in("IE", null));
        ListVersion version = fixture.settle();

        HttpResponse<String> response = get("/public/subprocessors.json");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        JsonNode document = JsonMapper.builder().build().readTree(response.body());
        assertThat(names(document))
                .containsExactly(
                        "schemaVersion",
                        "publisher",
                        "version",
                        "published",
                        "effective",
                        "summary",
                        "fields",
                        "subprocessors");
        assertThat(document.get("version").asInt()).isEqualTo(version.number());
        assertThat(document.get("effective").asString())
                .isEqualTo(version.effectiveOn().toString());
        assertThat(document.get("publisher").asString()).contains("Beispiel Fertigung GmbH");
        JsonNode entry = entryNamed(response.body(), vendor);
        assertThat(names(entry)).containsExactly("name", "purpose", "countries", "since");
        assertThat(entry.get("purpose").asString()).isEqualTo("Sending e-mail");
        assertThat(entry.get("since").asString())
                .as("new to a published list: since its effective date")
                .isEqualTo(version.effectiveOn().toString());
    }

    @Test
    void theAtomFeedIsValidAtomThatRomeReads() throws Exception {
        fixture.vendor("Feed Vendor " + System.nanoTime(), "Analytics", ProcessingLocation.in("DE", null));
        ListVersion version = fixture.settle();

        HttpResponse<String> response = get("/public/subprocessors.atom?lang=de");

        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/atom+xml"));
        Feed atom = (Feed) new WireFeedInput().build(new InputSource(new StringReader(response.body())));
        assertThat(atom.getFeedType()).isEqualTo("atom_1.0");
        assertThat(atom.getId()).startsWith("tag:");
        assertThat(atom.getTitle()).startsWith("Unterauftragsverarbeiter von");
        assertThat(atom.getUpdated()).isNotNull();
        assertThat(atom.getAuthors()).isNotEmpty();
        List<Entry> entries = atom.getEntries();
        assertThat(entries).isNotEmpty().allSatisfy(entry -> {
            assertThat(entry.getId()).startsWith("tag:");
            assertThat(entry.getTitle()).isNotBlank();
            assertThat(entry.getUpdated()).isNotNull();
        });
        assertThat(entries).extracting(Entry::getId).doesNotHaveDuplicates();
        SyndFeed feed = new SyndFeedInput().build(new StringReader(response.body()));
        assertThat(feed.getEntries().getFirst().getTitle())
                .isEqualTo("Fassung " + version.number() + ", gültig ab " + version.effectiveOn());
        assertThat(feed.getEntries().getFirst().getDescription().getValue()).isEqualTo(version.summary());
    }

    @Test
    void aRepeatedRequestWithTheEtagGets304AndTheDocumentsMayBeCachedPublicly() throws Exception {
        for (String path :
                List.of("/public/subprocessors.json", "/public/subprocessors.atom", "/public/subprocessors?lang=de")) {
            HttpResponse<String> first = get(path);
            String etag = first.headers().firstValue("ETag").orElseThrow();
            assertThat(first.headers().firstValue("Cache-Control"))
                    .hasValueSatisfying(cache -> assertThat(cache).contains("public", "max-age=300"));
            assertThat(first.headers().firstValue("Last-Modified")).isPresent();

            HttpResponse<String> again = client.send(
                    request(path).header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> since = client.send(
                    request(path)
                            .header(
                                    "If-Modified-Since",
                                    first.headers().firstValue("Last-Modified").orElseThrow())
                            .build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(again.statusCode()).as(path).isEqualTo(304);
            assertThat(again.body()).isEmpty();
            assertThat(since.statusCode()).as(path).isEqualTo(304);
        }
    }

    @Test
    void aChangeETagChangesWithTheContent() throws Exception {
        String before =
                get("/public/subprocessors.json").headers().firstValue("ETag").orElseThrow();
        fixture.vendor("Etag Vendor " + System.nanoTime(), "Backups", ProcessingLocation.in("DE", null));
        fixture.settle();

        HttpResponse<String> after = client.send(
                request("/public/subprocessors.json")
                        .header("If-None-Match", before)
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.headers().firstValue("ETag")).isPresent().isNotEqualTo(java.util.Optional.of(before));
    }

    @Test
    void anonymousVisitorsGetNoSessionCookie() throws Exception {
        List<HttpResponse<String>> responses = new ArrayList<>();
        responses.add(get("/public/subprocessors"));
        responses.add(get("/public/subprocessors.json"));
        responses.add(get("/public/subprocessors.atom"));
        responses.add(get("/public/subprocessors/confirm?token=x"));
        responses.add(client.send(
                request("/public/subprocessors/subscribe")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("email=visitor%40example.org&lang=en"))
                        .build(),
                HttpResponse.BodyHandlers.ofString()));
        responses.add(get("/public/unknown"));

        for (HttpResponse<String> response : responses) {
            assertThat(response.headers().allValues("Set-Cookie"))
                    .as(response.uri().toString())
                    .isEmpty();
        }
        assertThat(responses.get(4).statusCode()).isEqualTo(200);
        assertThat(responses.get(4).body()).contains("Please check your mailbox");
    }

    @Test
    void thePageSpeaksTheVisitorsLanguage() throws Exception {
        HttpResponse<String> german = client.send(
                request("/public/subprocessors")
                        .header("Accept-Language", "de-DE,de;q=0.9,en;q=0.5")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> english = get("/public/subprocessors?lang=en");

        assertThat(german.body()).contains("<html lang=\"de\"", "Unterauftragsverarbeiter von", "Abonnieren");
        assertThat(german.headers().firstValue("Vary"))
                .hasValueSatisfying(vary -> assertThat(vary).contains("Accept-Language"));
        assertThat(english.body())
                .contains("<html lang=\"en\"", "Sub-processors of", "Subscribe")
                .doesNotContain("<script");
    }

    private JsonNode entryNamed(String json, String name) {
        JsonNode document = JsonMapper.builder().build().readTree(json);
        for (JsonNode entry : document.get("subprocessors")) {
            if (entry.get("name").asString().equals(name)) {
                return entry;
            }
        }
        throw new AssertionError(name + " is not in " + json);
    }

    private static List<String> names(JsonNode node) {
        return new ArrayList<>(node.propertyNames());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
    }
}
