package org.upright.evidence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.upright.common.StateCode;
import org.upright.state.State;
import org.upright.state.StateDirectory;

/**
 * The states a text names, by every name the {@link StateDirectory} knows (case as written: "Chad" the state, not
 * "chad"), and which one is under review: the one named beside "review", "UPR" or "undergo", else the most named.
 */
final class StateFinder {
    private static final Pattern REVIEW_CUE = Pattern.compile("(?i)universal periodic review|\\bUPR\\b|\\breview\\b|undergo");

    private final Pattern names;
    private final Map<String, State> byName = new LinkedHashMap<>();

    StateFinder(StateDirectory directory) {
        List<String> all = new ArrayList<>();
        for (State s : directory.all()) {
            for (String n : directory.namesOf(s.code())) {
                // short codes and lower-case variants would match ordinary words
                if (n.length() < 4 || !Character.isUpperCase(n.charAt(0)) || n.contains(",")) continue;
                byName.putIfAbsent(n, s);
                all.add(Pattern.quote(n));
            }
        }
        all.sort(Comparator.comparingInt(String::length).reversed());
        names = Pattern.compile("(?<![\\p{L}])(?:" + String.join("|", all) + ")(?![\\p{L}])");
    }

    List<StateMention> find(String text) {
        Map<StateCode, List<Span>> spans = new LinkedHashMap<>();
        Map<StateCode, String> shown = new LinkedHashMap<>();
        Matcher m = names.matcher(text);
        while (m.find()) {
            State s = byName.get(m.group());
            spans.computeIfAbsent(s.code(), c -> new ArrayList<>()).add(new Span(m.start(), m.end()));
            shown.putIfAbsent(s.code(), s.name());
        }
        List<StateMention> found = new ArrayList<>();
        spans.forEach((code, list) -> found.add(new StateMention(code, shown.get(code), list.size(), List.copyOf(list))));
        return found;
    }

    /** The state under review: named in a sentence about the review, ties and absence broken by how often named. */
    static StateCode underReview(String text, List<StateMention> states, List<Span> sentences) {
        StateMention best = null;
        int bestScore = 0;
        for (StateMention s : states) {
            int score = s.count();
            for (Span span : s.spans()) {
                for (Span sentence : sentences) {
                    if (sentence.start() <= span.start() && span.end() <= sentence.end()
                            && REVIEW_CUE.matcher(sentence.of(text)).find()) score += 3;
                }
            }
            if (score > bestScore) {
                best = s;
                bestScore = score;
            }
        }
        return best == null ? null : best.code();
    }
}
