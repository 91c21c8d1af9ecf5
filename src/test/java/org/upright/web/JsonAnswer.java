package org.upright.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.Response;

/** Reads a JSON answer in API tests. */
public final class JsonAnswer {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonAnswer() {
    }

    public static JsonNode of(Response response) {
        try {
            return MAPPER.readTree(response.body().string());
        } catch (JsonProcessingException e) {
            throw new AssertionError("the answer is not JSON: " + e.getMessage());
        }
    }
}
