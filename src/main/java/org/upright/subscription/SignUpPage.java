package org.upright.subscription;

import java.util.Map;

/**
 * The sign-up page: the form as typed (kept when it is refused), each problem beside its field, or — once sent —
 * the note to look in the inbox.
 *
 * @param follow     what the form offers to follow ("state" and "KAZ" on a state's page); empty for none
 * @param sentTo     the address a confirmation went to; null while the form is shown
 */
public record SignUpPage(String email, String name, String followKind, String followValue, Map<String, String> problems,
                         String sentTo) {
    public SignUpPage {
        problems = Map.copyOf(problems);
    }

    public static SignUpPage blank(String followKind, String followValue) {
        return new SignUpPage("", "", followKind, followValue, Map.of(), null);
    }

    public String problem(String field) {
        return problems.get(field);
    }

    public String consent() {
        return Consent.shown();
    }
}
