package org.upright.analytics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Writes what charts.js draws. One mapper for every chart: making one costs more than the counting behind a chart. */
final class ChartJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ChartJson() {
    }

    static String write(Object data) {
        try {
            return JSON.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a chart's data of plain lists, strings and numbers cannot fail to be written", e);
        }
    }
}
