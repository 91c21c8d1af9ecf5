package org.upright.newsletter;

import java.util.List;
import java.util.Optional;

/** Where newsletter issues live. */
public interface NewsletterStore {
    long create(String subject, String body, Segment segment, String by, String now);

    Optional<Newsletter> byId(long id);

    /** Every issue, newest first. */
    List<Newsletter> all();

    /** Changes a draft; false when it is not a draft (any more). */
    boolean update(long id, String subject, String body, Segment segment, String now);

    /** Marks a draft sent; false when it was sent already (another press of "send" won), so only one send queues mail. */
    boolean markSent(long id, String by, String now);
}
