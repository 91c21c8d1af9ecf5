package org.upright.mail;

import java.util.List;

/**
 * What a mail template shows: the greeting, the items (alerts), the one button (confirm, open the preferences) and
 * the links every list mail ends with. One record for every kind of mail, so each template is only its words.
 *
 * @param manageUrl      the subscriber's preference page; null in mails that are not part of a list
 * @param unsubscribeUrl the one-click unsubscribe page; null likewise
 */
public record MailView(String name, String lead, List<Item> items, String actionUrl, String actionLabel,
                       String manageUrl, String unsubscribeUrl) {
    /** One alert: what happened, its words, where to read it, and which follow brought it. */
    public record Item(String title, String text, String url, String because) {
    }

    public MailView {
        items = List.copyOf(items);
    }
}
