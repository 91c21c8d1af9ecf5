package org.upright.survey;

/** An invitation with its signed link, relative to the site (/surveys/{slug}?invitation=…). */
public record InvitationLink(Invitation invitation, String link) {
}
