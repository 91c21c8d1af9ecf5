package org.upright.newsletter;

/**
 * One issue of the newsletter: its subject and Markdown body as the editor wrote them, who it goes to, and whether
 * it is still a draft (editable) or was sent (read-only from then on).
 */
public record Newsletter(long id, String subject, String body, Segment segment, Status status, String createdBy,
                         String createdAt, String updatedAt, String sentBy, String sentAt) {
    public enum Status {
        DRAFT, SENT;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public boolean sent() {
        return status == Status.SENT;
    }

    public String url() {
        return "/newsletters/" + id;
    }

    /** The dedupe key of this mail to one subscriber: the outbox takes it once, however often it is sent. */
    public String mailKey(long subscriber) {
        return keyPrefix() + subscriber;
    }

    public String keyPrefix() {
        return "newsletter:" + id + ":";
    }
}
