package org.upright.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.upright.common.StateCode;
import org.upright.recommendation.Label;
import org.upright.recommendation.LabelKind;
import org.upright.recommendation.Recommendation;
import org.upright.recommendation.Response;
import org.upright.review.Session;
import org.upright.state.State;
import org.upright.state.StateDirectory;

/**
 * Writes, for every recommendation of the real record, {@code copies} variants as UPR Info export files (one file
 * per copy), so that importing them through the real importer makes a record {@code copies + 1} times the size.
 * A variant goes to another state of the same regional group, in one of that state's sessions (every third of the
 * 54, so about 18 reviews a state): ten times the recommendations in about ten times the reviews, some 135 a
 * review as in the real record. (One review a state and cycle would put 500 in each, which no review has, and
 * the importer compares every new recommendation with all its review holds.) Its recommending states are drawn
 * from the real ones' frequencies; its response usually stays; its text is varied ({@link TextVariation}).
 * Same seed, same files.
 */
final class VariantWriter {
    static final List<String> HEADER =
            List.of("To", "To-Rgrp", "To-Org", "Text", "From", "From-Rgrp", "From-Org", "Response", "Action", "Issue", "Session");

    private final StateDirectory states;
    private final Map<Integer, Session> sessions = new HashMap<>();
    private final Random rnd;

    VariantWriter(StateDirectory states, List<Session> sessions, long seed) {
        this.states = states;
        sessions.forEach(s -> this.sessions.put(s.number(), s));
        this.rnd = new Random(seed);
    }

    /** Writes {@code variants-1.csv} … {@code variants-N.csv} into the folder; returns their paths. */
    List<Path> write(List<Recommendation> all, int copies, Path folder) throws IOException {
        Files.createDirectories(folder);
        Map<String, List<String>> textsByIssue = new HashMap<>();
        List<StateCode> recommenders = new ArrayList<>();
        for (Recommendation r : all) {
            textsByIssue.computeIfAbsent(firstIssue(r), k -> new ArrayList<>()).add(r.text());
            recommenders.addAll(r.recommendingStates());
        }
        List<Integer> sessionNumbers = sessions.keySet().stream().sorted().toList();
        Map<String, List<State>> byGroup = new HashMap<>();
        for (State s : states.all()) byGroup.computeIfAbsent(s.group().label(), k -> new ArrayList<>()).add(s);

        List<Path> files = new ArrayList<>();
        List<BufferedWriter> out = new ArrayList<>();
        try {
            for (int k = 1; k <= copies; k++) {
                Path file = folder.resolve("variants-" + k + ".csv");
                files.add(file);
                BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                w.write(String.join(",", HEADER));
                w.write('\n');
                out.add(w);
            }
            for (Recommendation r : all) {
                List<State> others = others(r.stateUnderReview(), byGroup, copies);
                for (int k = 1; k <= copies; k++) {
                    State sur = others.get((k - 1) % others.size());
                    List<Integer> ofState = sessionsOf(sur, sessionNumbers);
                    int session = ofState.get(rnd.nextInt(ofState.size()));
                    List<String> donors = textsByIssue.get(firstIssue(r));
                    String donor = donors.size() > 1 ? donors.get(rnd.nextInt(donors.size())) : null;
                    int yearShift = sessions.get(session).year() - sessions.get(r.session()).year();
                    String text = TextVariation.vary(r.text(), donor, yearShift, rnd);
                    writeRows(out.get(k - 1), r, sur, session, text, recommenders);
                }
            }
        } finally {
            for (BufferedWriter w : out) w.close();
        }
        return files;
    }

    /** Other states of the same regional group in a seeded order (any state when the group is too small). */
    private List<State> others(StateCode sur, Map<String, List<State>> byGroup, int copies) {
        String group = states.byCode(sur).map(s -> s.group().label()).orElse("");
        List<State> pool = new ArrayList<>(byGroup.getOrDefault(group, List.of()));
        if (pool.size() <= copies) pool = new ArrayList<>(states.all());
        pool.removeIf(s -> s.code().equals(sur));
        Collections.shuffle(pool, rnd);
        return pool;
    }

    /** The sessions a state can be reviewed in here: every third one, from a start of its own. */
    private static List<Integer> sessionsOf(State state, List<Integer> sessions) {
        int offset = Math.floorMod(state.code().value().hashCode(), 3);
        return sessions.stream().filter(s -> (s + offset) % 3 == 0).toList();
    }

    private void writeRows(BufferedWriter w, Recommendation r, State sur, int session, String text,
                           List<StateCode> recommenders) throws IOException {
        String action = r.actionCategory() == null ? "" : r.actionCategory().toString();
        String issues = String.join(",", r.labels().stream().filter(l -> l.kind() == LabelKind.ISSUE).map(Label::value).toList());
        if (r.pledge()) {
            row(w, sur, text, sur.name(), sur.group().label(), "Voluntary Pledge", action, issues, session);
            return;
        }
        String response = response(r.response());
        if (r.recommendingStates().isEmpty()) {
            row(w, sur, text, "(Unknown)", "", response, action, issues, session);
            return;
        }
        Set<StateCode> from = new LinkedHashSet<>();
        for (int tries = 0; from.size() < r.recommendingStates().size() && tries < 50; tries++) {
            StateCode c = recommenders.get(rnd.nextInt(recommenders.size()));
            if (!c.equals(sur.code())) from.add(c);
        }
        for (StateCode c : from) {
            State s = states.byCode(c).orElseThrow();
            row(w, sur, text, s.name(), s.group().label(), response, action, issues, session);
        }
    }

    /** UPR Info words; one response in five is the other way round, and a missing one is drawn. */
    private String response(Response original) {
        Response r = original != null ? original : (rnd.nextInt(4) == 0 ? Response.NOTED : Response.SUPPORTED);
        if (r != Response.PENDING && rnd.nextInt(5) == 0) r = r == Response.SUPPORTED ? Response.NOTED : Response.SUPPORTED;
        return switch (r) {
            case SUPPORTED -> "Accepted";
            case NOTED -> "Noted";
            case PENDING -> "Pending";
        };
    }

    private static void row(BufferedWriter w, State sur, String text, String from, String fromGroup, String response,
                            String action, String issues, int session) throws IOException {
        List<String> fields = List.of(sur.name(), sur.group().label(), "", text, from, fromGroup, "", response, action,
                issues, Integer.toString(session));
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) w.write(',');
            w.write('"');
            w.write(fields.get(i).replace("\"", "\"\""));
            w.write('"');
        }
        w.write('\n');
    }

    private static String firstIssue(Recommendation r) {
        return r.labels().stream().filter(l -> l.kind() == LabelKind.ISSUE).map(Label::value).findFirst().orElse("");
    }
}
