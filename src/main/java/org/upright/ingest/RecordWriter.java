package org.upright.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.upright.common.StateCode;
import org.upright.recommendation.AttachedRows;
import org.upright.recommendation.MatchCandidate;
import org.upright.recommendation.NewRecommendation;
import org.upright.recommendation.RecommendationId;
import org.upright.recommendation.RecommendationStore;
import org.upright.recommendation.Response;
import org.upright.review.Review;
import org.upright.review.ReviewStore;
import org.upright.review.Session;

/**
 * Writes the recommendations of one file into the record: finds or creates the review, matches each
 * recommendation against what the review holds, and stores it as new or merges it, with its provenance.
 */
final class RecordWriter {
    /** Recommendations whose states, labels and provenance are gathered before they are written in batches. */
    private static final int ATTACH_BATCH = 5_000;
    private static final java.util.regex.Pattern COUNCIL_SESSION = java.util.regex.Pattern.compile("^A/HRC/(\\d+)/");
    private static final int COUNCIL_AFTER_WORKING_GROUP = 8;
    private final ReviewStore reviews;
    private final RecommendationStore store;
    private final long fileId;
    private final Map<Long, RecommendationMatcher> matchers = new HashMap<>();
    private final Map<String, Optional<Review>> byYear = new HashMap<>();
    private final Map<String, Optional<Review>> bySymbol = new HashMap<>();
    private final List<Reject> rejects = new ArrayList<>();
    private AttachedRows attached = new AttachedRows();
    private int attachedCount;
    private final Set<Integer> linesDone;
    private final Map<Integer, Session> sessions = new HashMap<>();
    private int created;
    private int merged;

    RecordWriter(ReviewStore reviews, RecommendationStore store, long fileId) {
        this.reviews = reviews;
        this.store = store;
        this.fileId = fileId;
        this.linesDone = store.provenanceLines(fileId);
        reviews.sessions().forEach(s -> sessions.put(s.number(), s));
    }

    /** Stores one recommendation; empty when it was rejected or this file brought it in before. */
    Optional<RecommendationId> write(ParsedRecommendation item, String fileName) {
        if (linesDone.contains(item.line())) return Optional.empty();
        if (item.session() != null && !sessions.containsKey(item.session())) {
            rejects.add(new Reject(fileName, item.line(), "there is no Working Group session " + item.session()
                    + " (sessions are numbered 1 to " + sessions.size() + "); correct the session number"));
            return Optional.empty();
        }
        Optional<Review> review = review(item);
        if (review.isEmpty()) {
            rejects.add(new Reject(fileName, item.line(), noReviewReason(item)));
            return Optional.empty();
        }
        long reviewId = review.get().id().value();
        RecommendationMatcher matcher = matchers.computeIfAbsent(reviewId,
                id -> new RecommendationMatcher(store.candidates(review.get().id())));
        Optional<MatchCandidate> match = matcher.match(item, fileId);
        RecommendationId id;
        if (match.isPresent()) {
            id = mergeInto(match.get(), item, matcher);
            merged++;
        } else {
            id = store.insert(new NewRecommendation(review.get().id(), item.paragraph(), item.text(),
                    item.recommendingStates(), item.response(), item.response() != null && item.responseIsFinal(),
                    item.pledge(), item.actionCategory(), item.labels()));
            matcher.add(new MatchCandidate(id, item.paragraph(), item.text(), new LinkedHashSet<>(item.recommendingStates()),
                    item.response(), item.responseIsFinal(), item.pledge(), Set.of(fileId)));
            created++;
        }
        attached.states(id, item.recommendingStates());
        attached.labels(id, item.labels());
        attached.provenance(id, fileId, item.line(), item.paragraph(), item.response() == null ? null : item.response().label(),
                item.response() == null ? null : item.responseIsFinal(), item.text(), reportSymbol(item.documentSymbol()));
        // a file of a million rows must not hold all its states, labels and provenance until the end
        if (++attachedCount == ATTACH_BATCH) finish();
        return Optional.of(id);
    }

    /** Writes what was gathered for the file's recommendations; call once after the last {@link #write}. */
    void finish() {
        store.attach(attached);
        attached = new AttachedRows();
        attachedCount = 0;
    }

    private RecommendationId mergeInto(MatchCandidate stored, ParsedRecommendation item, RecommendationMatcher matcher) {
        boolean takeResponse = item.response() != null
                && (stored.response() == null || (item.responseIsFinal() && !stored.responseFinal()));
        Response response = takeResponse ? item.response() : stored.response();
        boolean responseFinal = takeResponse ? item.responseIsFinal() : stored.responseFinal();
        // A UN document's wording and number beat a database's shortened copy of it.
        boolean takeText = stored.paragraph() == null && item.paragraph() != null && item.paragraphReliable();
        String paragraph = takeText ? item.paragraph() : stored.paragraph();
        String text = cleaner(takeText ? item.text() : stored.text(), takeText ? stored.text() : item.text());
        store.update(stored.id(), paragraph, text, response, responseFinal, item.actionCategory());
        Set<StateCode> states = new LinkedHashSet<>(stored.recommendingStates());
        states.addAll(item.recommendingStates());
        Set<Long> files = new LinkedHashSet<>(stored.sourceFiles());
        files.add(fileId);
        matcher.replace(new MatchCandidate(stored.id(), paragraph, text, states, response, responseFinal, stored.pledge(), files));
        return stored.id();
    }

