package org.upright.ingest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.upright.state.State;
import org.upright.state.StateDirectory;

/**
 * Takes recommendations apart as UN reports print them: text, then the recommending states in brackets
 * ("… (Mexico);", "… (Belgium, France, Tunisia);", "… (Spain) (France);", "(Iran (Islamic Republic of))").
 * One numbered item can hold several recommendations, each with its own states, as cycle-1 reports and
 * clustered cycle-2 items do: "Create conditions … (Sweden); In accordance with … (Algeria); Analyse … (Argentina,
 * Brazil, Austria);". States named in brackets inside the text ("Sign (Uganda) and ratify (Costa Rica) OP-CAT")
 * recommend it too; brackets that name no state ("(CPED)") are text.
 */
final class ClusteredRecommendations {

    /**
     * One recommendation: where it starts in the item's text, its text without the states, the states that
     * recommend it, the bracketed names at its end that are no known state, and that end as printed ("(None)").
     */
    record Part(int start, String text, List<State> states, List<String> unknown, String suffix) {
    }

    private record Group(int start, int end, String inner) {
    }

    /** A footnote mark after the states ("(Malaysia)3;", "(Belgium); 1") is no part of the text. */
    private static final Pattern FOOTNOTE = Pattern.compile("(?<=[);])\\d{1,2}(?=\\s|$|[;,])|(?<=[);])\\s+\\d{1,2}\\s*$");
    /** "(Paraguay (Argentina);": a bracket closed one too few times. */
    private static final Pattern UNCLOSED = Pattern.compile("\\(([^()]+) \\(([^()]+)\\)(?=\\s*[;.]|\\s*$)");
    /** A bracket that reads as a name ("(Holly See)") rather than an abbreviation ("(CEDAW)") or a number. */
    private static final Pattern NAME_LIKE = Pattern.compile("\\p{Lu}[\\p{L} ,.'’\\-()]{1,80}");
    private static final Pattern CONNECTIVE = Pattern.compile("(?i)[\\s;,.]*(?:and|or)?[\\s;,.]*");

    private final StateDirectory directory;

    ClusteredRecommendations(StateDirectory directory) {
        this.directory = directory;
    }

    /** The recommendations of one numbered item, in order. */
    List<Part> split(String itemText) {
        String text = repairBrackets(FOOTNOTE.matcher(itemText).replaceAll(m -> " ".repeat(m.group().length())));
        List<Group> groups = groups(text);
        List<Part> parts = new ArrayList<>();
        int partStart = 0;
        int i = 0;
        while (i < groups.size()) {
            int last = endOfRun(text, groups, i);
            int next = afterTerminator(text, groups.get(last));
            if (next >= 0) {
                addPart(parts, text, groups, partStart, i, last, next);
                partStart = next;
            }
            i = last + 1;
        }
        int restStart = partStart;
        if (!CONNECTIVE.matcher(text.substring(restStart)).matches()) {
            List<Group> inner = groups.stream().filter(g -> g.start() >= restStart).toList();
            parts.add(part(restStart, text.substring(restStart), inner, List.of(), ""));
        }
        return parts;
    }

    /**
     * One recommendation whose text ends with its states, as the UN-report CSV rows hold it: the text without
     * the brackets at its end that name states. Brackets inside the text stay, even "(Oman), to further …".
     */
    Part single(String text) {
        String clean = FOOTNOTE.matcher(text).replaceAll(m -> " ".repeat(m.group().length())).strip();
        List<Group> groups = groups(clean);
        if (groups.isEmpty() || !clean.substring(groups.getLast().end()).isBlank()) {
            return new Part(0, cleanEnd(clean), List.of(), List.of(), "");
        }
        int last = groups.size() - 1;
        int first = endOfRunBackwards(clean, groups, last);
        StateDirectory.Resolution end = resolve(groups.get(last).inner());
        if (end.states().isEmpty() && !readsAsName(groups.get(last).inner())) {
            return new Part(0, cleanEnd(clean), List.of(), List.of(), "");
        }
        int suffixFrom = last;
        while (suffixFrom > first && resolve(groups.get(suffixFrom - 1).inner()).complete()) suffixFrom--;
        int suffixStart = groups.get(suffixFrom).start();
        return part(0, clean.substring(0, suffixStart), List.of(), groups.subList(suffixFrom, last + 1),
                clean.substring(suffixStart));
    }

    private static int endOfRunBackwards(String text, List<Group> groups, int last) {
        int first = last;
        while (first > 0 && text.substring(groups.get(first - 1).end(), groups.get(first).start()).isBlank()) first--;
        return first;
    }

