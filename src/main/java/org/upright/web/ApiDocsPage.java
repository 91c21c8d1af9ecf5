package org.upright.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** The API's documentation page, read from the OpenAPI document so the two never disagree. */
public record ApiDocsPage(String description, List<Endpoint> endpoints) {

    /**
     * @param id      the operationId, used as the section's anchor
     * @param example a URL to try, or null when the path needs an id nobody can guess
     */
    public record Endpoint(String id, String method, String path, String summary, String description, List<Param> params, String example) {
    }

    public record Param(String name, String in, boolean required, String description) {
    }

    static ApiDocsPage of(JsonNode doc) {
        List<Endpoint> endpoints = new ArrayList<>();
        doc.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            String method = operation.getKey().toUpperCase(java.util.Locale.ROOT);
            JsonNode get = operation.getValue();
            List<Param> params = new ArrayList<>();
            String example = path.getKey();
            for (JsonNode p : get.path("parameters")) {
                JsonNode param = p.has("$ref") ? resolve(doc, p.get("$ref").asText()) : p;
                params.add(new Param(param.path("name").asText(), param.path("in").asText(),
                        param.path("required").asBoolean(false), param.path("description").asText()));
                if (param.path("in").asText().equals("path")) {
                    example = param.has("example")
                            ? example.replace("{" + param.path("name").asText() + "}", param.path("example").asText())
                            : null;
                }
            }
            // only a read can be tried by following a link
            endpoints.add(new Endpoint(get.path("operationId").asText(), method, path.getKey(), get.path("summary").asText(),
                    get.path("description").asText(""), params, method.equals("GET") ? example : null));
        }));
        return new ApiDocsPage(doc.path("info").path("description").asText(), endpoints);
    }

    /** Follows a local reference such as "#/components/parameters/page". */
    private static JsonNode resolve(JsonNode doc, String ref) {
        return doc.at(ref.substring(1));
    }
}
