package org.upright.alert;

import java.util.Locale;
import org.upright.i18n.Ui;

/** The kinds of alert, each with its own mail template under src/main/jte/mail. */
public enum AlertKind {
    RECOMMENDATION("mail/recommendations"),
    CASE("mail/cases");

    private final String template;

    AlertKind(String template) {
        this.template = template;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    String template() {
        return template;
    }

    /** The mail's subject in the language set on this thread (the subscriber's). */
    String subject() {
        return this == CASE ? Ui.text("mail.subject.case") : Ui.text("mail.subject.recommendation");
    }

    static AlertKind of(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
