package org.upright.subscription;

import java.util.List;
import java.util.Map;

/** The preference page a mail links to: who, how often, what is followed; problems by field; a notice after a change. */
public record PreferencesPage(Subscriber subscriber, String token, String name, String frequency, List<Follow> follows,
                              String followKind, String followValue, Map<String, String> problems, String notice, boolean mailSent) {
    public PreferencesPage {
        follows = List.copyOf(follows);
        problems = Map.copyOf(problems);
    }

    public static PreferencesPage of(Subscriber s, String token, String notice, boolean mailSent) {
        return new PreferencesPage(s, token, s.name(), s.frequency().id(), s.follows(), "state", "", Map.of(), notice, mailSent);
    }

    public String problem(String field) {
        return problems.get(field);
    }

    public String action() {
        return "/subscriptions/manage/" + token;
    }

    public List<FollowKind> kinds() {
        return List.of(FollowKind.values());
    }

    public List<Frequency> frequencies() {
        return List.of(Frequency.values());
    }

    public String shown(Follow f) {
        return SubscriptionMails.shown(f);
    }
}
