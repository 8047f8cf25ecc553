package org.dpatracker.publication;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dpatracker.core.InvalidInputException;
import org.dpatracker.core.Sha256;
import org.dpatracker.reminder.MailSettings;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The list for anonymous visitors: the page, JSON and Atom, each cacheable with an ETag (a repeated request
 * gets 304) and Last-Modified; and the subscription steps. No session, no cookie: security runs this path
 * stateless, and nothing here asks for one.
 */
@RestController
class PublicListController {

    static final MediaType HTML = MediaType.parseMediaType("text/html; charset=utf-8");
    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml; charset=utf-8");
    /** How long browsers and proxies may keep a document without asking again. */
    static final Duration MAX_AGE = Duration.ofMinutes(5);

    private static final int LISTED_VERSIONS = 50;

    private final PublicationService publication;
    private final SubscriptionService subscriptions;
    private final MailSettings settings;

    PublicListController(PublicationService publication, SubscriptionService subscriptions, MailSettings settings) {
        this.publication = publication;
        this.subscriptions = subscriptions;
        this.settings = settings;
    }

    @GetMapping(PublicListPage.PATH)
    ResponseEntity<String> page(@RequestParam(required = false) String lang, HttpServletRequest request) {
        Locale locale = PublicLanguage.of(lang, request.getLocales());
        List<ListVersion> versions = publication.versions(LISTED_VERSIONS);
        String html = new PublicListPage(locale).list(versions.stream().findFirst(), versions, publication.publisher());
        return cached(versions.stream().findFirst(), "html-" + locale.getLanguage() + "-" + Sha256.hex(html))
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .contentType(HTML)
                .body(html);
    }

    @GetMapping(PublicListPage.PATH + ".json")
    ResponseEntity<Map<String, Object>> json() {
        Optional<ListVersion> current = publication.current();
        if (current.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        Map<String, Object> document = PublicListDocument.of(current.get(), publication.publisher());
        return cached(current, "json-" + Sha256.hex(document.toString()))
                .contentType(MediaType.APPLICATION_JSON)
                .body(document);
    }

    @GetMapping(PublicListPage.PATH + ".atom")
    ResponseEntity<String> atom(@RequestParam(required = false) String lang, HttpServletRequest request) {
        Locale locale = PublicLanguage.of(lang, request.getLocales());
        List<ListVersion> versions = publication.versions(LISTED_VERSIONS);
        String feed = new PublicListFeed(
                        locale, settings::link, URI.create(settings.link("")).getHost())
                .render(versions, publication.publisher());
        return cached(versions.stream().findFirst(), "atom-" + Sha256.hex(feed))
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .contentType(ATOM)
                .body(feed);
    }

    @PostMapping(PublicListPage.PATH + "/subscribe")
    ResponseEntity<String> subscribe(
            @RequestParam(required = false) String email,
            @RequestParam(required = false) String lang,
            HttpServletRequest request) {
        Locale locale = PublicLanguage.of(lang, request.getLocales());
        PublicListPage page = new PublicListPage(locale);
        try {
            subscriptions.subscribe(email, locale);
        } catch (InvalidInputException refused) {
            return uncached(
                    HttpStatus.BAD_REQUEST,
                    page.message("publist.subscribe.invalid-title", "publist.subscribe.invalid"));
        }
        // The same answer whether or not the address was known: nobody learns who subscribed.
        return uncached(HttpStatus.OK, page.message("publist.subscribe.sent-title", "publist.subscribe.sent"));
    }

    @GetMapping(PublicListPage.PATH + "/confirm")
    ResponseEntity<String> confirmStep(
            @RequestParam(required = false) String token,
            @RequestParam(required = false) String lang,
            HttpServletRequest request) {
        PublicListPage page = new PublicListPage(PublicLanguage.of(lang, request.getLocales()));
        return uncached(
                HttpStatus.OK,
                page.confirmStep(
                        "confirm", token == null ? "" : token, "publist.confirm.title", "publist.confirm.button"));
    }

    @PostMapping(PublicListPage.PATH + "/confirm")
    ResponseEntity<String> confirm(
            @RequestParam(required = false) String token,
            @RequestParam(required = false) String lang,
            HttpServletRequest request) {
        PublicListPage page = new PublicListPage(PublicLanguage.of(lang, request.getLocales()));
        return subscriptions.confirm(token)
                ? uncached(HttpStatus.OK, page.message("publist.confirm.done-title", "publist.confirm.done"))
                : uncached(HttpStatus.NOT_FOUND, page.message("publist.link.invalid-title", "publist.link.invalid"));
    }

    @GetMapping(PublicListPage.PATH + "/unsubscribe")
    ResponseEntity<String> unsubscribeStep(
            @RequestParam(required = false) String token,
            @RequestParam(required = false) String lang,
            HttpServletRequest request) {
        PublicListPage page = new PublicListPage(PublicLanguage.of(lang, request.getLocales()));
        return uncached(
                HttpStatus.OK,
                page.confirmStep(
                        "unsubscribe",
                        token == null ? "" : token,
                        "publist.unsubscribe.title",
                        "publist.unsubscribe.button"));
    }

    @PostMapping(PublicListPage.PATH + "/unsubscribe")
    ResponseEntity<String> unsubscribe(
            @RequestParam(required = false) String token,
            @RequestParam(required = false) String lang,
            HttpServletRequest request) {
        PublicListPage page = new PublicListPage(PublicLanguage.of(lang, request.getLocales()));
        return subscriptions.unsubscribe(token)
                ? uncached(HttpStatus.OK, page.message("publist.unsubscribe.done-title", "publist.unsubscribe.done"))
                : uncached(HttpStatus.NOT_FOUND, page.message("publist.link.invalid-title", "publist.link.invalid"));
    }

    /** Any other address under /public: a plain 404 here, so that it never reaches Vaadin (which would start a session). */
    @RequestMapping("/public/**")
    ResponseEntity<String> unknown(HttpServletRequest request) {
        PublicListPage page = new PublicListPage(PublicLanguage.of(null, request.getLocales()));
        return uncached(HttpStatus.NOT_FOUND, page.message("publist.page.not-found-title", "publist.page.not-found"));
    }

    /** Public caching with a strong ETag of the content and the publication time as Last-Modified. */
    private static ResponseEntity.BodyBuilder cached(Optional<ListVersion> current, String tag) {
        ResponseEntity.BodyBuilder builder = ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(MAX_AGE).cachePublic())
                .eTag("\"" + tag.substring(0, Math.min(tag.length(), 48)) + "\"");
        current.ifPresent(version -> builder.lastModified(version.publishedAt()));
        return builder;
    }

    private static ResponseEntity<String> uncached(HttpStatus status, String html) {
        return ResponseEntity.status(status)
                .cacheControl(CacheControl.noStore())
                .contentType(HTML)
                .body(html);
    }
}
