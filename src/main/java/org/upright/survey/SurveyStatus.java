package org.upright.survey;

import java.util.Locale;
import org.upright.i18n.Ui;

/** A survey is built as a draft, answered while open, and kept (with its answers) once closed. */
public enum SurveyStatus {
    DRAFT, OPEN, CLOSED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status as the reader's language names it. */
    public String label() {
        return Ui.text("survey.status." + id());
    }

    static SurveyStatus of(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
