package org.upright.search;

import java.util.List;

/**
 * The help page of the query language. The fields come from {@link Facet} and the limits from the query's
 * rules, so the page says what the search does.
 *
 * @param minPrefix the letters a prefix needs before its *
 */
public record SearchHelp(List<Field> fields, List<Example> examples, int minPrefix) {

    /** A field of the query language with an example of its use. */
    public record Field(String name, String title, String example) {
    }

    public record Example(String query, String meaning) {
        public String href() {
            return SearchUrl.of("/search", SearchRequest.of(query));
        }
    }

    static final SearchHelp INSTANCE = new SearchHelp(
            java.util.Arrays.stream(Facet.values()).map(f -> new Field(f.id(), f.title(), example(f))).toList(),
            List.of(
                    new Example("torture", "every recommendation that mentions torture (also tortured, torturing)"),
                    new Example("\"peaceful assembly\" sur:KAZ response:noted",
                            "the phrase, in recommendations to Kazakhstan that it noted"),
                    new Example("\"death penalty\" rs_group:WEOG cycle:2",
                            "the phrase, recommended by Western European and Other states in the second cycle"),
                    new Example("(journalists OR \"human rights defenders\") AND NOT ratify",
                            "either of two words, leaving out recommendations that ask to ratify"),
                    new Example("discriminat* -women", "discrimination, discriminatory … but not about women"),
                    new Example("issue:\"Death penalty\" sur:Belarus", "the UPR Info issue, for Belarus, by name"),
                    new Example("rs:France year:2014", "what France recommended in 2014"),
                    new Example("kind:pledge education", "voluntary pledges about education")),
            QueryLeaves.MIN_PREFIX);

    private static String example(Facet facet) {
        return switch (facet) {
            case SUR -> "sur:KAZ or sur:Kazakhstan";
            case SUR_GROUP -> "sur_group:EEG";
            case RS -> "rs:FRA or rs:\"United Kingdom\"";
            case RS_GROUP -> "rs_group:GRULAC";
            case CYCLE -> "cycle:3";
            case SESSION -> "session:20";
            case YEAR -> "year:2014";
            case RESPONSE -> "response:noted";
            case ISSUE -> "issue:\"Death penalty\"";
            case CATEGORY -> "category:5";
            case THEME -> "theme:\"Freedom of opinion and expression\"";
            case GROUP -> "group:\"Human rights defenders\"";
            case SDG -> "sdg:16, or sdg:none (a source found no link)";
            case TARGET -> "target:16.3";
            case KIND -> "kind:pledge";
            case ORIGIN -> "origin:machine (labels suggested by the classifier), origin:source, origin:person";
        };
    }
}
