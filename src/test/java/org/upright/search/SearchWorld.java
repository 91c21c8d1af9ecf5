package org.upright.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.upright.App;
import org.upright.TestDatabase;
import org.upright.config.Settings;
import org.upright.ingest.ImportListener;
import org.upright.ingest.ImportSummary;
import org.upright.recommendation.RecommendationFilter;
import org.upright.recommendation.RecommendationId;

/**
 * The world search tests run in: an {@link App} over a fresh data folder holding 26 typed-in UPR Info rows
 * (25 recommendations and one pledge), chosen so every query feature has a count one can check by eye:
 *
 * <ul>
 *   <li>woman/women 4, child/children 3, person/people 4, torture/tortured 4, ratify/ratification 2;</li>
 *   <li>"death penalty" 5 (to KAZ 1, ZMB 2, NGA 1, BLR 1), "freedom of assembly" 1, "freedom of peaceful assembly" 1;</li>
 *   <li>sur:KAZ 7 (one a pledge), rs:GBR 4, noted 11, supported 14, cycle 1/2/3: 4/17/5, session 20: 6, year 2014: 11,
 *       category 5: 13;</li>
 *   <li>two near-duplicates (Belarus and Nigeria: "Release all political prisoners and journalists …").</li>
 * </ul>
 */
final class SearchWorld implements AutoCloseable {
    static final String HEADER = "To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session";
    static final String ROWS = """
            Kazakhstan,Asia,OIC,Ensure the right to freedom of peaceful assembly and review the law on public assembly,Norway,WEOG,,Noted,5,Freedom of association and peaceful assembly,20
            Kazakhstan,Asia,OIC,Guarantee freedom of assembly and of association in law and practice,France,WEOG,EU,Noted,4,Freedom of association and peaceful assembly,20
            Kazakhstan,Asia,OIC,Guarantee freedom of assembly and of association in law and practice,United Kingdom,WEOG,EU,Noted,4,Freedom of association and peaceful assembly,20
            Kazakhstan,Asia,OIC,Take measures to prevent torture and ill-treatment in places of detention,Brazil,GRULAC,,Accepted,4,"Torture and other CID treatment,Detention",20
            Kazakhstan,Asia,OIC,Investigate all allegations that detainees were tortured,Chile,GRULAC,,Accepted,5,Torture and other CID treatment,20
            Kazakhstan,Asia,OIC,Protect the rights of women and children against domestic violence,Slovenia,EEG,EU,Accepted,4,"Women's rights,Rights of the Child",7
            Kazakhstan,Asia,OIC,Abolish the death penalty,United Kingdom,WEOG,EU,Noted,5,Death penalty,7
            Zambia,Africa,AU,Abolish the death penalty and accede to ICCPR-OP2,France,WEOG,EU,Noted,5,"Death penalty,International instruments",14
            Zambia,Africa,AU,Establish an official moratorium on executions with a view to abolishing the death penalty,Togo,Africa,AU,Noted,5,Death penalty,14
            Zambia,Africa,AU,Ensure that every woman has access to maternal health services,Nigeria,Africa,AU,Accepted,4,"Women's rights,Right to health",14
            Zambia,Africa,AU,Register every child at birth free of charge,Brazil,GRULAC,,Accepted,5,Rights of the Child,14
            Côte d'Ivoire,Africa,AU,Combat discrimination against persons with disabilities,Chile,GRULAC,,Accepted,4,Disabilities,19
            Côte d'Ivoire,Africa,AU,Protect people displaced by the conflict in Côte d'Ivoire,France,WEOG,EU,Accepted,4,Internally displaced persons,19
            Côte d'Ivoire,Africa,AU,Ratify the Optional Protocol to the Convention against Torture,United Kingdom,WEOG,EU,Noted,5,"Torture and other CID treatment,International instruments",19
            Côte d'Ivoire,Africa,AU,Consider the ratification of the Rome Statute,Slovenia,EEG,EU,Accepted,3,"International instruments,Justice",19
            Côte d'Ivoire,Africa,AU,Combat trafficking & sexual exploitation of women and girls,Chile,GRULAC,,Accepted,5,"Trafficking,Women's rights",19
            Nigeria,Africa,AU,Abolish the death penalty for all crimes,Norway,WEOG,,Noted,5,Death penalty,31
            Nigeria,Africa,AU,Release all political prisoners and journalists detained for peaceful protests,Norway,WEOG,,Noted,5,Freedom of opinion and expression,31
            Nigeria,Africa,AU,Protect persons belonging to minorities and indigenous peoples,Brazil,GRULAC,,Accepted,4,"Minorities,Indigenous peoples",31
            Nigeria,Africa,AU,Strengthen the protection of women human rights defenders,Norway,WEOG,,Accepted,5,"Human rights defenders,Women's rights",31
            Nigeria,Africa,AU,Continue its efforts to improve the situation of people living in poverty,Togo,Africa,AU,Accepted,2,Poverty,31
            Belarus,EEG,CIS,Release all political prisoners and journalists detained for their peaceful protests,France,WEOG,EU,Noted,5,"Freedom of opinion and expression,Human rights defenders",8
            Belarus,EEG,CIS,Guarantee that journalists can work without harassment,Chile,GRULAC,,Noted,4,Freedom of the press,8
            Belarus,EEG,CIS,Introduce a moratorium on the death penalty,Slovenia,EEG,EU,Noted,4,Death penalty,20
            Brazil,GRULAC,,Combat torture by police officers,United Kingdom,WEOG,EU,Accepted,4,Torture and other CID treatment,13
            United Kingdom,WEOG,EU,Ensure that no child is held in adult prisons,Togo,Africa,AU,Accepted,5,"Rights of the Child,Detention",13
            Kazakhstan,Asia,OIC,Kazakhstan pledges to submit its overdue reports to the treaty bodies,Kazakhstan,Asia,OIC,Voluntary Pledge,,Treaty bodies,20
            """;
    static final int DOCUMENTS = 26;

