package org.upright.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Legal provisions: articles with the law they belong to ("criminal code art. 174", "Article 6 of the Arms Trade
 * Treaty"), laws with a year ("a 2011 religion law", "the 2002 Telecommunications Act"), and named laws and
 * instruments ("Digital Security Act", "Convention against Torture"). International instruments are told apart
 * from domestic law by their kind of name. UPR recommendation numbers (124.5) are no provision: only a number
 * after "art."/"article" is an article.
 */
final class ProvisionFinder {
    private static final String LAW_WORDS = "(?:code|law|act|constitution|decree|ordinance|bill|regulation|proclamation)";
    private static final Pattern ARTICLES = Pattern.compile("(?i)\\b(?:arts?\\.|articles?)\\s*(\\d+(?:[.-]\\d+)*(?:\\s*\\(\\d+\\))?)"
            + "((?:\\s*(?:,|and|&|or)\\s*(?:(?:arts?\\.|articles?)\\s*)?\\d+(?:[.-]\\d+)*)*)");
    private static final Pattern LAW_BEFORE = Pattern.compile("(?i)((?:[\\p{L}-]+\\s+){0,1}" + LAW_WORDS + ")\\s*$");
    private static final Pattern LAW_AFTER = Pattern.compile("^\\s*(?:of|under)\\s+(?:the|its|a)?\\s*((?:\\d{4}\\s+)?(?:[\\p{L}’'-]+\\s+){0,5}?(?:" + LAW_WORDS
            + "|covenant|convention|protocol|statute|treaty|charter|declaration)\\b(?:\\s+(?:on|of|against)(?:\\s+[\\p{Lu}][\\p{L}-]*|\\s+the|\\s+and){1,6})?)", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR_LAW = Pattern.compile("\\b((?:19|20)\\d{2})\\s+((?:[\\p{L}-]+\\s+){0,3}?(?i:law|act|code|constitution|decree)"
            + "(?:\\s+(?:on|of)(?:\\s+(?:the|and))?(?:\\s+\\p{Lu}[\\p{L}-]*)+)?)\\b");
    private static final Pattern NAMED = Pattern.compile("(?<![\\p{L}])((?:\\p{Lu}[\\p{L}-]*\\s+){1,4}(?:Law|Act|Code|Decree))(?:\\s+(?:of|on)\\s+((?:19|20)\\d{2}))?\\b"
            + "|\\b((?:[\\p{Lu}][\\p{L}-]*\\s+){0,4}(?:Covenant|Convention|Protocol|Statute|Treaty|Charter|Declaration)"
            + "(?:(?:\\s+(?:on|of|against|to|for|the|and|other|all|persons|from|in))*,?\\s+[\\p{Lu}][\\p{L}-]*){0,12})");
    private static final Pattern LOWER_LAW = Pattern.compile("(?i)\\b(?:the|a|an|its|new|restrictive|repressive|draft)\\s+((?:[a-z-]+\\s+)?(?:[a-z-]+)\\s+law)\\b");
    private static final Pattern INTERNATIONAL = Pattern.compile("(?i)covenant|convention|protocol|statute|treaty|charter|declaration|international");
    private static final Pattern NOT_A_LAW = Pattern.compile("(?i)^(?:(?:international|human rights|domestic|national|the|in|rule of|under|by|with)\\s*)+law$|^(?:in|by|under)\\b");

    private ProvisionFinder() {
    }

    static List<Provision> find(String text) {
        List<Provision> found = new ArrayList<>();
        Matcher m = ARTICLES.matcher(text);
        while (m.find()) {
            String law = lawAround(text, m.start(), m.end());
            List<String> numbers = new ArrayList<>();
            numbers.add(m.group(1).strip());
            Matcher more = Pattern.compile("\\d+(?:[.-]\\d+)*").matcher(m.group(2) == null ? "" : m.group(2));
            while (more.find()) numbers.add(more.group());
            for (String n : numbers) add(found, law, n, yearOf(law), new Span(m.start(), m.end()), 0.85);
        }
        // "art. 274" further on in the same list takes the law named before it ("criminal code art. 174 … and art. 274")
        m = YEAR_LAW.matcher(text);
        while (m.find()) add(found, m.group(2).strip(), null, Integer.parseInt(m.group(1)), new Span(m.start(), m.end()), 0.8);
        m = NAMED.matcher(text);
        while (m.find()) {
            String name = (m.group(1) != null ? m.group(1) : m.group(3)).strip().replaceAll("^(?:The|the|A|An|Ratify|Adhere to|Accede to|Sign|To)\\s+", "");
            Integer year = m.group(2) != null ? Integer.valueOf(m.group(2)) : null;
            if (name.split("\\s+").length < 2 && m.group(1) != null) continue;
            add(found, name, null, year, new Span(m.start(), m.end()), 0.75);
        }
        m = LOWER_LAW.matcher(text);
        while (m.find()) {
            String law = m.group(1).replaceAll("^(?:restrictive|repressive|new|draft)\\s+", "");
            if (NOT_A_LAW.matcher(law).find()) continue;
            add(found, law, null, null, new Span(m.start(1), m.end(1)), 0.6);
        }
        found.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        return found;
    }

    private static String lawAround(String text, int start, int end) {
        Matcher after = LAW_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 140)));
        if (after.find()) return after.group(1).strip();
        Matcher before = LAW_BEFORE.matcher(text.substring(Math.max(0, start - 60), start));
        if (before.find()) return before.group(1).strip();
        // the nearest law named before, in the same paragraph
        int para = Math.max(text.lastIndexOf('\n', start), 0);
        String earlier = text.substring(para, start);
        Matcher any = Pattern.compile("(?i)((?:[\\p{L}-]+\\s+){0,1}" + LAW_WORDS + ")\\b").matcher(earlier);
        String last = null;
        while (any.find()) last = any.group(1);
        return last == null ? "" : last.strip();
    }

    private static Integer yearOf(String law) {
        Matcher y = Pattern.compile("\\b((?:19|20)\\d{2})\\b").matcher(law);
        return y.find() ? Integer.valueOf(y.group(1)) : null;
    }

    private static void add(List<Provision> found, String law, String article, Integer year, Span span, double confidence) {
        String clean = law.replaceAll("^(?:the|a|its)\\s+", "").replaceAll("\\b(?:19|20)\\d{2}\\s+", "").strip();
        for (Provision p : found) {
            if (p.span().overlaps(span) && (article == null || p.article() == null || p.article().equals(article))) {
                if (article == null) return;
            }
            if (p.law().equalsIgnoreCase(clean) && java.util.Objects.equals(p.article(), article)) return;
        }
        Provision.Kind kind = INTERNATIONAL.matcher(clean).find() ? Provision.Kind.INTERNATIONAL : Provision.Kind.DOMESTIC;
        found.add(new Provision(clean.isEmpty() ? "(law not named)" : normalise(clean), article, year, kind, span, confidence));
    }

    /** "criminal code" and "Criminal Code" are one law. */
    private static String normalise(String law) {
        if (law.equals(law.toLowerCase(Locale.ROOT))) {
            return Character.toUpperCase(law.charAt(0)) + law.substring(1);
        }
        return law;
    }
}
