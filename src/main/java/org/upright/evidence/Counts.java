package org.upright.evidence;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.text.ParsePosition;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How many, as written and as a range: "dozens" (24–99), "hundreds" (200–999), "over 230" (231–open),
 * "at least 12" (12–open), "some 40" (36–44), "three" (3–3); numbers written as words are read with ICU's
 * English spell-out rules.
 */
public final class Counts {
    public record Count(String text, Integer min, Integer max, int start, int end) {
    }

    private static final String WORD_NUMBER = "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?(?:\\s+(?:hundred|thousand))?";
    private static final String WHO = "(?:people|persons|protesters|protestors|demonstrators|activists|journalists|students|workers|"
            + "members|supporters|participants|detainees|prisoners|civilians|men|women|children|lawyers|defenders|bloggers|"
            + "individuals|worshippers|villagers|residents|opposition\\s+\\w+|peaceful\\s+\\w+)";
    private static final Pattern COUNT = Pattern.compile("(?i)\\b(?:(over|more than|at least|about|around|some|nearly|almost|up to|approximately|an estimated)\\s+)?"
            + "(dozens|hundreds|thousands|scores|several|tens of thousands|a dozen|a handful of|\\d{1,3}(?:,\\d{3})+|\\d+|" + WORD_NUMBER + ")"
            + "(?:\\s+(?:of\\s+)?(?:other\\s+)?" + WHO + ")");
    private static final Pattern SINGLE = Pattern.compile("(?i)\\b(a|one)\\s+(man|woman|person|journalist|activist|protester|lawyer|blogger|student)\\b");
    private static final RuleBasedNumberFormat SPELLOUT = new RuleBasedNumberFormat(ULocale.ENGLISH, RuleBasedNumberFormat.SPELLOUT);

    private Counts() {
    }

    /** The first count of people in the text, or null. */
    public static Count first(String text) {
        Matcher m = COUNT.matcher(text);
        Count best = null;
        if (m.find()) best = of(m.group(), m.group(1), m.group(2), m.start(), m.end());
        Matcher s = SINGLE.matcher(text);
        if (s.find() && (best == null || s.start() < best.start())) best = new Count(s.group(), 1, 1, s.start(), s.end());
        return best;
    }

    /** A number written in digits or English words; null when it is neither. */
    public static Integer number(String written) {
        String w = written.strip().toLowerCase(Locale.ROOT).replace(",", "");
        if (w.matches("\\d+")) return w.length() > 9 ? null : Integer.valueOf(w);
        synchronized (SPELLOUT) {
            ParsePosition pos = new ParsePosition(0);
            Number n = SPELLOUT.parse(w.replace('-', ' ').replaceAll("\\s+", " ").replace("ty ", "ty-"), pos);
            return pos.getIndex() == 0 || n == null ? null : n.intValue();
        }
    }

    private static Count of(String text, String qualifier, String amount, int start, int end) {
        String a = amount.toLowerCase(Locale.ROOT);
        Integer min;
        Integer max;
        switch (a) {
            case "dozens" -> { min = 24; max = 99; }
            case "scores" -> { min = 40; max = 99; }
            case "hundreds" -> { min = 200; max = 999; }
            case "thousands" -> { min = 2000; max = 9999; }
            case "tens of thousands" -> { min = 20000; max = 99999; }
            case "several" -> { min = 3; max = 9; }
            case "a dozen" -> { min = 12; max = 12; }
            case "a handful of" -> { min = 2; max = 6; }
            default -> {
                Integer n = number(a);
                if (n == null) return null;
                min = n;
                max = n;
            }
        }
        if (qualifier != null) {
            switch (qualifier.toLowerCase(Locale.ROOT)) {
                case "over", "more than" -> { min = min + (min.equals(max) ? 1 : 0); max = null; }
                case "at least" -> max = null;
                case "up to" -> min = 0;
                case "nearly", "almost" -> min = (int) Math.floor(min * 0.9);
                default -> { min = (int) Math.floor(min * 0.9); max = (int) Math.ceil(max * 1.1); }
            }
        }
        return new Count(text, min, max, start, end);
    }
}
