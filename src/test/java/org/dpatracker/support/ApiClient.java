package org.dpatracker.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.function.Supplier;
import org.dpatracker.apitoken.ApiScope;
import org.dpatracker.apitoken.ApiTokenService;
import org.dpatracker.apitoken.NewApiToken;
import org.dpatracker.security.Role;
import org.dpatracker.user.UserAccount;
import org.dpatracker.user.UserService;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A script calling the REST API over real HTTP with a personal access token of its own user. */
public final class ApiClient {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final int port;
    private final String token;
    private final String label;

    public ApiClient(int port, String token, String label) {
        this.port = port;
        this.token = token;
        this.label = label;
    }

    /** A new user of the role with a token of these scopes. */
    public static ApiClient forNewUser(
            int port,
            UserService users,
            UserDetailsService directory,
            ApiTokenService tokens,
            Role role,
            Set<ApiScope> scopes) {
        UserAccount user = SignedIn.newUser(users, role);
        Supplier<String> issue = () ->
                tokens.create(new NewApiToken("contract test", scopes, 30)).secret();
        String secret = SignedIn.as(directory, user.username(), issue);
        return new ApiClient(port, secret, role + " " + scopes);
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    public Response post(String path, Object body, String... headers) {
        return send(request(path, headers).POST(body(body)));
    }

    public Response put(String path, Object body, String ifMatch) {
        return send(withIfMatch(request(path), ifMatch).PUT(body(body)));
    }

    public Response patch(String path, Object body, String ifMatch) {
        return send(withIfMatch(request(path, "Content-Type", "application/merge-patch+json"), ifMatch)
                .method("PATCH", body(body)));
    }

    public Response delete(String path, String ifMatch) {
        return send(withIfMatch(request(path), ifMatch).DELETE());
    }

    @Override
    public String toString() {
        return label;
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(path.startsWith("http") ? path : "http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json");
        for (int i = 0; i < headers.length; i += 2) {
            request.setHeader(headers[i], headers[i + 1]);
        }
        return request;
    }

    private static HttpRequest.Builder withIfMatch(HttpRequest.Builder request, String ifMatch) {
        return ifMatch == null ? request : request.header("If-Match", ifMatch);
    }

    private static HttpRequest.BodyPublisher body(Object body) {
        String text = body == null ? "" : body instanceof String s ? s : JSON.writeValueAsString(body);
        return HttpRequest.BodyPublishers.ofString(text);
    }

    private static Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(
                    response.statusCode(),
                    response.headers().firstValue("ETag").orElse(null),
                    response.headers().firstValue("Location").orElse(null),
                    response.headers().firstValue("Idempotent-Replayed").isPresent(),
                    response.headers()
                            .firstValue("Retry-After")
                            .map(Long::valueOf)
                            .orElse(0L),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What came back: status, ETag, Location, whether it was a replay, Retry-After seconds, and the body. */
    public record Response(int status, String etag, String location, boolean replayed, long retryAfter, String body) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public long id() {
            return json().get("id").asLong();
        }

        @Override
        public String toString() {
            return status + " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
        }
    }
}
