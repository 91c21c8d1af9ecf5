package org.upright.newsletter;

/** An issue as the form or the API sends it, before any check; {@code segment} is all, state or theme. */
public record NewsletterForm(String subject, String body, String segment, String segmentValue) {
    public NewsletterForm {
        subject = subject == null ? "" : subject;
        body = body == null ? "" : body;
        segment = segment == null || segment.isBlank() ? "all" : segment.strip();
        segmentValue = segmentValue == null ? "" : segmentValue;
    }

    public static NewsletterForm blank() {
        return new NewsletterForm("", "", "all", "");
    }

    public static NewsletterForm of(Newsletter n) {
        return new NewsletterForm(n.subject(), n.body(), n.segment().kind(), n.segment().value());
    }
}
