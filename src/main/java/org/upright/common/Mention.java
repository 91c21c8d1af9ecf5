package org.upright.common;

/**
 * A link to something of another feature shown on a page (a case on a state's or a recommendation's page),
 * so the page's feature does not depend on the other's types.
 *
 * @param note a few words beside the link (a status, a state), may be empty
 */
public record Mention(String title, String note, String url) {
}
