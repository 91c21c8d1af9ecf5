package org.upright.newsletter;

/** One sent issue in the public archive: its subject, when it went, and its body as the mail showed it. */
public record ArchivedPage(Newsletter newsletter, String bodyHtml) {
}
