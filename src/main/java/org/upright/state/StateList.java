package org.upright.state;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.upright.i18n.Ui;
import org.upright.recommendation.RecommendationList;

/**
 * A state page's list of recommendations received or made, with its filters (which work without JavaScript:
 * a plain GET form), the same list as a search and as an export.
 *
 * @param other  the other list's filter, kept by this list's form and links
 * @param cycles the cycles the list holds, newest first
 * @param issues the issues its recommendations carry, with how many carry each, most first
 */
public record StateList(RecommendationList list, ListFilter filter, ListFilter other, List<Integer> cycles,
                        List<IssueCount> issues, String searchHref, String exportHref) {

    public record IssueCount(String issue, long count) {
    }

    public String id() {
        return list.id();
    }

    public String param(String name) {
        return filter.param(name);
    }

    /** The other list's filter as hidden fields of this list's form, so filtering one list keeps the other as it was. */
    public List<Map.Entry<String, String>> kept() {
        List<Map.Entry<String, String>> kept = new ArrayList<>();
        if (other.cycle() != null) kept.add(Map.entry(other.param("cycle"), other.cycle().toString()));
        if (other.issue() != null) kept.add(Map.entry(other.param("issue"), other.issue()));
        if (other.response() != null) kept.add(Map.entry(other.param("response"), other.response()));
        if (other.page() > 1) kept.add(Map.entry(other.list(), Integer.toString(other.page())));
        return kept;
    }

    public String responseName(String id) {
        return id.equals("none") ? Ui.text("record.no_response_yet") : Ui.term("response", Character.toUpperCase(id.charAt(0)) + id.substring(1));
    }
}
