package org.upright.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Organisations, parties, movements and groups: a capitalised name holding an organisation word ("Human Rights
 * Watch", "Committee to Protect Journalists"), a name followed by its acronym ("Democratic Choice of Kazakhstan
 * (DVK)"), or a name in apposition to "party", "movement", "group" ("the ruling party, Nur Otan"). Banned when
 * its sentence says so ("banned", "outlawed", "extremist"), with that sentence's date.
 */
final class OrganisationFinder {
    private static final String WORD = "\\p{Lu}[\\p{L}’'\\-]*";
    private static final String NAME = WORD + "(?:[ \\t]+(?:(?:of|for|and|on|against|to|de|des|du|la|pour)[ \\t]+)*" + WORD + ")*";
    private static final Pattern KEYWORD = Pattern.compile("\\b(Watch|International|Party|Movement|Union|Council|Commission|Committee|"
            + "Centre|Center|Association|Federation|Foundation|Network|Coalition|Front|Institute|Organisation|Organization|"
            + "Alliance|League|Society|Court|Ministry|Agency|Forum|Initiative|Campaign|Bureau|Tribunal|Parliament|Service|Trust|Fund)\\b");
    private static final Pattern CANDIDATE = Pattern.compile("(?<![\\p{L}])" + NAME + "(?:\\s+\\(([A-Z][A-Za-z]{1,7})\\))?");
    private static final Pattern APPOSITION = Pattern.compile("(?i:party|movement|group|organi[sz]ation|union|network|coalition),?\\s+(" + WORD + "(?:\\s+" + WORD + ")?)");
    private static final Pattern BANNED = Pattern.compile("(?i)\\b(banned|outlawed|proscribed|dissolved|liquidated|declared (?:it |them )?(?:an? )?(?:extremist|terrorist)|\\bextremist\\b)");
    private static final Pattern NOT_AN_ORGANISATION = Pattern.compile("(?i)periodic review|^(?:UN|the|in|on|at)$|code|law|act$|covenant|convention|protocol|statute|declaration");

    private OrganisationFinder() {
    }

    static List<Organisation> find(String text, List<Span> sentences, List<DateMention> dates, List<Span> taken) {
        List<Organisation> found = new ArrayList<>();
        Matcher m = CANDIDATE.matcher(text);
        while (m.find()) {
            String name = m.group().replaceAll("\\s+\\([A-Za-z]+\\)$", "").replaceAll("^(?:The|the|In|On|At|A)\\s+", "");
            // "the Human Rights Committee and the Committee against Torture" are two
            int and = name.indexOf(" and the ");
            if (and < 0) and = name.indexOf(" and UN ");
            if (and > 0) name = name.substring(0, and);
            String acronym = m.group(1);
            int start = m.end() - m.group().length() + (m.group().length() - m.group().stripLeading().length());
            start = m.start() + m.group().indexOf(name);
            if (name.isBlank() || NOT_AN_ORGANISATION.matcher(name).find()) continue;
            boolean keyword = KEYWORD.matcher(name).find();
            if (!keyword && (acronym == null || !name.contains(" "))) continue;
            add(found, text, name.strip(), acronym, new Span(start, start + name.strip().length()), sentences, dates, taken,
                    keyword ? 0.8 : 0.7);
        }
        m = APPOSITION.matcher(text);
        while (m.find()) {
            String name = m.group(1);
            if (Names.NOT_NAMES.contains(name.toLowerCase(java.util.Locale.ROOT).split("\\s+")[0])) continue;
            add(found, text, name, null, new Span(m.start(1), m.end(1)), sentences, dates, taken, 0.6);
        }
        found.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        return found;
    }

    private static void add(List<Organisation> found, String text, String name, String acronym, Span span, List<Span> sentences,
                            List<DateMention> dates, List<Span> taken, double confidence) {
        for (Span t : taken) if (t.start() <= span.start() && span.end() <= t.end()) return;
        for (int i = 0; i < found.size(); i++) {
            Organisation o = found.get(i);
            if (o.name().equals(name) || o.span().overlaps(span)) {
                if (!o.banned() && banned(text, span, sentences)) {
                    found.set(i, new Organisation(o.name(), o.acronym(), true, bannedOn(span, sentences, dates), o.span(), o.confidence()));
                }
                return;
            }
        }
        boolean banned = banned(text, span, sentences);
        found.add(new Organisation(name, acronym, banned, banned ? bannedOn(span, sentences, dates) : null, span, confidence));
    }

    private static boolean banned(String text, Span span, List<Span> sentences) {
        Span s = sentenceOf(span, sentences);
        return s != null && BANNED.matcher(s.of(text)).find();
    }

    private static PartialDate bannedOn(Span span, List<Span> sentences, List<DateMention> dates) {
        Span s = sentenceOf(span, sentences);
        return s == null ? null : PersonEvents.dateIn(dates, s);
    }

    static Span sentenceOf(Span span, List<Span> sentences) {
        for (Span s : sentences) if (s.start() <= span.start() && span.start() < s.end()) return s;
        return null;
    }
}
