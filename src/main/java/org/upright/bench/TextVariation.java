package org.upright.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites a recommendation's text into a plausible other one, so that the 10× corpus is not the real corpus
 * ten times over (duplicates would make postings and facet counts unrealistically regular): words swapped for
 * the synonyms drafters use, clauses reordered, years moved, and a clause of another recommendation on the same
 * issue mixed in. The words the benchmark queries ask for (torture, women, rights, …) are left alone, so the
 * share of texts a query matches stays about what it is in the real record.
 */
final class TextVariation {
    /** Pairs of interchangeable wordings; either side may replace the other. */
    private static final String[][] SYNONYMS = {
            {"ensure", "guarantee"}, {"strengthen", "reinforce"}, {"continue its", "pursue its"}, {"adopt", "enact"},
            {"take measures", "take steps"}, {"effective", "efficient"}, {"promote", "advance"},
            {"combat", "fight"}, {"eliminate", "eradicate"}, {"consider", "examine the possibility of"},
            {"implement", "carry out"}, {"establish", "set up"}, {"further", "additional"}, {"national", "domestic"},
            {"legislation", "laws"}, {"improve", "enhance"}, {"increase", "step up"}, {"efforts", "endeavours"},
            {"in particular", "especially"}, {"including", "notably"}, {"all forms of", "every form of"},
            {"persons", "people"}, {"measures", "steps"}, {"necessary", "required"}, {"prevent", "avert"},
            {"guarantee", "secure"}, {"accelerate", "speed up"}, {"intensify", "redouble"},
    };
    private static final List<Swap> SWAPS = swaps();
    private static final Pattern YEAR = Pattern.compile("\\b(19[5-9]\\d|20[0-3]\\d)\\b");
    private static final java.util.Set<String> PHRASE_STARTS =
            java.util.Set.of("the", "to", "for", "in", "with", "by", "on", "all", "its", "their", "through");
    private static final String[] JOINERS = {", including ", ", and ", ", in particular ", ", as well as ", "; and "};

    private record Swap(Pattern pattern, String replacement) {
    }

    private TextVariation() {
    }

    /**
     * A variant of the text; {@code donor} is another recommendation on the same issue whose clause may be mixed
     * in, {@code yearShift} how many years later (or earlier) the variant's review is.
     */
    static String vary(String text, String donor, int yearShift, Random rnd) {
        String t = text.strip().replaceAll("[.;\\s]+$", "");
        t = swapWords(t, rnd);
        if (rnd.nextDouble() < 0.5) t = reorderClauses(t, rnd);
        if (yearShift != 0) t = shiftYears(t, yearShift);
        if (donor != null && (rnd.nextDouble() < 0.6 || t.equalsIgnoreCase(text.strip()))) t = mixIn(t, donor, rnd);
        return t + (text.strip().endsWith(".") ? "." : "");
    }

    private static List<Swap> swaps() {
        List<Swap> swaps = new ArrayList<>();
        for (String[] pair : SYNONYMS) {
            swaps.add(new Swap(Pattern.compile("\\b" + pair[0] + "\\b", Pattern.CASE_INSENSITIVE), pair[1]));
            swaps.add(new Swap(Pattern.compile("\\b" + pair[1] + "\\b", Pattern.CASE_INSENSITIVE), pair[0]));
        }
        return swaps;
    }

    /** Each wording found is swapped with even odds, keeping a capital first letter. */
    static String swapWords(String text, Random rnd) {
        String t = text;
        for (Swap swap : SWAPS) {
            Matcher m = swap.pattern.matcher(t);
            if (!m.find() || rnd.nextBoolean()) continue;
            StringBuilder out = new StringBuilder();
            m.reset();
            while (m.find()) {
                String found = m.group();
                String replacement = Character.isUpperCase(found.charAt(0)) ? capitalise(swap.replacement) : swap.replacement;
                m.appendReplacement(out, Matcher.quoteReplacement(replacement));
            }
            m.appendTail(out);
            t = out.toString();
        }
        return t;
    }

    /** Keeps the first clause (the verb the state is asked to act on) and shuffles the others. */
    static String reorderClauses(String text, Random rnd) {
        List<String> clauses = splitClauses(text);
        if (clauses.size() < 3) return text;
        List<String> rest = new ArrayList<>(clauses.subList(1, clauses.size()));
        java.util.Collections.shuffle(rest, rnd);
        return clauses.get(0) + ", " + String.join(", ", rest);
    }

    static String shiftYears(String text, int shift) {
        Matcher m = YEAR.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) m.appendReplacement(out, Integer.toString(Integer.parseInt(m.group()) + shift));
        m.appendTail(out);
        return out.toString();
    }

    /** Appends a clause of the donor text: one of its later clauses, or its second half when it has only one. */
    static String mixIn(String text, String donor, Random rnd) {
        List<String> clauses = splitClauses(donor.strip().replaceAll("[.;\\s]+$", ""));
        String fragment;
        if (clauses.size() > 1) {
            fragment = clauses.get(1 + rnd.nextInt(clauses.size() - 1));
        } else {
            fragment = secondHalf(clauses.get(0));
        }
        fragment = fragment.strip().replaceFirst("^(?i)(and|or|as well as|including)\\s+", "");
        if (fragment.isBlank()) return text + " without delay";
        return text + JOINERS[rnd.nextInt(JOINERS.length)] + decapitalise(fragment);
    }

    /** The words from the first one past the middle that can start a phrase ("the", "to", "for" …). */
    private static String secondHalf(String clause) {
        String[] words = clause.split("\\s+");
        for (int i = words.length / 2; i < words.length; i++) {
            if (PHRASE_STARTS.contains(words[i].toLowerCase(Locale.ROOT))) {
                return String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
            }
        }
        return "";
    }

    /** Splits at commas outside parentheses. */
    private static List<String> splitClauses(String text) {
        List<String> clauses = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') depth++;
            else if (c == ')') depth = Math.max(0, depth - 1);
            else if (c == ',' && depth == 0) {
                clauses.add(text.substring(from, i).strip());
                from = i + 1;
            }
        }
        clauses.add(text.substring(from).strip());
        clauses.removeIf(String::isEmpty);
        if (clauses.isEmpty()) clauses.add(text);
        return clauses;
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String decapitalise(String s) {
        // keep acronyms and proper names ("CEDAW", "Roma") as they are
        if (s.length() > 1 && Character.isUpperCase(s.charAt(0)) && Character.isLowerCase(s.charAt(1))
                && !s.startsWith("Roma") && !s.startsWith("Convention") && !s.startsWith("Committee")) {
            return s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
        }
        return s;
    }
}