    /**
     * Adds the recommendation that ends with the run of brackets {@code first..last}. The states are the
     * brackets at the end that name only states, walking back from the last; the last counts even when it
     * names no known state, so that a misspelt state becomes a reject instead of text.
     */
    private void addPart(List<Part> parts, String text, List<Group> groups, int partStart, int first, int last, int next) {
        int suffixFrom = last;
        while (suffixFrom > first && resolve(groups.get(suffixFrom - 1).inner()).complete()) suffixFrom--;
        int suffixStart = groups.get(suffixFrom).start();
        String body = text.substring(partStart, suffixStart);
        List<Group> inner = groups.stream().filter(g -> g.start() >= partStart && g.end() <= suffixStart).toList();
        List<Group> suffix = groups.subList(suffixFrom, last + 1);
        if (CONNECTIVE.matcher(body).matches() && !parts.isEmpty()) {
            // "(Canada); (Mexico);": states without text of their own belong to the recommendation before
            Part before = parts.removeLast();
            Part more = part(partStart, "", List.of(), suffix, "");
            parts.add(new Part(before.start(), before.text(), union(before.states(), more.states()),
                    union(before.unknown(), more.unknown()), before.suffix()));
            return;
        }
        String suffixText = text.substring(suffixStart, groups.get(last).end());
        parts.add(part(partStart, body, inner, suffix, suffixText));
    }

    private Part part(int start, String body, List<Group> inner, List<Group> suffix, String suffixText) {
        Set<State> states = new LinkedHashSet<>();
        for (Group g : inner) {
            StateDirectory.Resolution r = resolve(g.inner());
            if (r.complete()) states.addAll(r.states());
        }
        List<String> unknown = new ArrayList<>();
        for (Group g : suffix) {
            StateDirectory.Resolution r = resolve(g.inner());
            states.addAll(r.states());
            unknown.addAll(r.unknown());
        }
        int lead = body.length() - body.stripLeading().length();
        return new Part(start + lead, cleanEnd(body), List.copyOf(states), unknown, suffixText);
    }

    /** The states a bracket names; "(Mexico; Egypt)" and a footnote mark inside ("(Uruguay 3)") happen. */
    private StateDirectory.Resolution resolve(String names) {
        return directory.resolveAll(names.replace(';', ',').replaceFirst("\\s+\\d{1,2}\\s*$", ""));
    }

    /** Where the next recommendation starts after a run of brackets, or -1 when the sentence goes on. */
    private int afterTerminator(String text, Group last) {
        int k = last.end();
        while (k < text.length() && Character.isWhitespace(text.charAt(k))) k++;
        if (k == text.length()) return k;
        String rest = text.substring(k + 1);
        char c = text.charAt(k);
        boolean names = !resolve(last.inner()).states().isEmpty();
        if (c == ';' && (names || readsAsName(last.inner()))) return k + 1;
        // "Advance its efforts to ratify CRPD (Namibia) / Actively consider ratifying CRPD (China) / …"
        if (c == '/' && names) return k + 1;
        if (c == '.' && (rest.isBlank() || names && rest.stripLeading().matches("(?s)\\p{Lu}.*"))) return k + 1;
        if (CONNECTIVE.matcher(text.substring(k)).matches()) return text.length();
        return -1;
    }

    private static boolean readsAsName(String inner) {
        return NAME_LIKE.matcher(inner.strip()).matches() && inner.chars().anyMatch(Character::isLowerCase);
    }

    /** The index of the last bracket of the run starting at {@code first}: brackets apart only by spaces. */
    private static int endOfRun(String text, List<Group> groups, int first) {
        int last = first;
        while (last + 1 < groups.size() && text.substring(groups.get(last).end(), groups.get(last + 1).start()).isBlank()) {
            last++;
        }
        return last;
    }

    /**
     * The outermost bracket pairs, in order. A bracket never closed is text and does not swallow what follows:
     * "(ICERD, in line with … (Peru);" still ends with "(Peru)".
     */
    private static List<Group> groups(String text) {
        List<int[]> pairs = new ArrayList<>();
        Deque<Integer> open = new ArrayDeque<>();
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '(') open.push(k);
            else if (c == ')' && !open.isEmpty()) pairs.add(new int[] {open.pop(), k + 1});
        }
        pairs.sort(Comparator.comparingInt(p -> p[0]));
        List<Group> groups = new ArrayList<>();
        int coveredTo = -1;
        for (int[] p : pairs) {
            if (p[0] < coveredTo) continue;
            groups.add(new Group(p[0], p[1], text.substring(p[0] + 1, p[1] - 1)));
            coveredTo = p[1];
        }
        return groups;
    }

    /**
     * Closes a bracket closed one time too few at the end: "(Paraguay (Argentina);" is two states,
     * "(Iran (Islamic Republic of);" one.
     */
    private String repairBrackets(String text) {
        Matcher m = UNCLOSED.matcher(text);
        return m.replaceAll(r -> {
            Optional<State> a = directory.resolve(r.group(1));
            Optional<State> b = directory.resolve(r.group(2));
            if (a.isEmpty() || b.isEmpty()) return Matcher.quoteReplacement(r.group());
            return Matcher.quoteReplacement(a.equals(b)
                    ? "(" + r.group(1) + " (" + r.group(2) + "))"
                    : "(" + r.group(1) + ")(" + r.group(2) + ")");
        });
    }

    private static String cleanEnd(String body) {
        return Texts.clean(body).replaceFirst("[\\s;,.:]+$", "").replaceFirst("^[\\s;,.:]+", "");
    }

    private static <T> List<T> union(List<T> a, List<T> b) {
        Set<T> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
