package org.upright.alert;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * An Atom feed (RFC 4287) written by Rome: one entry per recommendation, its id the recommendation's address so a
 * reader shows a recommendation once however often the feed is read.
 */
public final class AtomFeed {
    /** One recommendation as a feed entry. */
    public record Entry(String path, String title, String text, Instant updated) {
    }

    private AtomFeed() {
    }

    public static String write(String title, String path, List<Entry> entries, String base) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle(title);
        feed.setUri(base + path);
        feed.setAuthor("UPRight");
        feed.setLinks(List.of(link(base + path, "self", "application/atom+xml"), link(base + path.replaceFirst("/feed\\.atom$", ""), "alternate", "text/html")));
        feed.setPublishedDate(Date.from(entries.stream().map(Entry::updated).max(Instant::compareTo).orElse(Instant.EPOCH)));
        feed.setEntries(entries.stream().map(e -> entry(e, base)).toList());
        try {
            return new SyndFeedOutput().outputString(feed, true);
        } catch (FeedException e) {
            throw new IllegalStateException("Rome could not write the feed " + path, e);
        }
    }

    private static SyndEntry entry(Entry e, String base) {
        SyndEntry entry = new SyndEntryImpl();
        entry.setUri(base + e.path());
        entry.setLink(base + e.path());
        entry.setTitle(e.title());
        entry.setUpdatedDate(Date.from(e.updated()));
        SyndContent summary = new SyndContentImpl();
        summary.setType("text/plain");
        summary.setValue(e.text());
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
