package org.upright.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Incidents: a dated sentence whose clause tells of a detention, dispersal, sentence, ban, killing, raid or the
 * like and names no person (what happened to a named person is that person's event). Place is the first
 * capitalised place after "in", "at" or "outside" ("a court in Taldikorgan"), or the kind of place written
 * ("cities across the country"); the count is read by {@link Counts}.
 */
final class IncidentFinder {
    private static final Map<String, String> KINDS = Map.ofEntries(
            Map.entry("detained", "detention"), Map.entry("arrested", "detention"), Map.entry("rounded up", "detention"),
            Map.entry("broke up", "dispersal"), Map.entry("broken up", "dispersal"), Map.entry("dispersed", "dispersal"),
            Map.entry("sentenced", "sentence"), Map.entry("convicted", "sentence"), Map.entry("banned", "ban"),
            Map.entry("outlawed", "ban"), Map.entry("dissolved", "ban"), Map.entry("killed", "killing"),
            Map.entry("shot", "killing"), Map.entry("raided", "raid"), Map.entry("attacked", "attack"),
            Map.entry("beat", "attack"), Map.entry("disappeared", "disappearance"), Map.entry("abducted", "disappearance"),
            Map.entry("tortured", "torture"), Map.entry("shut down", "closure"), Map.entry("blocked", "closure"),
            Map.entry("evicted", "eviction"), Map.entry("demolished", "eviction"), Map.entry("executed", "execution"));
    private static final Pattern VERB = Pattern.compile("(?i)\\b(detained|arrested|rounded up|broke up|broken up|dispersed|sentenced|"
            + "convicted|banned|outlawed|dissolved|killed|shot|raided|attacked|beat|disappeared|abducted|tortured|shut down|blocked|"
            + "evicted|demolished|executed)\\b");
    private static final Pattern PLACE = Pattern.compile("\\b(?:in|at|outside|near)\\s+((?:the\\s+)?\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)?)");
    private static final Pattern KIND_OF_PLACE = Pattern.compile("(?i)\\bin\\s+((?:several|many|multiple|various)?\\s*(?:cities|towns|villages|regions|provinces|districts)(?:\\s+across\\s+the\\s+country)?)");
    private static final Pattern LEADING_DATE = Pattern.compile("^(?:On|In|Between|From|Since)\\s+[^,]{3,30},\\s*(?:for example,\\s*)?");
    private static final Pattern NOT_PLACES = Pattern.compile("(?i)^(?:the\\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|Geneva|UN|Human|The)$");

    private IncidentFinder() {
    }

    static List<Incident> find(String text, List<Span> sentences, List<DateMention> dates, List<Person> persons,
                               List<Span> askSpans) {
        List<Incident> found = new ArrayList<>();
        for (Span sentence : sentences) {
            if (askSpans.stream().anyMatch(a -> a.overlaps(sentence))) continue;
            for (Span clause : PersonEvents.clauses(text, sentence)) {
                String words = clause.of(text);
                Matcher verb = VERB.matcher(words);
                if (!verb.find()) continue;
                DateMention date = firstDate(dates, sentence);
                if (date == null || namesPerson(persons, clause)) continue;
                String what = LEADING_DATE.matcher(sentence.of(text).strip()).replaceFirst("");
                what = Character.toUpperCase(what.charAt(0)) + what.substring(1);
                Counts.Count count = Counts.first(words);
                found.add(new Incident(KINDS.get(verb.group(1).toLowerCase(Locale.ROOT)), what, place(words), date.date(),
                        date.until(), count == null ? null : count.text(), count == null ? null : count.min(),
                        count == null ? null : count.max(), sentence, date.anchored() ? 0.6 : 0.8));
                break;
            }
        }
        return found;
    }

    private static String place(String words) {
        Matcher m = PLACE.matcher(words);
        while (m.find()) {
            String p = m.group(1).replaceAll("^the\\s+", "");
            if (!NOT_PLACES.matcher(p).find() && !p.matches("\\d.*")) return p;
        }
        Matcher k = KIND_OF_PLACE.matcher(words);
        return k.find() ? k.group(1).strip() : null;
    }

    private static DateMention firstDate(List<DateMention> dates, Span sentence) {
        DateMention best = null;
        for (DateMention d : dates) {
            if (sentence.start() <= d.span().start() && d.span().end() <= sentence.end()) {
                if (best == null || d.date().precision().ordinal() < best.date().precision().ordinal()) best = d;
            }
        }
        return best;
    }

    private static boolean namesPerson(List<Person> persons, Span clause) {
        for (Person p : persons) {
            for (Span m : p.mentions()) if (clause.start() <= m.start() && m.end() <= clause.end()) return true;
        }
        return false;
    }
}
