package org.upright.web;

/** The body of every JSON error: {"error": {"status": 400, "message": "…"}}. */
public record ApiError(Body error) {
    public record Body(int status, String message) {
    }

    public static ApiError of(int status, String message) {
        return new ApiError(new Body(status, message));
    }
}
