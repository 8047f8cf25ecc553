package org.dpatracker.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signs in through the app's "Sign in with" link the way a browser does, over HTTP: follows the redirects to the
 * provider, fills in its login form and follows the redirects back to the app; says where the app sent the user.
 */
public final class ProviderLogin {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    /** The address of the app's page where the sign-in ended, relative to the app. */
    public String signIn(String appBaseUrl, TestIdentityProvider.Person person)
            throws IOException, InterruptedException {
        URI next = URI.create(appBaseUrl + "/oauth2/authorization/sso");
        for (int hop = 0; hop < 20; hop++) {
            HttpResponse<String> response = get(next);
            if (response.statusCode() == 200
                    && next.getPath().equals("/login")
                    && !next.toString().startsWith(appBaseUrl)) {
                response = submitLogin(next, response.body(), person);
            }
            if (response.statusCode() / 100 != 3) {
                throw new AssertionError("Expected a redirect from " + next + ", got " + response.statusCode());
            }
            URI location =
                    next.resolve(response.headers().firstValue("Location").orElseThrow());
            if (location.toString().startsWith(appBaseUrl)
                    && !location.getPath().startsWith("/login/oauth2/")) {
                return location.toString().substring(appBaseUrl.length());
            }
            next = location;
        }
        throw new AssertionError("Too many redirects");
    }

    private HttpResponse<String> submitLogin(URI loginPage, String html, TestIdentityProvider.Person person)
            throws IOException, InterruptedException {
        Matcher csrf = CSRF.matcher(html);
        if (!csrf.find()) {
            throw new AssertionError("The provider's login page has no CSRF token: " + html);
        }
        String form = "username=" + encode(person.username()) + "&password=" + encode(person.password()) + "&_csrf="
                + encode(csrf.group(1));
        return client.send(
                HttpRequest.newBuilder(loginPage)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(URI address) throws IOException, InterruptedException {
        return client.send(
                HttpRequest.newBuilder(address).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
