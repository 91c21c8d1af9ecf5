package org.upright.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.upright.App;
import org.upright.common.UserMistake;
import org.upright.common.Viewer;
import org.upright.document.Document;
import org.upright.document.DocumentService;
import org.upright.document.Upload;
import org.upright.evidence.DraftJson;
import org.upright.evidence.Link;
import org.upright.evidence.Span;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `upright ingest-document FILE [--json]`: adds a text, HTML or PDF document and prints its extraction draft. */
@Command(name = "ingest-document", mixinStandardHelpOptions = true,
        description = "Adds a civil-society document (text, HTML or PDF) and prints the draft of what it says: state, dates, "
                + "persons, organisations, legal provisions, incidents and asks linked to recommendations.")
public final class IngestDocumentCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Parameters(index = "0", paramLabel = "FILE", description = "The document: .txt, .html or .pdf.")
    Path file;

    @Option(names = "--json", description = "Print the draft as JSON.")
    boolean json;

    @Option(names = "--public", description = "Make the document public (private by default).")
    boolean makePublic;

    @Option(names = "--publisher", description = "Who published it, such as \"Human Rights Watch\".")
    String publisher;

    @Option(names = "--published", description = "When it was published (YYYY-MM-DD); anchors dates written without a year.")
    String published;

    @Option(names = "--title", description = "Its title; read from the file when not given.")
    String title;

    @Option(names = "--state", description = "The state it is about (name or ISO code); found in the text when not given.")
    String state;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(file)) {
            System.err.println("upright: " + file + " is not a file; give the path of a .txt, .html or .pdf document.");
            return 2;
        }
        byte[] bytes = Files.readAllBytes(file);
        try (App app = new App(common.settings(0, "127.0.0.1"))) {
            Upload upload = new Upload(file.getFileName().toString(), bytes, makePublic ? "public" : "private", publisher, published, title, state);
            DocumentService.Added added = app.documents().add(Viewer.cli(), upload,
                    page -> { if (page % 10 == 0) System.err.print("\rread page " + page); });
            Document d = added.document();
            String text = d.text();
            Map<Span, List<Link>> links = new LinkedHashMap<>();
            // the links the service saved with each item, by the item's span
            for (var item : added.items()) {
                Map<String, Object> data = new ObjectMapper().readValue(item.data(), Map.class);
                Object recs = data.get("recommendations");
                if (recs instanceof List<?> list) {
                    links.put(new Span(item.start(), item.end()), list.stream().map(o -> (Map<?, ?>) o)
                            .map(r -> new Link(((Number) r.get("id")).longValue(), ((Number) r.get("score")).doubleValue())).toList());
                }
            }
            if (json) {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("id", d.id().value());
                doc.put("title", d.title());
                doc.put("publisher", d.publisher());
                doc.put("published", d.publishedOn());
                doc.put("language", d.language());
                doc.put("media_type", d.mediaType());
                doc.put("file_name", d.fileName());
                doc.put("visibility", d.visibility().id());
                doc.put("characters", text.length());
                String name = d.state() == null ? null : app.states().byCode(d.state()).map(s -> s.name()).orElse(d.state().value());
                var x = added.extraction();
                var draft = DraftJson.of(doc, d.state() == null || d.state().equals(x.stateUnderReview()) ? x : withState(x, d), name,
                        span -> links.getOrDefault(span, List.of()));
                System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(draft));
            } else {
                var x = added.extraction();
                System.out.printf("document %s: %s (%s, %d characters)%n", d.id(), d.title(), d.language(), text.length());
                System.out.printf("state under review: %s; review %s, previous %s%n", d.state() == null ? "none found" : d.state(),
                        d.reviewDate(), d.previousReview());
                System.out.printf("%d dates, %d persons, %d organisations, %d provisions, %d incidents, %d asks%n", x.dates().size(),
                        x.persons().size(), x.organisations().size(), x.provisions().size(), x.incidents().size(), x.asks().size());
                x.notices().forEach(n -> System.out.println("note: " + n));
                System.out.println("confirm it at /documents/" + d.id());
            }
            return 0;
        } catch (UserMistake e) {
            System.err.println("upright: " + e.getMessage());
            return 2;
        }
    }

    private static org.upright.evidence.Extraction withState(org.upright.evidence.Extraction x, Document d) {
        return new org.upright.evidence.Extraction(d.state(), x.states(), x.reviewDate(), x.previousReview(), x.dates(), x.persons(),
                x.organisations(), x.provisions(), x.incidents(), x.asks(), x.notices());
    }
}
