package org.upright.state;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.upright.recommendation.RecommendationKey;
import org.upright.recommendation.Response;

/**
 * What a state page's list of recommendations received or made shows: a cycle, an issue, a response (null for
 * any) and a page. The two lists of a page are filtered apart, so the made list's parameters carry a prefix
 * ({@code made_cycle}), and its page is {@code made} as the received list's is {@code received}.
 *
 * @param list     "received" or "made"
 * @param response "supported", "noted", "pending" or "none" (no response known), null for any
 */
public record ListFilter(String list, Integer cycle, String issue, String response, int page) {
    public static final List<String> RESPONSES = List.of("supported", "noted", "pending", "none");

    public static ListFilter first(String list) {
        return new ListFilter(list, null, null, null, 1);
    }

    /** The parameter of this list named so: {@code cycle} for the received list, {@code made_cycle} for the made one. */
    public String param(String name) {
        return list.equals("made") ? "made_" + name : name;
    }

    public boolean any() {
        return cycle != null || issue != null || response != null;
    }

    boolean keeps(RecommendationKey k) {
        if (cycle != null && k.cycle() != cycle) return false;
        if (response == null) return true;
        return response.equals("none") ? k.response() == null : k.response() != null && k.response().name().equalsIgnoreCase(response);
    }

    /** The response as the search's facet names it. */
    String responseLabel() {
        if (response == null) return null;
        return response.equals("none") ? "No response" : Response.parse(response).map(Response::label).orElse(response);
    }

    ListFilter atPage(int p) {
        return new ListFilter(list, cycle, issue, response, p);
    }

    /** This list's parameters in a URL (the first page and "any" left out). */
    List<String> query() {
        List<String> q = new ArrayList<>();
        if (cycle != null) q.add(param("cycle") + "=" + cycle);
        if (issue != null) q.add(param("issue") + "=" + encode(issue));
        if (response != null) q.add(param("response") + "=" + response);
        if (page > 1) q.add(list + "=" + page);
        return q;
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
