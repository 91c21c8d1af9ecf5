package org.upright.analytics;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.upright.i18n.Ui;
import org.upright.search.CrossTable;
import org.upright.search.Facet;
import org.upright.search.SearchException;
import org.upright.search.SearchRequest;
import org.upright.search.SearchService;
import org.upright.search.SearchSort;
import org.upright.state.State;
import org.upright.state.StateLookup;

/**
 * Who to lobby before a state's review: the recommending states most likely to raise a topic with it, scored by
 * {@link LobbyingModel} from the record as the search index holds it.
 */
public final class LobbyingService {
    /** The ranking and what the reader should know about it. */
    public record Ranking(String topic, List<LobbyingCandidate> items, List<String> notes) {
    }

    private final SearchService search;
    private final StateLookup states;

    public LobbyingService(SearchService search, StateLookup states) {
        this.search = search;
        this.states = states;
    }

    public Ranking rank(LobbyingQuery asked) {
        State state = states.directory().byCode(asked.state()).orElseThrow(() -> new StatsException(
                Ui.text("stats.problem.no_state_code", asked.state())));
        LobbyingQuery query = asked;
        List<String> notes = new ArrayList<>();
        if (!asked.hasTopic()) {
            Optional<String> issue = mostReceived(state);
            if (issue.isEmpty()) {
                return new Ranking("", List.of(), List.of(Ui.text("lobbying.note.name_topic", shownName(state))));
            }
            query = asked.withIssue(issue.get());
            notes.add(Ui.text("lobbying.note.default_issue", shownName(state), Ui.term("issue", issue.get())));
        }
        LobbyingModel model = model(query.issue(), query.text(), query.cycles());
        List<String> neighbours = neighbours(state);
        List<LobbyingCandidate> items = new ArrayList<>();
        for (LobbyingModel.Scored s : model.rank(state.code().value(), neighbours)) {
            if (items.size() == query.size()) break;
            items.add(candidate(state, query, s));
        }
        if (items.isEmpty()) {
            notes.add(Ui.text("lobbying.note.nobody", query.topic(), shownName(state)));
        }
        return new Ranking(query.topic(), List.copyOf(items), List.copyOf(notes));
    }

    private static String shownName(State state) {
        return Ui.state(state.code().value(), state.name());
    }

    /** The issue the state received most recommendations on, if any. */
    private Optional<String> mostReceived(State state) {
        CrossTable byIssue = search.crossTable(request(null, null, List.of(), null, state.code().value()), Facet.ISSUE, Facet.RESPONSE);
        return byIssue.rows().stream().max(java.util.Comparator.comparingLong(CrossTable.Row::total)).map(CrossTable.Row::value);
    }

    /** The model over the record of these cycles (all when empty); the evaluation builds one per issue. */
    public LobbyingModel model(String issue, String text, List<Integer> cycles) {
        SearchRequest topic = request(text, issue, cycles, null);
        try {
            CrossTable onTopic = search.crossTable(topic, Facet.RS, Facet.SUR);
            if (issue != null && onTopic.total() == 0 && search.count(request(null, issue, List.of(), null)) == 0) {
                throw new StatsException("issue", Ui.text("stats.problem.no_issue", issue));
            }
            return new LobbyingModel(LobbyingModel.Counts.of(onTopic), counts(request(null, null, cycles, null)),
                    counts(request(text, issue, cycles, List.of("Supported"))),
                    counts(request(text, issue, cycles, List.of("Supported", "Noted"))));
        } catch (SearchException e) {
            throw new StatsException(e.getMessage());
        }
    }

    /** The other states of the state's regional group. */
    public List<String> neighbours(State state) {
        return states.directory().all().stream().filter(s -> s.group() == state.group() && !s.code().equals(state.code()))
                .map(s -> s.code().value()).toList();
    }

    private LobbyingModel.Counts counts(SearchRequest request) {
        return LobbyingModel.Counts.of(search.crossTable(request, Facet.RS, Facet.SUR));
    }

    private static SearchRequest request(String text, String issue, List<Integer> cycles, List<String> responses) {
        return request(text, issue, cycles, responses, null);
    }

    private static SearchRequest request(String text, String issue, List<Integer> cycles, List<String> responses, String sur) {
        Map<Facet, List<String>> filters = new EnumMap<>(Facet.class);
        if (sur != null) filters.put(Facet.SUR, List.of(sur));
        filters.put(Facet.KIND, List.of("recommendation"));
        if (issue != null) filters.put(Facet.ISSUE, List.of(issue));
        if (!cycles.isEmpty()) filters.put(Facet.CYCLE, cycles.stream().map(String::valueOf).toList());
        if (responses != null) filters.put(Facet.RESPONSE, responses);
        return new SearchRequest(text, filters, SearchSort.SESSION, 1, 1, false);
    }

    private LobbyingCandidate candidate(State state, LobbyingQuery query, LobbyingModel.Scored s) {
        String name = states.ref(org.upright.common.StateCode.of(s.rs())).name();
        Double share = s.answered() == 0 ? null : (double) s.supported() / s.answered();
        String summary = evidence(state, query, s, share);
        return new LobbyingCandidate(s.rs(), name, Math.round(s.score() * 1000) / 1000.0, new LobbyingCandidate.Evidence(
                s.toState(), s.toNeighbours(), s.neighboursReached(), s.onTopic(), share == null ? null : Math.round(share * 1000) / 1000.0,
                s.toStateAnyTopic(), summary, searchUrl(state, query, s.rs())));
    }

    /** The evidence in a sentence, in the reader's language: the topic, the states and the group named as it names them. */
    private static String evidence(State state, LobbyingQuery query, LobbyingModel.Scored s, Double share) {
        String topic = query.issue() != null ? Ui.term("issue", query.issue()) : query.topic();
        String sur = Ui.state(state.code().value(), state.name());
        String group = Ui.text("group." + state.group().label().toLowerCase(java.util.Locale.ROOT));
        String onTopic = Ui.text("lobbying.evidence.on_topic", s.onTopic());
        if (share != null) {
            onTopic += Ui.text("lobbying.evidence.comma")
                    + Ui.text("lobbying.evidence.supported_share", Ui.text("stats.percent", Ui.number(Math.round(share * 100))));
        }
        return String.join(Ui.text("lobbying.evidence.join"),
                s.toState() == 0 ? Ui.text("lobbying.evidence.not_to_state", topic, sur) : Ui.text("lobbying.evidence.to_state", topic, sur, s.toState()),
                Ui.text("lobbying.evidence.neighbours", s.neighboursReached(), group, s.toNeighbours()),
                onTopic,
                Ui.text("lobbying.evidence.any_topic", s.toStateAnyTopic(), sur));
    }

    private static String searchUrl(State state, LobbyingQuery query, String rs) {
        StringBuilder url = new StringBuilder("/search?rs=").append(rs).append("&sur_group=").append(state.group().label());
        if (query.issue() != null) url.append("&issue=").append(URLEncoder.encode(query.issue(), StandardCharsets.UTF_8));
        if (query.text() != null) url.append("&q=").append(URLEncoder.encode(query.text(), StandardCharsets.UTF_8));
        return url.toString();
    }
}