    /**
     * Of two sources' copies of one recommendation, the preferred one unless the other is the same text less damaged
     * (the same number of words, fewer characters lost: "Maori" where the preferred copy has "M.ori").
     */
    static String cleaner(String preferred, String other) {
        if (words(preferred) != words(other)) return preferred;
        return TextRepair.damage(other) < TextRepair.damage(preferred) ? other : preferred;
    }

    private static int words(String text) {
        return text.isBlank() ? 0 : text.trim().split("\\s+").length;
    }

    /**
     * The review an item belongs to: the session it names; else the state's review with the report it cites; else
     * the state's review in its year; else, for a cited report the record does not hold yet, the Working Group
     * session whose report the Council adopts at the cited Council session ({@link #sessionOfReport}).
     */
    private Optional<Review> review(ParsedRecommendation item) {
        if (item.session() != null) {
            return Optional.of(reviews.ensure(item.stateUnderReview(), item.session(), reportSymbol(item.documentSymbol())));
        }
        String symbol = reportSymbol(item.documentSymbol());
        if (symbol != null) {
            Optional<Review> cited = bySymbol.computeIfAbsent(item.stateUnderReview() + "|" + symbol,
                    k -> reviews.ofState(item.stateUnderReview()).stream().filter(r -> symbol.equals(r.documentSymbol())).findFirst());
            if (cited.isPresent()) return cited;
        }
        if (item.year() == null) return Optional.empty();
        Optional<Review> inYear = byYear.computeIfAbsent(item.stateUnderReview() + "|" + item.year(), k -> reviewInYear(item));
        if (inYear.isPresent() || symbol == null) return inYear;
        Optional<Review> created = sessionOfReport(symbol, item.year())
                .map(session -> reviews.ensure(item.stateUnderReview(), session.number(), symbol));
        created.ifPresent(r -> {
            bySymbol.put(item.stateUnderReview() + "|" + symbol, created);
            byYear.put(item.stateUnderReview() + "|" + item.year(), created);
        });
        return created;
    }

    /**
     * From the thirteenth session on, the Council adopts a Working Group session's reports eight sessions later
     * (session 20's report on Kazakhstan is A/HRC/28/10); earlier the gap varied. So the session is the Council
     * session minus eight only when that session took place in the year the source gives, or the year before.
     */
    private Optional<Session> sessionOfReport(String symbol, int year) {
        java.util.regex.Matcher m = COUNCIL_SESSION.matcher(symbol);
        if (!m.find()) return Optional.empty();
        Session session = sessions.get(Integer.parseInt(m.group(1)) - COUNCIL_AFTER_WORKING_GROUP);
        if (session == null || (session.year() != year && session.year() != year - 1)) return Optional.empty();
        return Optional.of(session);
    }

    /** A report is often adopted early in the year after the session, so the year before counts too. */
    private Optional<Review> reviewInYear(ParsedRecommendation item) {
        List<Review> ofState = reviews.ofState(item.stateUnderReview());
        for (int year : new int[] {item.year(), item.year() - 1}) {
            List<Review> inYear = ofState.stream().filter(r -> r.session().year() == year).toList();
            if (inYear.size() == 1) return Optional.of(inYear.get(0));
        }
        return Optional.empty();
    }

    /** The Working Group report's own symbol: a list that cites the addendum ("A/HRC/28/15/Add.1") names the report too. */
    static String reportSymbol(String symbol) {
        return symbol == null ? null : symbol.replaceFirst("(?i)/Add\\.\\d+$", "");
    }

    private static String noReviewReason(ParsedRecommendation item) {
        if (item.year() == null) return "the source names neither the session nor the year of the review";
        if (item.documentSymbol() != null) {
            return "no review of " + item.stateUnderReview() + " with the report " + reportSymbol(item.documentSymbol())
                    + " or in " + item.year() + " is known, and the report's Council session does not fit a Working Group"
                    + " session of " + item.year() + ": import the Working Group report or the UPR Info export of that"
                    + " review first (they name the session), then import this file again";
        }
        return "no review of " + item.stateUnderReview() + " in " + item.year()
                + " is known yet and this source gives only the year: import the Working Group report or the UPR Info"
                + " export of that review first (they name the session), then import this file again";
    }

    List<Reject> rejects() {
        return rejects;
    }

    int created() {
        return created;
    }

    int merged() {
        return merged;
    }
}
