package org.upright.evidence;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The asks: each action the document requests. A list after a call ("… urge Tokaev's administration to:" and
 * bullets, or a "Recommendations" heading) gives one ask a bullet; a run-in list ("urges the government to: free
 * …; repeal …; and end …") one a part. Only when there is no list do sentences count ("X should release …",
 * "calls on the authorities to repeal …"), and then only when the action is a concrete one (release, repeal,
 * ratify …), not "press" or "use the review". An ask said twice (headline and summary) is one ask.
 */
final class AskFinder {
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[•·▪◦●■*–-]|\\(?\\d{1,2}[.)]|\\(?[a-h][.)]|\\(?[ivx]{1,4}[.)])\\s+(.*\\S)\\s*$");
    private static final Pattern CALL = Pattern.compile("(?i)\\b(urges?|urged|urging|calls?\\s+(?:on|upon|for)|called\\s+(?:on|upon|for)|asks?|asked|should|must|"
            + "demands?|requests?|recommends?|recommendations?|appeals?\\s+to|following\\s+(?:steps|actions|measures))\\b");
    private static final Pattern HEADING = Pattern.compile("(?i)^\\s*(?:key\\s+|our\\s+|suggested\\s+)?(?:recommendations|asks|demands|we call for)\\b.{0,80}$");
    private static final Pattern SENTENCE_CALL = Pattern.compile("(?i)\\b(?:calls?\\s+(?:on|upon)|called\\s+(?:on|upon)|urges?|urged|asks?|asked|appeals?\\s+to|recommends?\\s+that)\\s+"
            + "(?:[^.;:]{0,120}?)\\bto\\s+(.+)$|\\b(?:should|must)\\s+(?:immediately\\s+|urgently\\s+|also\\s+|promptly\\s+)?(.+)$");
    static final Set<String> CONCRETE = Set.copyOf(List.of("release", "free", "repeal", "amend", "ratify", "end", "abolish", "investigate",
            "adopt", "stop", "drop", "lift", "ensure", "protect", "allow", "reform", "establish", "implement", "withdraw", "bring",
            "guarantee", "respect", "decriminalize", "decriminalise", "halt", "cease", "close", "prosecute", "provide", "restore",
            "grant", "revise", "remove", "accede", "adhere", "commute", "impose", "prohibit", "criminalize", "criminalise",
            "recognize", "recognise", "invite", "cooperate", "publish", "reinstate", "unblock", "quash", "overturn", "compensate",
            "enact", "pass", "introduce", "strengthen", "combat", "prevent", "refrain", "permit", "register", "reopen", "comply",
            "submit", "extend", "issue", "conduct", "take", "fully", "immediately", "unconditionally",
            "reject", "scrap", "create", "increase", "allocate", "train", "reverse", "follow", "listen", "abandon", "annul", "halt"));
    private static final Set<String> META = Set.of("press", "put", "use", "urge", "call", "ask", "raise", "make recommendations",
            "seize", "hold the country", "deliver", "translate", "step", "speak", "question", "pressure", "challenge");

    private AskFinder() {
    }

    static List<Ask> find(String text, List<Span> sentences) {
        List<Ask> asks = new ArrayList<>();
        lists(text, asks);
        if (asks.isEmpty()) runIn(text, asks);
        if (asks.isEmpty()) sentences(text, sentences, asks);
        return asks;
    }

    private static void lists(String text, List<Ask> asks) {
        String[] lines = text.split("\n", -1);
        int offset = 0;
        boolean inList = false;
        boolean inSection = false;
        String previous = "";
        for (String line : lines) {
            Matcher b = BULLET.matcher(line);
            if (b.matches()) {
                if (inList || CALL.matcher(previous).find() || previous.strip().endsWith(":") || inSection) {
                    inList = true;
                    add(asks, clean(b.group(1)), "bullet", new Span(offset + b.start(1), offset + b.end(1)), 0.9);
                }
            } else if (!line.isBlank()) {
                // a recommendations section may list its actions without bullets, one a line ("Ratify the …")
                if (inSection && startsWithAction(line) && !HEADING.matcher(line).matches()) {
                    add(asks, clean(line), "bullet", new Span(offset, offset + line.length()), 0.75);
                } else {
                    inSection = HEADING.matcher(line).matches() || inSection && line.strip().length() < 60 && !line.strip().endsWith(".");
                    inList = false;
                }
                previous = line;
            }
            offset += line.length() + 1;
        }
    }

    private static void runIn(String text, List<Ask> asks) {
        Matcher m = Pattern.compile("(?i)" + CALL.pattern() + "[^\\n:]{0,160}?\\bto:?\\s*(?::|\\(1\\)|\\(a\\))\\s*([^\\n]+)").matcher(text);
        while (m.find()) {
            String list = m.group(2);
            int base = m.start(2);
            String[] parts = list.split("\\s*;\\s*(?:and\\s+|or\\s+)?|\\s*\\((?:\\d|[a-h]|[ivx]{1,4})\\)\\s*");
            if (parts.length < 2) continue;
            int at = 0;
            for (String part : parts) {
                int i = list.indexOf(part, at);
                at = i + part.length();
                if (part.isBlank() || i < 0) continue;
                add(asks, clean(part), "run-in", new Span(base + i, base + i + part.length()), 0.8);
            }
        }
    }

    private static final Pattern CALL_FOR = Pattern.compile("(?i)\\b(?:calls?|called|calling)\\s+for\\s+((?:a|an|the)\\s+[^.;]{8,})");

    private static void sentences(String text, List<Span> sentences, List<Ask> asks) {
        for (Span s : sentences) {
            String sentence = s.of(text);
            // "… called for a national law to protect human rights defenders": the thing called for is the ask
            Matcher callFor = CALL_FOR.matcher(sentence);
            if (callFor.find()) {
                String thing = callFor.group(1).replaceAll("^(?i:a|an|the)\\s+", "");
                int start = s.start() + callFor.start(1);
                add(asks, clean(thing), "sentence", new Span(start, start + callFor.group(1).length()), 0.5);
                continue;
            }
            Matcher m = SENTENCE_CALL.matcher(sentence);
            if (!m.find()) continue;
            int g = m.group(1) != null ? 1 : 2;
            String action = concrete(m.group(g));
            if (action == null) continue;
            int start = s.start() + sentence.indexOf(action);
            add(asks, clean(action), "sentence", new Span(start, start + action.length()), 0.6);
        }
    }

    /** The action when it is a concrete one; "press X to release Y" gives "release Y". */
    private static String concrete(String action) {
        String a = action.strip();
        for (int depth = 0; depth < 3; depth++) {
            String first = a.split("\\s+")[0].toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
            if (CONCRETE.contains(first)) return a;
            if (!META.contains(first) && depth > 0) return null;
            Matcher inner = Pattern.compile("(?i)\\bto\\s+(\\p{L}.+)$").matcher(a.substring(Math.min(a.length(), first.length())));
            if (!inner.find()) return null;
            a = inner.group(1);
        }
        return null;
    }

    private static boolean startsWithAction(String line) {
        String first = line.strip().replaceFirst("(?i)^to\\s+", "").split("\\s+")[0].toLowerCase(Locale.ROOT);
        return CONCRETE.contains(first) && Character.isUpperCase(line.strip().charAt(0));
    }

    private static String clean(String ask) {
        String a = ask.strip().replaceAll("\\s+", " ")
                // "…, Human Rights Watch said today." is who asks, not what
                .replaceAll(",\\s*[^,]{0,80}?\\b(?:said|says|urged|added)\\b[^,]{0,40}$", "")
                .replaceAll("[;,.]?\\s*(?:and|or)?\\s*$", "").replaceAll("^(?i:to)\\s+", "");
        if (a.isEmpty()) return a;
        return Character.toUpperCase(a.charAt(0)) + a.substring(1) + ".";
    }

    private static void add(List<Ask> asks, String text, String form, Span span, double confidence) {
        if (text.length() < 8) return;
        Set<String> words = words(text);
        for (Ask a : asks) if (same(words(a.text()), words)) return;
        asks.add(new Ask(text, form, span, confidence));
    }

    static Set<String> words(String text) {
        Set<String> w = new HashSet<>();
        for (String t : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) if (t.length() > 2) w.add(t);
        return w;
    }

    /** The same ask when most words are shared, or the shorter one's words are nearly all in the longer one (a headline). */
    private static boolean same(Set<String> a, Set<String> b) {
        if (jaccard(a, b) >= 0.6) return true;
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        return small.size() >= 3 && both.size() >= 0.8 * small.size();
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) return 0;
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        Set<String> any = new HashSet<>(a);
        any.addAll(b);
        return (double) both.size() / any.size();
    }
}
