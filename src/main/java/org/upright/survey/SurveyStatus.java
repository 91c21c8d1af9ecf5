package org.upright.survey;

import java.util.Locale;

/** A survey is built as a draft, answered while open, and kept (with its answers) once closed. */
public enum SurveyStatus {
    DRAFT, OPEN, CLOSED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    static SurveyStatus of(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
