package org.upright.alert;

/**
 * Something a subscriber is owed a mail about, once: {@code key} names the thing and its state (a recommendation's
 * text and response, a case's last change), so the same change announced twice is one alert.
 */
public record Alert(long id, long subscriber, String key, AlertKind kind, String title, String text, String path,
                    String because, String createdAt) {
}
