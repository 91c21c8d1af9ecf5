package org.upright.evidence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Persons by rules, since no open name model exists for this: two to four capitalised words that are not
 * sentence openers, organisations or states ("Max Bokaev"); a title and a surname ("President Tokaev"); a
 * surname coordinated with a known one ("Bokaev and Baltabay"). Later bare surnames are the same person. The
 * role is the nearest cue word around any mention; what happened to them is read by {@link PersonEvents}.
 */
final class PersonFinder {
    /** A capitalised word with a lower-case letter: "Bokaev", "McEvoy", "Kassym-Jomart", "Al-Khawaja"; not "DVK". */
    private static final String TOKEN = "\\p{Lu}[\\p{Ll}’']*(?:\\p{Lu}?\\p{Ll}+)+(?:-\\p{Lu}\\p{Ll}+)?|\\p{Lu}\\p{Ll}?-\\p{Lu}\\p{Ll}+";
    private static final String PARTICLE = "(?:al-|el-|bin |ibn |de |da |van |von |der |abu |Abdel )?";
    private static final Pattern FULL = Pattern.compile("(?<![\\p{L}])(?:" + TOKEN + ")(?:[ \\t]+" + PARTICLE + "(?:" + TOKEN + ")){1,4}(?![\\p{L}])");
    private static final Pattern TITLED = Pattern.compile(
            "\\b(President|Prime Minister|Minister|Judge|Governor|Ambassador|Senator|Prosecutor|Mr\\.?|Mrs\\.?|Ms\\.?|Dr\\.?)[ \\t]+((?:" + TOKEN + ")(?:[ \\t]+(?:" + TOKEN + ")){0,2})(?![\\p{L}])");
    private static final Pattern POSSESSIVE = Pattern.compile("[’']s$");

    private record Cue(Role role, Pattern pattern) {
    }

    private static final List<Cue> CUES = List.of(
            new Cue(Role.OFFICIAL, Pattern.compile("(?i)\\b(president|minister|official|governor|prosecutor|judge|ruler|ambassador|rapporteur|deputy|mayor|general|head of state|chairman|spokesman for the (?:government|ministry))\\b")),
            new Cue(Role.ACTIVIST, Pattern.compile("(?i)\\b(activists?|activism|defenders?|dissidents?|protesters?|opposition (?:leader|figure|politician)|campaigners?|trade unionists?|union leader)\\b")),
            new Cue(Role.JOURNALIST, Pattern.compile("(?i)\\b(journalists?|bloggers?|editors?|reporters?|correspondents?|writers?|columnists?)\\b")),
            new Cue(Role.LAWYER, Pattern.compile("(?i)\\b(lawyers?|attorneys?|advocates?|counsel for)\\b")),
            new Cue(Role.SPOKESPERSON, Pattern.compile("(?i)\\b(said|says|told|spokesperson|spokeswoman|director at|director of|researcher|representative|coordinator|counsel)\\b")));

    private final String text;
    private final List<Span> taken;

    PersonFinder(String text, List<Span> taken) {
        this.text = text;
        this.taken = taken;
    }

