package org.upright.recommendation;

/** Where a recommendation was read: the file, line, format, paragraph and response as that source printed them. */
public record Provenance(String file, int line, String format, String importedAt, String paragraph, String rawResponse) {
}
