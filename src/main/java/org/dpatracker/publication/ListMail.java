package org.dpatracker.publication;

import java.util.Locale;
import org.dpatracker.core.Dates;
import org.dpatracker.core.Texts;
import org.dpatracker.core.Translator;
import org.springframework.web.util.HtmlUtils;

/**
 * The mails to subscribers, in plain text and HTML, in the language they subscribed in: the confirmation
 * request (double opt-in) and the announcement of a new version. Each carries a link to leave the list.
 */
record ListMail(String subject, String text, String html) {

    static ListMail confirmation(String publisher, String confirmLink, String unsubscribeLink, Locale locale) {
        Translator texts = (key, arguments) -> Texts.get(locale, key, arguments);
        String intro = texts.t("publist.mail.confirm.intro", publisher);
        String action = texts.t("publist.mail.confirm.action");
        String ignore = texts.t("publist.mail.confirm.ignore");
        return new ListMail(
                texts.t("publist.mail.confirm.subject", publisher),
                intro + "\n\n" + action + ":\n" + confirmLink + "\n\n" + ignore + "\n"
                        + footerText(texts, unsubscribeLink),
                "<p>" + esc(intro) + "</p><p><a href=\"" + esc(confirmLink) + "\">" + esc(action) + "</a></p><p>"
                        + esc(ignore) + "</p>" + footerHtml(texts, unsubscribeLink));
    }

    static ListMail announcement(
            ListVersion version, String publisher, String pageLink, String unsubscribeLink, Locale locale) {
        Translator texts = (key, arguments) -> Texts.get(locale, key, arguments);
        String effective = version.effectiveOn().format(Dates.formatter(locale));
        String intro = texts.t("publist.mail.change.intro", publisher, version.number(), effective);
        String open = texts.t("publist.mail.change.open");
        return new ListMail(
                texts.t("publist.mail.change.subject", publisher, effective),
                intro + "\n\n" + version.summary() + "\n\n" + open + ":\n" + pageLink + "\n"
                        + footerText(texts, unsubscribeLink),
                "<p>" + esc(intro) + "</p><p style=\"white-space: pre-line\">" + esc(version.summary())
                        + "</p><p><a href=\"" + esc(pageLink) + "\">" + esc(open) + "</a></p>"
                        + footerHtml(texts, unsubscribeLink));
    }

    private static String footerText(Translator texts, String unsubscribeLink) {
        return "\n--\n" + texts.t("publist.mail.unsubscribe") + ":\n" + unsubscribeLink + "\n";
    }

    private static String footerHtml(Translator texts, String unsubscribeLink) {
        return "<hr><p><small><a href=\"" + esc(unsubscribeLink) + "\">" + esc(texts.t("publist.mail.unsubscribe"))
                + "</a></small></p>";
    }

    private static String esc(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