    private final Path dir;
    private final App app;

    private SearchWorld(Path dir, App app) {
        this.dir = dir;
        this.app = app;
    }

    /** An app over a fresh folder with the typed-in rows imported and indexed. */
    static SearchWorld create(Path dir) {
        SearchWorld world = new SearchWorld(dir, new App(new Settings(dir.resolve("data"), TestDatabase.url(dir.resolve("data")), 0, "127.0.0.1")));
        world.importCsv("fixture.csv", ROWS);
        assertThat(world.app.recommendations().count(RecommendationFilter.none())).isEqualTo(DOCUMENTS);
        return world;
    }

    /** Imports UPR Info rows (without header) and waits until they are searchable. */
    ImportSummary importCsv(String name, String rows) {
        try {
            Path file = dir.resolve(name);
            Files.writeString(file, HEADER + "\n" + rows, StandardCharsets.UTF_8);
            ImportSummary summary = importFile(file);
            assertThat(summary.files()).allMatch(f -> f.status() == ImportSummary.Status.IMPORTED);
            return summary;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ImportSummary importFile(Path file) {
        ImportSummary summary = app.importer().importPaths(List.of(file), Optional.empty(), ImportListener.SILENT);
        app.search().awaitChanges();
        return summary;
    }

    App app() {
        return app;
    }

    SearchService search() {
        return app.search();
    }

    SearchResult search(String query) {
        return search().search(SearchRequest.of(query));
    }

    SearchResult search(String query, Map<Facet, List<String>> filters, SearchSort sort) {
        return search().search(new SearchRequest(query, filters, sort, 1, 50, false));
    }

    long count(String query) {
        return search(query).total();
    }

    /** The id of the recommendation whose text starts with the words given. */
    RecommendationId id(String textStart) {
        return app.recommendations().all(RecommendationFilter.none()).stream()
                .filter(r -> r.text().startsWith(textStart)).findFirst()
                .orElseThrow(() -> new AssertionError("no recommendation starts with: " + textStart)).id();
    }

    @Override
    public void close() {
        app.close();
    }
}
