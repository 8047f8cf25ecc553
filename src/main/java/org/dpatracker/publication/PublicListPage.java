package org.dpatracker.publication;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.dpatracker.core.Dates;
import org.dpatracker.core.Texts;
import org.dpatracker.transfer.Countries;
import org.springframework.web.util.HtmlUtils;

/**
 * The public list as a plain HTML page in one language: no script, a table with only the fields of the
 * version, the versions with their summaries, and the subscription form. Also the short pages of the
 * subscription steps.
 */
final class PublicListPage {

    static final String PATH = "/public/subprocessors";

    private final Locale locale;

    PublicListPage(Locale locale) {
        this.locale = locale;
    }

    String list(Optional<ListVersion> current, List<ListVersion> versions, String publisher) {
        String title = t("publist.page.title", publisher);
        StringBuilder body = new StringBuilder();
        body.append("<h1>").append(esc(title)).append("</h1>");
        if (current.isEmpty()) {
            body.append("<p>").append(esc(t("publist.page.none"))).append("</p>");
        } else {
            ListVersion version = current.get();
            body.append("<p>")
                    .append(esc(t(
                            "publist.page.version",
                            version.number(),
                            date(published(version)),
                            date(version.effectiveOn()))))
                    .append("</p>");
            body.append(table(version));
            body.append("<h2>").append(esc(t("publist.page.changes"))).append("</h2>");
            for (ListVersion v : versions) {
                body.append("<h3>")
                        .append(esc(t("publist.page.version-title", v.number(), date(published(v)))))
                        .append("</h3><p class=\"summary\">")
                        .append(esc(v.summary()))
                        .append("</p>");
            }
        }
        body.append(subscribeForm());
        body.append("<p>")
                .append(esc(t("publist.page.formats")))
                .append(" <a href=\"" + PATH + ".json\">JSON</a> · <a href=\"" + PATH + ".atom\">Atom</a></p>");
        return page(title, body.toString());
    }

    /** A step of the subscription: a heading and a sentence. */
    String message(String titleKey, String textKey) {
        return page(t(titleKey), "<h1>" + esc(t(titleKey)) + "</h1><p>" + esc(t(textKey)) + "</p>" + back());
    }

    /** The button that confirms or ends a subscription: links in mails are opened by scanners too, so a click does it. */
    String confirmStep(String action, String token, String titleKey, String buttonKey) {
        return page(
                t(titleKey),
                "<h1>" + esc(t(titleKey)) + "</h1><form method=\"post\" action=\"" + PATH + "/" + action + "\">"
                        + "<input type=\"hidden\" name=\"token\" value=\"" + esc(token) + "\">"
                        + "<input type=\"hidden\" name=\"lang\" value=\"" + locale.getLanguage() + "\">"
                        + "<button type=\"submit\">" + esc(t(buttonKey)) + "</button></form>" + back());
    }

    private String table(ListVersion version) {
        List<PublishedField> fields = version.fields().stream().sorted().toList();
        StringBuilder html = new StringBuilder("<table><caption>")
                .append(esc(t("publist.page.caption", version.entries().size())))
                .append("</caption><thead><tr>");
        fields.forEach(f -> html.append("<th scope=\"col\">")
                .append(esc(t("publist.field." + f.key())))
                .append("</th>"));
        html.append("</tr></thead><tbody>");
        for (ListEntry entry : version.entries()) {
            html.append("<tr>");
            for (PublishedField field : fields) {
                html.append(field == PublishedField.NAME ? "<th scope=\"row\">" : "<td>")
                        .append(cell(entry, field))
                        .append(field == PublishedField.NAME ? "</th>" : "</td>");
            }
            html.append("</tr>");
        }
        return html.append("</tbody></table>").toString();
    }

    private String cell(ListEntry entry, PublishedField field) {
        return switch (field) {
            case NAME -> esc(entry.name());
            case PURPOSE -> esc(orEmpty(entry.purpose()));
            case COUNTRIES ->
                esc(entry.countries().stream()
                        .map(c -> Countries.name(c, locale))
                        .collect(Collectors.joining(", ")));
            case SINCE -> entry.since() == null ? "" : date(entry.since());
            case WEBSITE -> website(entry.website());
            case TRANSFERS ->
                esc(entry.transfers().stream().map(m -> t("mechanism." + m)).collect(Collectors.joining(", ")));
        };
    }

    private static String website(String website) {
        if (website == null || website.isBlank()) {
            return "";
        }
        String href = website.startsWith("http://") || website.startsWith("https://") ? website : "https://" + website;
        return "<a href=\"" + esc(href) + "\" rel=\"nofollow noopener\">" + esc(website) + "</a>";
    }

    private String subscribeForm() {
        return "<h2>" + esc(t("publist.page.subscribe")) + "</h2><p>" + esc(t("publist.page.subscribe-text")) + "</p>"
                + "<form method=\"post\" action=\"" + PATH + "/subscribe\"><label for=\"email\">"
                + esc(t("publist.page.email")) + "</label> "
                + "<input type=\"email\" id=\"email\" name=\"email\" required autocomplete=\"email\" maxlength=\"320\">"
                + "<input type=\"hidden\" name=\"lang\" value=\"" + locale.getLanguage() + "\"> "
                + "<button type=\"submit\">" + esc(t("publist.page.subscribe-button")) + "</button></form>";
    }

    private String back() {
        return "<p><a href=\"" + PATH + "?lang=" + locale.getLanguage() + "\">" + esc(t("publist.page.back"))
                + "</a></p>";
    }

    private String page(String title, String body) {
        String other = "de".equals(locale.getLanguage()) ? "en" : "de";
        return "<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + esc(title)
                + "</title><link rel=\"alternate\" type=\"application/atom+xml\" href=\"" + PATH + ".atom\">"
                + "<style>" + STYLE + "</style></head><body><nav><a href=\"" + PATH + "?lang=" + other + "\" lang=\""
                + other + "\" hreflang=\"" + other + "\">" + esc(Texts.get(Locale.of(other), "publist.page.language"))
                + "</a></nav><main>" + body + "</main></body></html>";
    }

    private static final String STYLE = "body{font-family:system-ui,sans-serif;line-height:1.5;margin:0 auto;"
            + "max-width:60rem;padding:1rem;color:#1a1a1a;overflow-wrap:break-word}"
            + "h1{font-size:clamp(1.5rem,5vw,2.2rem);hyphens:auto;overflow-wrap:anywhere}nav{text-align:right}table{border-collapse:collapse;"
            + "width:100%;display:block;overflow-x:auto}caption{text-align:left;font-weight:600;padding:.5rem 0}"
            + "th,td{border-bottom:1px solid #ccc;padding:.4rem .6rem;text-align:left;vertical-align:top}"
            + "thead th{background:#f0f0f0}.summary{white-space:pre-line}a{color:#0b57d0}"
            + "input,button{font:inherit;padding:.3rem .5rem}button{cursor:pointer}";

    private LocalDate published(ListVersion version) {
        return LocalDate.ofInstant(version.publishedAt(), ZoneOffset.UTC);
    }

    private String date(LocalDate day) {
        return day.format(Dates.formatter(locale));
    }

    private String t(String key, Object... arguments) {
        return Texts.get(locale, key, arguments);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static String esc(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
