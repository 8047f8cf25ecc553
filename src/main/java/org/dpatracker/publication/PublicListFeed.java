package org.dpatracker.publication;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.dpatracker.core.Texts;

/**
 * The versions of the list as an Atom 1.0 feed (RFC 4287): one entry per version with its summary of changes,
 * newest first. Ids are tag URIs (RFC 4151) of the application's address, so they stay the same on every fetch.
 */
final class PublicListFeed {

    private final Locale locale;
    private final UnaryOperator<String> links;
    private final String authority;

    /**
     * @param links makes the absolute address of a page from its path
     * @param authority the host name the tag URIs are minted under
     */
    PublicListFeed(Locale locale, UnaryOperator<String> links, String authority) {
        this.locale = locale;
        this.links = links;
        this.authority = authority;
    }

    String render(List<ListVersion> versions, String publisher) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setUri("tag:" + authority + ",2026:subprocessors");
        feed.setTitle(Texts.get(locale, "publist.page.title", publisher));
        SyndPerson author = new SyndPersonImpl();
        author.setName(publisher.isBlank() ? authority : publisher);
        feed.setAuthors(List.of(author));
        feed.setLanguage(locale.getLanguage());
        String page = links.apply("public/subprocessors?lang=" + locale.getLanguage());
        feed.setLink(page);
        feed.setLinks(List.of(
                link(page, "alternate", "text/html"),
                link(links.apply("public/subprocessors.atom"), "self", "application/atom+xml")));
        feed.setPublishedDate(
                versions.isEmpty() ? new Date(0) : Date.from(versions.getFirst().publishedAt()));
        feed.setEntries(versions.stream().map(v -> entry(v, page)).toList());
        try {
            return new SyndFeedOutput().outputString(feed, true);
        } catch (FeedException impossible) {
            throw new IllegalStateException("A feed in memory cannot fail to be written", impossible);
        }
    }

    private SyndEntry entry(ListVersion version, String page) {
        SyndEntry entry = new SyndEntryImpl();
        entry.setUri("tag:" + authority + ",2026:subprocessors:version:" + version.number());
        entry.setTitle(Texts.get(
                locale,
                "publist.feed.entry",
                version.number(),
                version.effectiveOn().toString()));
        entry.setLink(page);
        Date published = Date.from(version.publishedAt());
        entry.setPublishedDate(published);
        entry.setUpdatedDate(published);
        SyndContent summary = new SyndContentImpl();
        summary.setType("text");
        summary.setValue(version.summary());
        entry.setDescription(summary);
        return entry;
    }

    private static SyndLink link(String href, String rel, String type) {
        SyndLink link = new SyndLinkImpl();
        link.setHref(href);
        link.setRel(rel);
        link.setType(type);
        return link;
    }
}
