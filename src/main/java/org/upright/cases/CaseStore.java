package org.upright.cases;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.upright.common.StateCode;
import org.upright.common.Visibility;
import org.upright.recommendation.RecommendationId;

/** Where cases live. Every read that lists takes the visibilities its reader may see, so nothing else can leak. */
public interface CaseStore {
    /** A case whatever its visibility: the service decides who sees it. */
    Optional<Case> byId(CaseId id);

    /** Cases of these visibilities, newest change first; state and folded words (all of them, in name, summary or timeline) narrow it. */
    List<Case> find(Set<Visibility> visible, StateCode state, List<String> words, int limit);

    long count(Set<Visibility> visible, StateCode state);

    CaseId create(CaseForm.Checked form, String now);

    void update(CaseId id, CaseForm.Checked form, String now);

    List<CaseEvent> timeline(CaseId id);

    long addEvent(CaseId id, String happenedOn, String text, String now);

    List<CaseSource> sources(CaseId id, Set<Visibility> visible);

    long addSource(CaseId id, String name, String note, Visibility visibility, String now);

    List<RecommendationId> recommendations(CaseId id);

    /** Links a case to a recommendation it bears on; false when it already was. */
    boolean link(CaseId id, RecommendationId recommendation, String now);

    /** Cases of these visibilities that bear on the recommendation. */
    List<Case> bearingOn(RecommendationId recommendation, Set<Visibility> visible);

    /** Cases of these visibilities about the state or bearing on a recommendation made to it, by name. */
    List<Case> concerning(StateCode state, Set<Visibility> visible, int limit);

    /** Removes the case with its timeline, sources and links to recommendations. */
    void delete(CaseId id);

    /** Keeps the case's folded words, which {@link #find} matches the folded words of a query against. */
    void setSearchText(CaseId id, String folded);

    /** Cases whose words were never folded (written before the application kept them). */
    List<CaseId> withoutSearchText();
}
