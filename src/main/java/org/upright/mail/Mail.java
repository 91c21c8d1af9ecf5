package org.upright.mail;

/**
 * One mail to one person, as a feature hands it to the outbox.
 *
 * @param unsubscribeUrl the one-click unsubscribe address sent as List-Unsubscribe; null for mails that are not
 *                       part of a list (the confirmation of a sign-up)
 * @param dedupeKey      queueing a second mail with the same key does nothing: an alert announced twice is mailed once
 * @param subscriberId   the subscriber it is for, so their export shows it and deleting them forgets it; null for none
 */
public record Mail(String to, String toName, String subject, String text, String html, String unsubscribeUrl,
                   String dedupeKey, Long subscriberId) {
    public Mail {
        // a header must never carry a line break: a name or subject with one could add headers of its own
        toName = oneLine(toName);
        subject = oneLine(subject);
    }

    static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("[\\r\\n\\t\\u0085\\u2028\\u2029]+", " ").strip();
    }
}
