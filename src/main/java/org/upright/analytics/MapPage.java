package org.upright.analytics;

import java.util.List;
import java.util.Map;

/** The world map page: the search, which side is counted, the map with the table behind it, or what was wrong. */
public record MapPage(String q, Map<String, List<String>> filters, String side, String problem, String problemField, WorldMap map) {
    public List<String> sides() {
        return WorldMap.SIDES;
    }

    public boolean problemAt(String field) {
        return problem != null && field.equals(problemField);
    }
}
