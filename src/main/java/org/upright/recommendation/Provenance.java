package org.upright.recommendation;

/**
 * Where a recommendation was read: the file, line, format, paragraph and response as that source printed them,
 * whether that response was the state's final position, the text exactly as the source gave it and the UN document
 * the source cites (each null when unknown: rows imported before they were kept).
 */
public record Provenance(String file, int line, String format, String importedAt, String paragraph, String rawResponse,
                         Boolean responseFinal, String sourceText, String documentSymbol) {
    /**
     * The source that gave the recommendation's response: the first read that gave this response, final when the
     * response is final (an earlier report's "will examine" is not where a final Noted came from).
     */
    public static java.util.Optional<Provenance> ofResponse(java.util.List<Provenance> sources, Response response, boolean isFinal) {
        if (response == null) return java.util.Optional.empty();
        return sources.stream().filter(p -> response.label().equals(p.rawResponse()))
                .filter(p -> !isFinal || !Boolean.FALSE.equals(p.responseFinal())).findFirst();
    }
}
