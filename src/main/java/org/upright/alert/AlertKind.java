package org.upright.alert;

import java.util.Locale;

/** The kinds of alert, each with its own mail template under src/main/jte/mail. */
public enum AlertKind {
    RECOMMENDATION("mail/recommendations", "New or changed recommendations you follow"),
    CASE("mail/cases", "A case you follow has changed");

    private final String template;
    private final String subject;

    AlertKind(String template, String subject) {
        this.template = template;
        this.subject = subject;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    String template() {
        return template;
    }

    String subject() {
        return subject;
    }

    static AlertKind of(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
