package org.upright.state;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.upright.common.Language;
import org.upright.common.StateCode;

/**
 * Every state taking part in the UPR and every name the sources use for it. The one place where a name in a
 * file becomes a {@link StateCode}; every importer asks it.
 */
public final class StateDirectory {

    /** The result of reading a field that may name several states ("Slovakia, Spain", "Ecuador and Spain"). */
    public record Resolution(List<State> states, List<String> unknown) {
        public boolean complete() {
            return unknown.isEmpty() && !states.isEmpty();
        }
    }

    private static final String RESOURCE = "states.tsv";
    private static final String TRANSLATIONS = "state-names.tsv";
    private static final List<Language> TRANSLATED = List.of(Language.AR, Language.ZH, Language.FR, Language.RU, Language.ES);
    /** Words and separators a name may span; the longest, the UK's, spans 8 ("and" counts as a separator). */
    private static final int MAX_NAME_TOKENS = 12;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** Letters and digits of every script stay in a key, so "Казахстан" and "哈萨克斯坦" have keys of their own. */
    private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,6}|#[xX][0-9a-fA-F]{1,5}|amp|quot|apos|lt|gt|nbsp);");
    private static final Pattern TOKEN = Pattern.compile("[,;&/()]|[^\\s,;&/()]+");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Charset MAC_ROMAN = Charset.forName("x-MacRoman");

    private static StateDirectory bundled;

    private final Map<StateCode, State> byCode;
    private final Map<StateCode, List<String>> namesByCode;
    private final Map<String, State> byKey;
    private final List<State> sortedByName;
    private final Map<StateCode, Map<Language, String>> translated;
    private final Map<Language, List<State>> sortedIn = new java.util.concurrent.ConcurrentHashMap<>();

    private StateDirectory(Map<StateCode, State> byCode, Map<StateCode, List<String>> names, Map<String, State> byKey,
                           Map<StateCode, Map<Language, String>> translated) {
        this.translated = Map.copyOf(translated);
        this.byCode = Map.copyOf(byCode);
        this.namesByCode = Map.copyOf(names);
        this.byKey = Map.copyOf(byKey);
        Collator collator = Collator.getInstance(Locale.ENGLISH);
        this.sortedByName = byCode.values().stream().sorted(Comparator.comparing(State::name, collator)).toList();
    }

    /** Loads the directory from the bundled resource {@code org/upright/state/states.tsv}. */
    public static synchronized StateDirectory load() {
        if (bundled == null) {
            bundled = parse(resource(RESOURCE), resource(TRANSLATIONS));
        }
        return bundled;
    }

    private static String resource(String name) {
        try (InputStream in = StateDirectory.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("the state list " + name + " is missing from the jar");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the state list " + name, e);
        }
    }

    /** Reads a state list in the format of {@code states.tsv}; fails on the first line that is wrong. */
    static StateDirectory parse(String tsv) {
        return parse(tsv, "");
    }

    /**
     * Reads a state list and the names of its states in the other UN languages ({@code state-names.tsv}); a
     * translated name is one more name a state is found by, so "Казахстан" finds Kazakhstan.
     */
    static StateDirectory parse(String tsv, String translations) {
        Map<StateCode, State> byCode = new LinkedHashMap<>();
        Map<StateCode, List<String>> names = new HashMap<>();
        Map<String, State> byKey = new HashMap<>();
        String[] lines = tsv.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) continue;
            String where = RESOURCE + " line " + (i + 1) + ": ";
            String[] f = line.split("\t", -1);
            if (f.length < 4 || f.length > 5) {
                throw new IllegalStateException(where + "expected code, group, name, member and variants separated by tabs");
            }
            RegionalGroup group = RegionalGroup.fromLabel(f[1])
                    .orElseThrow(() -> new IllegalStateException(where + "unknown regional group \"" + f[1] + "\""));
            if (!f[3].equals("yes") && !f[3].equals("no")) {
                throw new IllegalStateException(where + "member must be yes or no, not \"" + f[3] + "\"");
            }
            State state = new State(StateCode.of(f[0].strip()), f[2].strip(), group, f[3].equals("yes"));
            if (byCode.putIfAbsent(state.code(), state) != null) {
                throw new IllegalStateException(where + "the code " + state.code() + " is listed twice");
            }
            List<String> all = new ArrayList<>(List.of(state.name()));
            if (f.length == 5 && !f[4].isBlank()) {
                for (String variant : f[4].split("\\|")) all.add(variant.strip());
            }
            for (String name : all) {
                String key = key(name);
                if (key.isEmpty()) throw new IllegalStateException(where + "the name \"" + name + "\" has no letters");
                State other = byKey.putIfAbsent(key, state);
                if (other != null && other != state) {
                    throw new IllegalStateException(where + "the name \"" + name + "\" of " + state.name() + " ("
                            + state.code() + ") already stands for " + other.name() + " (" + other.code() + ")");
                }
            }
            names.put(state.code(), List.copyOf(all));
        }
        Map<StateCode, Map<Language, String>> translated = translations(translations, byCode, byKey);
        return new StateDirectory(byCode, names, byKey, translated);
    }

    private static Map<StateCode, Map<Language, String>> translations(String tsv, Map<StateCode, State> byCode,
                                                                      Map<String, State> byKey) {
        Map<StateCode, Map<Language, String>> all = new HashMap<>();
        String[] lines = tsv.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].replaceFirst("\t#.*$", "");
            if (line.isBlank() || line.startsWith("#")) continue;
            String where = TRANSLATIONS + " line " + (i + 1) + ": ";
            String[] f = line.split("\t", -1);
            if (f.length != TRANSLATED.size() + 1) {
                throw new IllegalStateException(where + "expected a code and the names in ar, zh, fr, ru and es separated by tabs");
            }
            State state = byCode.get(StateCode.of(f[0].strip()));
            if (state == null) throw new IllegalStateException(where + "the code " + f[0] + " is not in " + RESOURCE);
            Map<Language, String> names = new EnumMap<>(Language.class);
            for (int n = 0; n < TRANSLATED.size(); n++) {
                String name = f[n + 1].strip();
                if (name.isEmpty()) throw new IllegalStateException(where + "the " + TRANSLATED.get(n).code() + " name is empty");
                names.put(TRANSLATED.get(n), name);
                State other = byKey.putIfAbsent(key(name), state);
                if (other != null && other != state) {
                    throw new IllegalStateException(where + "the name \"" + name + "\" of " + state.code()
                            + " already stands for " + other.name() + " (" + other.code() + ")");
                }
            }
            all.put(state.code(), Map.copyOf(names));
        }
        return all;
    }

    /** The state's name in a language: the UN's English name, or the translation, or English when none is held. */
    public String name(StateCode code, Language language) {
        State state = byCode.get(code);
        if (state == null) return code.value();
        if (language == Language.EN) return state.name();
        return translated.getOrDefault(code, Map.of()).getOrDefault(language, state.name());
    }

    /** Every state sorted by its name in a language, as that language sorts. */
    public List<State> sortedBy(Language language) {
        if (language == Language.EN) return sortedByName;
        // sorted once a language: a collator is slow to make and every list of states in the language asks
        return sortedIn.computeIfAbsent(language, l -> {
            Collator collator = Collator.getInstance(l.javaLocale());
            return byCode.values().stream().sorted(Comparator.comparing((State s) -> name(s.code(), l), collator)).toList();
        });
    }

    /** The state a single name stands for, in any spelling the sources use; empty when unknown. */
    public Optional<State> resolve(String name) {
        if (name == null) return Optional.empty();
        String text = decodeEntities(name);
        State state = byKey.get(key(text));
        if (state == null) state = repairDoubleEncoding(text).map(repaired -> byKey.get(key(repaired))).orElse(null);
        return Optional.ofNullable(state);
    }

    /**
     * Every state named in a field that may list several, and the parts that name no known state. The whole
     * field is tried first, so names holding "and" or a comma stay whole; otherwise the longest run of words
     * that names a state wins at each place, preferring runs that end at a separator ("Congo, Democratic
     * Republic of the Congo" is two states). A blank field names no state and leaves nothing unknown.
     */
    public Resolution resolveAll(String names) {
        if (names == null || names.isBlank()) return new Resolution(List.of(), List.of());
        Optional<State> whole = resolve(names);
        if (whole.isPresent()) return new Resolution(List.of(whole.get()), List.of());

        String text = decodeEntities(names);
        List<Token> tokens = tokenise(text);
        Set<State> states = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        int unknownFrom = -1;
        int unknownTo = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            int end = token.separator() ? -1 : longestNameFrom(tokens, i, text);
            if (end < 0 && !token.separator()) {
                if (unknownFrom < 0) unknownFrom = token.start();
                unknownTo = token.end();
                continue;
            }
            if (unknownFrom >= 0) unknown.add(text.substring(unknownFrom, unknownTo));
            unknownFrom = -1;
            if (end >= 0) {
                states.add(resolve(text.substring(token.start(), tokens.get(end).end())).orElseThrow());
                i = end;
            }
        }
        if (unknownFrom >= 0) unknown.add(text.substring(unknownFrom, unknownTo));
        if (states.isEmpty()) return new Resolution(List.of(), List.of(names.strip()));
        return new Resolution(List.copyOf(states), List.copyOf(unknown));
    }

    public Optional<State> byCode(StateCode code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** Every state, sorted by name. */
    public Collection<State> all() {
        return sortedByName;
    }

    /** The state's name followed by its variants as listed; empty for a code the directory does not hold. */
    public List<String> namesOf(StateCode code) {
        return namesByCode.getOrDefault(code, List.of());
    }

    /** How many names, the states' own and their variants, the directory knows. */
    public int nameCount() {
        return namesByCode.values().stream().mapToInt(List::size).sum();
    }

    /**
     * The form names are matched in: spellings that differ only in case, spacing, punctuation, apostrophes,
     * diacritics, "&" for "and", a leading "the" or "St" for "Saint" meet in one key.
     */
    static String key(String name) {
        String s = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
        s = NOT_ALNUM.matcher(s.toLowerCase(Locale.ROOT).replace("&", "and")).replaceAll("");
        // on the squeezed key so that slugs meet too ("stkittsandnevis", "theformeryugoslav…"); keys are never
        // shown, so also reading "State of Palestine" as "saintate…" is harmless: both sides get the same key
        if (s.startsWith("the")) s = s.substring(3);
        if (s.startsWith("st")) s = "saint" + s.substring(2);
        return s;
    }

    /** Index of the last token of the longest state name starting at token {@code from}, or -1. */
    private int longestNameFrom(List<Token> tokens, int from, String text) {
        int fallback = -1;
        for (int end = Math.min(tokens.size(), from + MAX_NAME_TOKENS) - 1; end >= from; end--) {
            if (tokens.get(end).separator()) continue;
            if (resolve(text.substring(tokens.get(from).start(), tokens.get(end).end())).isEmpty()) continue;
            boolean endsAtBoundary = end + 1 == tokens.size() || tokens.get(end + 1).separator();
            if (endsAtBoundary) return end;
            // "Argentina Chile": lists separated by a bare space happen, but a separator marks a name's end better
            if (fallback < 0) fallback = end;
        }
        return fallback;
    }

    private record Token(int start, int end, boolean separator) {
    }

    private static List<Token> tokenise(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String t = m.group();
            boolean separator = t.length() == 1 && ",;&/()".contains(t) || t.equalsIgnoreCase("and");
            tokens.add(new Token(m.start(), m.end(), separator));
        }
        return tokens;
    }

    /** UPR Info writes some names HTML-escaped ("&#40;Unknown&#41;", "&amp;"). */
    private static String decodeEntities(String text) {
        if (text.indexOf('&') < 0) return text;
        return ENTITY.matcher(text).replaceAll(m -> Matcher.quoteReplacement(entity(m.group(1))));
    }

    private static String entity(String name) {
        return switch (name) {
            case "amp" -> "&";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "lt" -> "<";
            case "gt" -> ">";
            case "nbsp" -> " ";
            default -> {
                boolean hex = name.charAt(1) == 'x' || name.charAt(1) == 'X';
                int codePoint = hex ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
                yield Character.isValidCodePoint(codePoint) ? Character.toString(codePoint) : "&" + name + ";";
            }
        };
    }

    /**
     * The UN-report files hold MacRoman text that was once read as windows-1252 and saved again, so "Côte
     * d’Ivoire" reads "C™te dÕIvoire": undo that one round trip.
     */
    private static Optional<String> repairDoubleEncoding(String text) {
        if (text.chars().allMatch(c -> c < 128) || !WINDOWS_1252.newEncoder().canEncode(text)) return Optional.empty();
        return Optional.of(new String(text.getBytes(WINDOWS_1252), MAC_ROMAN));
    }
}
