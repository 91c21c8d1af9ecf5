package org.upright.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Turns the label lines of an OHCHR thematic list into label values as UPRight stores them. */
final class ThematicLabels {

    /**
     * The groups of persons of the UHRI vocabulary, spelled as {@code ../vocab/groups-of-persons.txt} spells
     * them (a test keeps the two equal). OHCHR lists print the same groups in varying case ("children",
     * "Children"), so a group that matches one of these ignoring case takes this spelling.
     */
    static final List<String> GROUPS_OF_PERSONS = List.of(
            "Children",
            "Children in vulnerable situations",
            "Youth & juveniles",
            "Women & girls",
            "Older persons",
            "Persons with disabilities",
            "Persons living in poverty",
            "Persons deprived of their liberty & detainees",
            "Disappeared persons",
            "Migrants",
            "Refugees & asylum seekers",
            "Stateless persons",
            "Internally displaced persons",
            "Indigenous peoples",
            "Minorities/ racial, ethnic, linguistic, religious or descent-based groups",
            "Roma, Gypsies, Sinti & Travellers",
            "Lesbian, gay, bisexual and transgender and intersex persons (LGBTI)",
            "Civil society",
            "Human rights defenders",
            "Media",
            "Judges, lawyers and prosecutors",
            "Law enforcement / police & prison officials",
            "Public officials",
            "Medical staff / health professionals",
            "Educational staff & students",
            "Vulnerable persons/groups");

    private static final Map<String, String> GROUPS_BY_LOWER_CASE = GROUPS_OF_PERSONS.stream()
            .collect(Collectors.toMap(g -> g.toLowerCase(Locale.ROOT), Function.identity()));

    /** The 2nd-cycle lists put the old UHRI code before each theme: "A12 Acceptance of international norms". */
    private static final Pattern THEME_CODE = Pattern.compile("^[A-Z]\\d{1,3}\\s+");

    /** "16 - PEACE, JUSTICE AND STRONG INSTITUTIONS". */
    private static final Pattern SDG = Pattern.compile("^(\\d{1,2})\\s*(?:[-–—:.]|$)");

    /** A trailing explanation the vocabulary leaves out: "Children in vulnerable situations (abused, …)". */
    private static final Pattern TRAILING_BRACKETS = Pattern.compile("\\s*\\([^()]*\\)\\s*$");

    private ThematicLabels() {
    }

    /** The theme without its old UHRI code. */
    static String theme(String printed) {
        return THEME_CODE.matcher(printed.strip()).replaceFirst("").strip();
    }

    /** The SDG number 1–17, or empty when the line does not start with one. */
    static Optional<String> sdg(String printed) {
        Matcher m = SDG.matcher(printed.strip());
        if (!m.find()) return Optional.empty();
        int goal = Integer.parseInt(m.group(1));
        return goal >= 1 && goal <= 17 ? Optional.of(String.valueOf(goal)) : Optional.empty();
    }

    /**
     * The group in the vocabulary's spelling; a group the vocabulary does not know keeps its words with a
     * capital first letter, so "women" (2014) and "Women" (2019) are one label. Empty for "general", which
     * the 2nd-cycle lists print when a recommendation concerns no particular group.
     */
    static Optional<String> group(String printed) {
        String group = printed.strip();
        if (group.isEmpty() || group.equalsIgnoreCase("general")) return Optional.empty();
        String known = GROUPS_BY_LOWER_CASE.get(group.toLowerCase(Locale.ROOT));
        if (known == null) {
            String withoutExplanation = TRAILING_BRACKETS.matcher(group).replaceFirst("");
            known = GROUPS_BY_LOWER_CASE.get(withoutExplanation.toLowerCase(Locale.ROOT));
        }
        if (known != null) return Optional.of(known);
        int first = group.codePointAt(0);
        return Optional.of(Character.toString(Character.toUpperCase(first)) + group.substring(Character.charCount(first)));
    }
}