    List<Person> find() {
        Map<String, List<Span>> byKey = new LinkedHashMap<>();
        Map<String, String> fullName = new LinkedHashMap<>();
        Map<String, Role> titled = new LinkedHashMap<>();
        Matcher m = FULL.matcher(text);
        while (m.find()) {
            String candidate = POSSESSIVE.matcher(m.group()).replaceAll("");
            // "President Nursultan Nazarbaev", "On Max": leading titles and sentence openers are not the name
            int cut = 0;
            String[] tokens = candidate.split("[ \\t]+");
            int lead = 0;
            while (lead < tokens.length - 2 && Names.notName(tokens[lead])) cut += tokens[lead++].length() + 1;
            candidate = candidate.substring(cut).strip();
            Span span = new Span(m.start() + cut, m.start() + cut + candidate.length());
            if (blocked(span) || !plausible(candidate) || headline(span.start())) continue;
            String key = surname(candidate);
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(span);
            if (candidate.length() > fullName.getOrDefault(key, "").length()) fullName.put(key, candidate);
        }
        m = TITLED.matcher(text);
        while (m.find()) {
            String name = POSSESSIVE.matcher(m.group(2)).replaceAll("");
            if (!plausible(name)) continue;
            Span span = new Span(m.start(2), m.start(2) + name.length());
            if (blocked(span)) continue;
            String key = surname(name);
            byKey.computeIfAbsent(key, k -> new ArrayList<>());
            if (name.length() > fullName.getOrDefault(key, "").length()) fullName.put(key, name);
            if (!m.group(1).startsWith("M") && !m.group(1).startsWith("D")) titled.put(key, Role.OFFICIAL);
        }
        coordinated(byKey, fullName);
        // bare surnames of the persons found are more mentions of them
        for (String key : new ArrayList<>(byKey.keySet())) {
            Matcher bare = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(key) + "(?![\\p{L}])").matcher(text);
            while (bare.find()) {
                Span span = new Span(bare.start(), bare.end());
                List<Span> spans = byKey.get(key);
                if (spans.stream().noneMatch(s -> s.overlaps(span))) spans.add(span);
            }
            byKey.get(key).sort((a, b) -> Integer.compare(a.start(), b.start()));
        }
        List<Person> persons = new ArrayList<>();
        for (var e : byKey.entrySet()) {
            if (e.getValue().isEmpty()) continue;
            Role role = titled.containsKey(e.getKey()) ? Role.OFFICIAL : role(e.getValue());
            String name = fullName.get(e.getKey());
            double confidence = name.contains(" ") ? 0.8 : 0.6;
            persons.add(new Person(name, role, List.of(), List.copyOf(e.getValue()), confidence));
        }
        persons.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        return persons;
    }

    /** "Bokaev and Baltabay", "Bokaev, Baltabay": an unknown capitalised word beside a known surname is a surname too. */
    private void coordinated(Map<String, List<Span>> byKey, Map<String, String> fullName) {
        for (String key : new ArrayList<>(byKey.keySet())) {
            Matcher m = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(key) + "(?:,|\\s+and|\\s*&)\\s+(" + TOKEN + ")(?![\\p{L}])|(?<![\\p{L}])("
                    + TOKEN + ")(?:,|\\s+and)\\s+" + Pattern.quote(key) + "(?![\\p{L}])").matcher(text);
            while (m.find()) {
                int g = m.group(1) != null ? 1 : 2;
                String other = m.group(g);
                Span span = new Span(m.start(g), m.end(g));
                if (Names.notName(other) || blocked(span) || byKey.containsKey(other)) continue;
                if (fullName.values().stream().anyMatch(n -> n.contains(other))) continue;
                byKey.computeIfAbsent(other, k -> new ArrayList<>()).add(span);
                fullName.put(other, other);
            }
        }
    }

    private Role role(List<Span> mentions) {
        Role best = Role.UNKNOWN;
        int bestDistance = Integer.MAX_VALUE;
        for (Span s : mentions) {
            int from = Math.max(0, s.start() - 50);
            int to = Math.min(text.length(), s.end() + 70);
            String before = text.substring(from, s.start());
            String after = text.substring(s.end(), to);
            // a cue belongs to the name only within its clause
            before = before.substring(Math.max(Math.max(before.lastIndexOf('.'), before.lastIndexOf(';')), before.lastIndexOf('\n')) + 1);
            int stop = firstOf(after, ".;\n(");
            after = after.substring(0, stop);
            for (Cue cue : CUES) {
                Matcher b = cue.pattern().matcher(before);
                while (b.find()) {
                    int d = before.length() - b.end();
                    if (d < bestDistance) { bestDistance = d; best = cue.role(); }
                }
                Matcher a = cue.pattern().matcher(after);
                if (a.find() && a.start() + 2 < bestDistance) { bestDistance = a.start() + 2; best = cue.role(); }
            }
        }
        if (!mentions.isEmpty() && mentions.getFirst().start() < 300
                && text.substring(Math.max(0, mentions.getFirst().start() - 4), mentions.getFirst().start()).matches("(?i).*by\\s+")) {
            return Role.AUTHOR;
        }
        return best;
    }

    private static int firstOf(String s, String chars) {
        int min = s.length();
        for (char c : chars.toCharArray()) {
            int i = s.indexOf(c);
            if (i >= 0 && i < min) min = i;
        }
        return min;
    }

    /** A line in Title Case ("Hong Kong: Drop Cases Against Democracy Activists") names no one by capitals alone. */
    private boolean headline(int at) {
        int start = text.lastIndexOf('\n', at) + 1;
        int end = text.indexOf('\n', at);
        String line = text.substring(start, end < 0 ? text.length() : end);
        int words = 0;
        int capitalised = 0;
        for (String w : line.split("[\\s:;,()–-]+")) {
            if (w.length() <= 3) continue;
            words++;
            if (Character.isUpperCase(w.charAt(0))) capitalised++;
        }
        return words >= 4 && capitalised * 10 >= words * 7;
    }

    private boolean blocked(Span span) {
        for (Span t : taken) if (t.overlaps(span)) return true;
        return false;
    }

    private static boolean plausible(String candidate) {
        for (String token : candidate.split("\\s+")) {
            if (token.matches("(?:al-|el-|bin|ibn|de|da|van|von|der|abu)")) continue;
            if (Names.notName(token)) return false;
        }
        return true;
    }

    private static String surname(String name) {
        String[] tokens = name.split("\\s+");
        return tokens[tokens.length - 1];
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
