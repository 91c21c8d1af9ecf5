package org.upright.survey;

/**
 * The public's answer (or the form to give one) cannot be taken at all, whatever was typed: nothing was stored.
 * The reason says why, in words for the person holding the link; the web turns it into a status.
 */
public final class AnswerRefused extends RuntimeException {
    public enum Reason {
        /** No open survey has that address (or it is still a draft). */
        UNKNOWN,
        /** The survey was closed: it no longer takes answers. */
        CLOSED,
        /** The survey is answered by invitation only and no link was given. */
        INVITATION_NEEDED,
        /** The link's invitation was mistyped, cut short or altered. */
        INVITATION_INVALID,
        /** The invitation was already used for an answer. */
        INVITATION_USED,
        /** Too many answers from one address in a short time. */
        THROTTLED,
        /** More was sent than any answer to the survey can hold. */
        TOO_LARGE
    }

    private final Reason reason;

    public AnswerRefused(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
