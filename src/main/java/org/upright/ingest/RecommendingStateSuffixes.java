package org.upright.ingest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.upright.state.State;
import org.upright.state.StateDirectory;

/**
 * Takes the recommending states out of a recommendation as UN documents print it. Real texts show every
 * shape: "… (Croatia);", "… (Spain, Tunisia, Portugal);", "… (France) (Lithuania);", "… (Nigeria).", states
 * with brackets inside ("(Venezuela (Bolivarian Republic of))"), and, since OHCHR clusters similar
 * recommendations under one number, several recommendations in one: "Complete … (Ukraine); Increase … (Slovakia);".
 * Brackets that belong to the text ("(No. 29) (United Kingdom …)", "(ICRMW)") stay in the text.
 */
final class RecommendingStateSuffixes {

    /**
     * The text without state suffixes (the parts of a clustered recommendation joined with "; "), the states
     * in the order they appear, and the names in suffix position that name no known state.
     */
    record Split(String text, List<State> states, List<String> unknown) {
    }

    private record Group(int start, int end, String inner) {
    }

    /** "Venezuela (Bolivarian Republic of)" is the UN's sorted form of "Bolivarian Republic of Venezuela". */
    private static final Pattern SORTED_NAME = Pattern.compile("(.+?)\\s*\\(([^()]+)\\)");

    private final StateDirectory directory;

    RecommendingStateSuffixes(StateDirectory directory) {
        this.directory = directory;
    }

    Split split(String text) {
        List<Group> groups = topLevelGroups(text);
        List<String> parts = new ArrayList<>();
        Set<State> states = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        int partStart = 0;
        int i = 0;
        while (i < groups.size()) {
            int chainEnd = endOfChain(text, groups, i);
            Group last = groups.get(chainEnd);
            int afterTerminator = afterTerminator(text, last.end());
            if (afterTerminator < 0) {
                i = chainEnd + 1;
                continue;
            }
            boolean endOfText = text.substring(afterTerminator).isBlank();
            // Walk back from the terminator: brackets that name states are the suffix; the first that names
            // none ends it. The very last bracket of the text is the suffix even when it names no known
            // state, so that a misspelt state becomes a reject instead of disappearing into the text.
            int cut = -1;
            List<State> chainStates = new ArrayList<>();
            List<String> chainUnknown = new ArrayList<>();
            for (int g = chainEnd; g >= i; g--) {
                StateDirectory.Resolution names = resolveGroup(groups.get(g).inner());
                boolean mustBeStates = g == chainEnd && endOfText;
                if (names.states().isEmpty() && !mustBeStates) break;
                chainStates.addAll(0, names.states());
                chainUnknown.addAll(0, names.unknown());
                cut = groups.get(g).start();
            }
            if (cut >= 0) {
                parts.add(text.substring(partStart, cut).strip());
                states.addAll(chainStates);
                unknown.addAll(chainUnknown);
                partStart = afterTerminator;
            }
            i = chainEnd + 1;
        }
        String rest = text.substring(partStart).strip().replaceFirst("[;.]$", "").strip();
        if (!rest.isEmpty()) parts.add(rest);
        parts.removeIf(String::isEmpty);
        return new Split(String.join("; ", parts), List.copyOf(states), List.copyOf(unknown));
    }

    /**
     * A bracket's names: split at top-level commas (a comma inside "Venezuela (Bolivarian Republic of)" does
     * not split), each name resolved alone first, then as a list the directory may split further.
     */
    StateDirectory.Resolution resolveGroup(String inner) {
        List<State> states = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String name : splitTopLevel(inner)) {
            Optional<State> one = resolveName(name);
            if (one.isPresent()) {
                states.add(one.get());
                continue;
            }
            StateDirectory.Resolution several = directory.resolveAll(name);
            states.addAll(several.states());
            unknown.addAll(several.unknown());
        }
        return new StateDirectory.Resolution(states, unknown);
    }

    private Optional<State> resolveName(String name) {
        Optional<State> state = directory.resolve(name);
        if (state.isPresent()) return state;
        Matcher sorted = SORTED_NAME.matcher(name);
        if (sorted.matches()) return directory.resolve(sorted.group(2).strip() + " " + sorted.group(1).strip());
        return Optional.empty();
    }

    /** The brackets at depth 0, in order; an unclosed bracket is text. */
    private static List<Group> topLevelGroups(String text) {
        List<Group> groups = new ArrayList<>();
        int depth = 0;
        int start = -1;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '(') {
                if (depth++ == 0) start = k;
            } else if (c == ')' && depth > 0) {
                if (--depth == 0) groups.add(new Group(start, k + 1, text.substring(start + 1, k)));
            }
        }
        return groups;
    }

    /** The index of the last bracket of the run that starts at {@code first}, brackets apart only by spaces. */
    private static int endOfChain(String text, List<Group> groups, int first) {
        int last = first;
        while (last + 1 < groups.size()
                && text.substring(groups.get(last).end(), groups.get(last + 1).start()).isBlank()) {
            last++;
        }
        return last;
    }

    /**
     * Where the next recommendation starts when a bracket ends one: after ";" , at the end of the text, or
     * after a final "."; -1 when the bracket is followed by more words of the same sentence.
     */
    private static int afterTerminator(String text, int afterBracket) {
        int k = afterBracket;
        while (k < text.length() && Character.isWhitespace(text.charAt(k))) k++;
        if (k == text.length()) return k;
        if (text.charAt(k) == ';') return k + 1;
        if (text.charAt(k) == '.' && text.substring(k + 1).isBlank()) return text.length();
        return -1;
    }

    private static List<String> splitTopLevel(String inner) {
        List<String> names = new ArrayList<>();
        int depth = 0;
        StringBuilder name = new StringBuilder();
        for (char c : inner.toCharArray()) {
            if (c == '(') depth++;
            if (c == ')' && depth > 0) depth--;
            if ((c == ',' || c == ';') && depth == 0) {
                names.add(name.toString());
                name.setLength(0);
            } else {
                name.append(c);
            }
        }
        names.add(name.toString());
        names.replaceAll(String::strip);
        names.removeIf(String::isEmpty);
        return names;
    }
}
