package org.upright.search;

import java.util.List;
import org.upright.i18n.Ui;

/**
 * The help page of the query language. The fields come from {@link Facet} and the limits from the query's
 * rules, so the page says what the search does.
 *
 * @param minPrefix the letters a prefix needs before its *
 */
public record SearchHelp(List<Field> fields, List<Example> examples, int minPrefix) {

    /** A field of the query language with examples of its use, as typed. */
    public record Field(Facet facet, List<String> examples) {
        public String name() {
            return facet.id();
        }

        /** In the reader's language: asked on every page, not once for the whole site. */
        public String title() {
            return facet.shownTitle();
        }
    }

    /** An example query; what it finds is the message help.example.{key} in the reader's language. */
    public record Example(String query, String key) {
        public String href() {
            return SearchUrl.of("/search", SearchRequest.of(query));
        }

        public String meaning() {
            return Ui.text("help.example." + key);
        }
    }

    static final SearchHelp INSTANCE = new SearchHelp(
            java.util.Arrays.stream(Facet.values()).map(f -> new Field(f, examples(f))).toList(),
            List.of(
                    new Example("torture", "torture"),
                    new Example("\"peaceful assembly\" sur:KAZ response:noted",
                            "assembly"),
                    new Example("\"death penalty\" rs_group:WEOG cycle:2",
                            "death_penalty"),
                    new Example("(journalists OR \"human rights defenders\") AND NOT ratify",
                            "defenders"),
                    new Example("discriminat* -women", "discrimination"),
                    new Example("issue:\"Death penalty\" sur:Belarus", "issue"),
                    new Example("rs:France year:2014", "france"),
                    new Example("kind:pledge education", "pledge")),
            QueryLeaves.MIN_PREFIX);

    private static List<String> examples(Facet facet) {
        return switch (facet) {
            case SUR -> List.of("sur:KAZ", "sur:Kazakhstan");
            case SUR_GROUP -> List.of("sur_group:EEG");
            case RS -> List.of("rs:FRA", "rs:\"United Kingdom\"");
            case RS_GROUP -> List.of("rs_group:GRULAC");
            case CYCLE -> List.of("cycle:3");
            case SESSION -> List.of("session:20");
            case YEAR -> List.of("year:2014");
            case RESPONSE -> List.of("response:noted");
            case ISSUE -> List.of("issue:\"Death penalty\"");
            case CATEGORY -> List.of("category:5");
            case THEME -> List.of("theme:\"Freedom of opinion and expression\"");
            case GROUP -> List.of("group:\"Human rights defenders\"");
            case SDG -> List.of("sdg:16", "sdg:none");
            case TARGET -> List.of("target:16.3");
            case KIND -> List.of("kind:pledge");
            case ORIGIN -> List.of("origin:machine", "origin:source", "origin:person");
        };
    }
}
