package org.upright.ingest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** SDG goals ("16") and targets ("16.3", "16.a") as the Explorer prints them. */
public final class SdgCodes {
    /** The goal value of a recommendation the Explorer looked at and linked to no goal. */
    public static final String NO_GOAL = org.upright.recommendation.Label.NO_SDG;
    private static final Pattern GOAL = Pattern.compile("(?:^|,)\\s*(\\d{1,2})\\s*\\.");
    private static final Pattern TARGET = Pattern.compile("\\b(\\d{1,2})\\.(\\d{1,2}|[a-z])\\b");

    private SdgCodes() {
    }

    /** "5. Gender equality ,16. Peace, justice and strong institutions" → 5, 16; "No SDG link identified" → none. */
    static List<String> goals(String cell) {
        if (cell.isBlank()) return List.of();
        if (cell.strip().toLowerCase(java.util.Locale.ROOT).startsWith("no sdg")) return List.of(NO_GOAL);
        Set<String> goals = new LinkedHashSet<>();
        Matcher m = GOAL.matcher(cell);
        while (m.find()) {
            int goal = Integer.parseInt(m.group(1));
            if (goal >= 1 && goal <= 17) goals.add(String.valueOf(goal));
        }
        return List.copyOf(goals);
    }

    /** "16.3, 16.6" → 16.3, 16.6; a target whose goal is not 1–17 is left out. */
    static List<String> targets(String cell) {
        Set<String> targets = new LinkedHashSet<>();
        Matcher m = TARGET.matcher(cell);
        while (m.find()) {
            int goal = Integer.parseInt(m.group(1));
            if (goal >= 1 && goal <= 17) targets.add(goal + "." + m.group(2));
        }
        return List.copyOf(targets);
    }

    /** A target stored as a number: 16.100000000000001 → "16.1", 8.699999999999999 → "8.7". */
    static String targetFromNumber(BigDecimal number) {
        return number.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** True for a goal value UPRight stores: "1"–"17" or {@link #NO_GOAL}. */
    public static boolean isGoal(String value) {
        return value.equals(NO_GOAL) || value.matches("[1-9]|1[0-7]");
    }
}
