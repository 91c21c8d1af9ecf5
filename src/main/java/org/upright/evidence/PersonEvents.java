package org.upright.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What happened to each person: an event verb ("sentenced", "released", "detained") in a clause that names
 * them, or that says "he" / "she" after naming them; the event's words run from the verb to the next date,
 * reason or clause end ("sentenced to five years in prison"), and its date is the date in the same clause.
 */
final class PersonEvents {
    static final Pattern EVENT = Pattern.compile("(?i)\\b(sentenced|jailed|imprisoned|detained|arrested|released|freed|convicted|"
            + "charged|acquitted|pardoned|fined|disappeared|abducted|killed|murdered|tortured|beaten|prosecuted|summoned|"
            + "deported|expelled|placed under house arrest|banned from travel|executed|sentence was upheld|upheld)\\b");
    private static final Pattern CLAUSE_SPLIT = Pattern.compile(",\\s+(?:though|although|but|while|whereas|and)\\s+|;\\s+|\\s+but\\s+|\\s+while\\s+");
    private static final Pattern EVENT_END = Pattern.compile("(?i)\\s+(?:after|for|because|on charges|on \\d|in (?:early |late |mid-)?(?:\\d|January|February|March|April|May|June|July|August|September|October|November|December)|since|when|even|despite|by a|who|which|together)\\b|[,.;:“\"(]");
    private static final Pattern PRONOUN = Pattern.compile("(?i)\\b(he|she)\\b");

    private PersonEvents() {
    }

    static List<Person> attach(String text, List<Person> persons, List<Span> sentences, List<DateMention> dates) {
        List<List<PersonEvent>> events = new ArrayList<>();
        for (int i = 0; i < persons.size(); i++) events.add(new ArrayList<>());
        for (Span sentence : sentences) {
            for (Span clause : clauses(text, sentence)) {
                String words = clause.of(text);
                Matcher verb = EVENT.matcher(words);
                if (!verb.find()) continue;
                List<Integer> who = named(persons, clause);
                if (who.isEmpty() && PRONOUN.matcher(words).find()) {
                    int last = lastBefore(persons, clause.start());
                    if (last >= 0) who.add(last);
                }
                if (who.isEmpty()) continue;
                String what = what(words.substring(verb.start()));
                PartialDate date = dateIn(dates, clause);
                Span span = new Span(clause.start() + verb.start(), clause.start() + verb.start() + what.length());
                String kind = verb.group(1).toLowerCase(Locale.ROOT).split(" ")[0];
                for (int p : who) {
                    List<PersonEvent> list = events.get(p);
                    if (list.stream().noneMatch(e -> e.kind().equals(kind) && java.util.Objects.equals(e.date(), date))) {
                        list.add(new PersonEvent(kind, what, date, span));
                    }
                }
            }
        }
        List<Person> out = new ArrayList<>();
        for (int i = 0; i < persons.size(); i++) {
            Person p = persons.get(i);
            out.add(new Person(p.name(), p.role(), List.copyOf(events.get(i)), p.mentions(), p.confidence()));
        }
        return out;
    }

    static List<Span> clauses(String text, Span sentence) {
        List<Span> clauses = new ArrayList<>();
        String s = sentence.of(text);
        Matcher m = CLAUSE_SPLIT.matcher(s);
        int from = 0;
        while (m.find()) {
            clauses.add(new Span(sentence.start() + from, sentence.start() + m.start()));
            from = m.end();
        }
        clauses.add(new Span(sentence.start() + from, sentence.end()));
        return clauses;
    }

    private static String what(String fromVerb) {
        Matcher end = EVENT_END.matcher(fromVerb);
        String w = end.find() ? fromVerb.substring(0, end.start()) : fromVerb;
        String[] words = w.strip().split("\\s+");
        if (words.length > 10) w = String.join(" ", java.util.Arrays.copyOf(words, 10));
        return w.strip();
    }

    private static List<Integer> named(List<Person> persons, Span clause) {
        List<Integer> who = new ArrayList<>();
        for (int i = 0; i < persons.size(); i++) {
            for (Span m : persons.get(i).mentions()) {
                if (clause.start() <= m.start() && m.end() <= clause.end()) {
                    who.add(i);
                    break;
                }
            }
        }
        return who;
    }

    private static int lastBefore(List<Person> persons, int position) {
        int best = -1;
        int bestAt = -1;
        for (int i = 0; i < persons.size(); i++) {
            for (Span m : persons.get(i).mentions()) {
                if (m.end() <= position && m.start() > bestAt) {
                    bestAt = m.start();
                    best = i;
                }
            }
        }
        return best;
    }

    static PartialDate dateIn(List<DateMention> dates, Span clause) {
        for (DateMention d : dates) {
            if (clause.start() <= d.span().start() && d.span().end() <= clause.end()) return d.date();
        }
        return null;
    }
}
