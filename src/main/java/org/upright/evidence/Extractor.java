package org.upright.evidence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.upright.common.StateCode;
import org.upright.state.StateDirectory;

/**
 * Reads a clean text into an {@link Extraction}: rules over OpenNLP sentences, ICU month names and numbers, and
 * the record's own list of state names. Pure: no database, no index; linking to the record is the caller's.
 * One instance serves any number of texts (the sentence model and state names load once).
 */
public final class Extractor {
    private static final Pattern REVIEW = Pattern.compile("(?i)universal periodic review|\\bUPR\\b|\\breview\\b|undergo|interactive dialogue");
    private static final Pattern EARLIER = Pattern.compile("(?i)\\b(since|previous|last|prior|earlier|first|second)\\b");
    private static final Pattern TODAY = Pattern.compile("(?i)\\b(today|on)\\s*$");

    private final StateFinder states;

    public Extractor(StateDirectory directory) {
        this.states = new StateFinder(directory);
    }

    /** The draft of the text; {@code published} (may be null) anchors dates written without a year. */
    public Extraction extract(String text, LocalDate published) {
        List<Span> sentences = Sentences.of(text);
        List<StateMention> named = states.find(text);
        StateCode sur = StateFinder.underReview(text, named, sentences);
        LocalDate anchor = published != null ? published : publishedInText(text);
        List<DateMention> dates = Dates.find(text, anchor);
        List<Span> taken = new ArrayList<>();
        named.forEach(s -> taken.addAll(s.spans()));
        List<Organisation> organisations = OrganisationFinder.find(text, sentences, dates, taken);
        organisations.forEach(o -> taken.add(o.span()));
        List<Provision> provisions = ProvisionFinder.find(text);
        provisions.forEach(p -> taken.add(p.span()));
        List<Person> persons = PersonEvents.attach(text, new PersonFinder(text, taken).find(), sentences, dates);
        List<Ask> asks = AskFinder.find(text, sentences);
        List<Incident> incidents = IncidentFinder.find(text, sentences, dates, persons, asks.stream().map(Ask::span).toList());
        DateMention review = reviewDate(text, dates, sentences, false);
        DateMention previous = reviewDate(text, dates, sentences, true);
        List<String> notices = new ArrayList<>();
        if (sur == null) notices.add("The text names no state: choose the state it is about before linking its asks to recommendations.");
        if (asks.isEmpty()) notices.add("The text asks for nothing: no ask was found.");
        return new Extraction(sur, named, review, previous, dates, persons, organisations, provisions, incidents, asks, notices);
    }

    /** "… said today 4 November" gives the publication date when no other is known; its year is the text's latest. */
    private static LocalDate publishedInText(String text) {
        for (DateMention d : Dates.find(text, null)) {
            String before = text.substring(Math.max(0, d.span().start() - 12), d.span().start());
            if (TODAY.matcher(before).find() && d.date().precision() == Precision.DAY) return d.date().first();
        }
        int year = Dates.latestYear(text);
        return year == 0 ? null : LocalDate.of(year, 12, 31);
    }

    /** The review's date (a day or month in a sentence about the review), or the previous review's. */
    private static DateMention reviewDate(String text, List<DateMention> dates, List<Span> sentences, boolean earlier) {
        DateMention best = null;
        for (DateMention d : dates) {
            Span sentence = OrganisationFinder.sentenceOf(d.span(), sentences);
            if (sentence == null) continue;
            String s = sentence.of(text);
            if (!REVIEW.matcher(s).find()) continue;
            int from = Math.max(sentence.start(), d.span().start() - 60);
            boolean before = EARLIER.matcher(text.substring(from, d.span().start())).find();
            if (before != earlier || d.date().precision() == Precision.YEAR && !earlier) continue;
            if (best == null || (earlier ? d.date().first().isBefore(best.date().first()) : d.date().first().isAfter(best.date().first()))) best = d;
        }
        return best;
    }
}
