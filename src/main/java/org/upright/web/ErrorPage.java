package org.upright.web;

/** What the error page shows: the status, a heading and the sentence that says what went wrong. */
public record ErrorPage(int status, String heading, String message) {
}
