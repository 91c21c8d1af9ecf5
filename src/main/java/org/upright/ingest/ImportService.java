package org.upright.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.upright.common.ChangeEvents;
import org.upright.ingest.ImportSummary.FileOutcome;
import org.upright.ingest.ImportSummary.Status;
import org.upright.recommendation.RecommendationId;
import org.upright.recommendation.RecommendationStore;
import org.upright.recommendation.RecommendationsChanged;
import org.upright.review.ReviewFilter;
import org.upright.review.ReviewStore;
import org.upright.state.StateDirectory;
import org.upright.store.ChangeLog;
import org.upright.store.Database;

/**
 * Imports files and folders into the record. Each file is parsed first, then written in one transaction, so a
 * file that fails leaves nothing behind; a file imported before (same bytes) is skipped. Within a run, files
 * that name their session come before those that give only a year, so the latter find their reviews.
 */
public final class ImportService {
    private final Database db;
    private final StateDirectory states;
    private final ReviewStore reviews;
    private final RecommendationStore recommendations;
    private final SourceFileStore sourceFiles;
    private final ChangeEvents events;
    private final FormatDetector detector = new FormatDetector();
    private final Parsers parsers = new Parsers();

    public ImportService(Database db, StateDirectory states, ReviewStore reviews, RecommendationStore recommendations,
                         SourceFileStore sourceFiles, ChangeEvents events) {
        this.db = db;
        this.states = states;
        this.reviews = reviews;
        this.recommendations = recommendations;
        this.sourceFiles = sourceFiles;
        this.events = events;
    }

    private record Candidate(Path path, boolean inFolder, byte[] bytes, Format format, String problem) {
    }

    public ImportSummary importPaths(List<Path> paths, Optional<Format> forced, ImportListener listener) {
        return run(paths, forced, listener, false);
    }

    /** Reads, detects and parses every file as an import would, and writes nothing: a check before importing. */
    public ImportSummary dryRun(List<Path> paths, Optional<Format> forced, ImportListener listener) {
        return run(paths, forced, listener, true);
    }

    private ImportSummary run(List<Path> paths, Optional<Format> forced, ImportListener listener, boolean dry) {
        List<Candidate> candidates = new ArrayList<>();
        for (Path path : paths) candidates.addAll(expand(path, forced));
        candidates.sort(Comparator.comparingInt((Candidate c) -> priority(c.format)).thenComparing(c -> c.path.toString()));
        listener.started(candidates.size());
        List<FileOutcome> outcomes = new ArrayList<>();
        List<Reject> rejects = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            FileOutcome outcome = dry ? parseOnly(candidates.get(i), rejects) : importOne(candidates.get(i), rejects);
            outcomes.add(outcome);
            listener.fileDone(i + 1, candidates.get(i).path.toString(), outcome);
        }
        if (!dry && outcomes.stream().anyMatch(o -> o.status() == Status.IMPORTED)) repairTexts();
        return new ImportSummary(outcomes, rejects);
    }

    /** Puts back characters lossy sources lost, now that the record holds the new files' spellings too. */
    private void repairTexts() {
        List<RecommendationId> repaired = db.transaction(() -> {
            List<RecommendationId> ids = new RecordRepair(recommendations).run();
            db.changeLog().append(ChangeLog.RECOMMENDATION, ids.stream().map(RecommendationId::value).toList());
            return ids;
        });
        if (!repaired.isEmpty()) events.publish(new RecommendationsChanged(repaired));
    }

    private List<Candidate> expand(Path path, Optional<Format> forced) {
        if (!Files.exists(path)) {
            return List.of(new Candidate(path, false, null, null, path + ": no such file or folder"));
        }
        if (!Files.isDirectory(path)) return List.of(read(path, false, forced));
        try (Stream<Path> walk = Files.walk(path)) {
            return walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().map(p -> read(p, true, forced)).toList();
        } catch (IOException e) {
            return List.of(new Candidate(path, false, null, null, path + ": cannot read the folder: " + e.getMessage()));
        }
    }

    private Candidate read(Path path, boolean inFolder, Optional<Format> forced) {
        try {
            byte[] bytes = Files.readAllBytes(path);
            SourceFile file = new SourceFile(path, bytes);
            Format format = forced.orElseGet(() -> detector.detect(file));
            return new Candidate(path, inFolder, bytes, format, null);
        } catch (ImportException e) {
            return new Candidate(path, inFolder, null, null, e.getMessage());
        } catch (IOException e) {
            return new Candidate(path, inFolder, null, null, path + ": cannot read the file: " + e.getMessage());
        }
    }

    /** Sources that name the session and give final responses first; year-only sources last. */
    private static int priority(Format format) {
        if (format == null) return 0;
        return switch (format) {
            case UPR_INFO -> 1;
            case OHCHR_THEMATIC_DOCX, OHCHR_THEMATIC_MD -> 2;
            case WG_REPORT -> 3;
            // names its report, not its session: after the sources that tie reports to sessions
            case DIHR_SDG_EXPLORER -> 4;
            case UN_REPORTS_CSV -> 5;
        };
    }

    private FileOutcome importOne(Candidate c, List<Reject> allRejects) {
        String shown = c.path.toString();
        if (c.problem != null) {
            Status status = c.inFolder && c.bytes == null && !c.problem.contains("cannot read") ? Status.SKIPPED : Status.FAILED;
            return new FileOutcome(shown, null, status, c.problem, 0, 0, 0, 0);
        }
        String sha = sha256(c.bytes);
        Optional<SourceFileStore.ImportedFile> before = sourceFiles.bySha256(sha);
        if (before.isPresent() && (before.get().rejected() == 0 || before.get().reviewsSeen() == reviewCount())) {
            String why = before.get().rejected() == 0 ? "imported before; nothing changed"
                    : "imported before with " + before.get().rejected() + " rows rejected; no review was added since, so they would be again";
            return new FileOutcome(shown, c.format.id(), Status.ALREADY_IMPORTED, why, 0, 0, 0, 0);
        }
        try {
            SourceFile file = new SourceFile(c.path, c.bytes);
            SourceParser parser = parsers.of(c.format);
            List<RecommendationId> touched = new ArrayList<>();
            List<Reject> rejects = new ArrayList<>();
            // read inside the transaction: a large file streams into the record, and a file that turns out to be
            // unreadable half-way leaves nothing behind
            int[] counts = db.transaction(() -> {
                // another import (another process) may have written the same bytes while this one read them
                sourceFiles.holdForImport(sha);
                if (!sourceFiles.bySha256(sha).equals(before)) throw new ImportedMeanwhile();
                // A file imported before with rejects is read again: rows it brought in stay, the others get a new chance.
                long fileId = before.map(SourceFileStore.ImportedFile::id).orElseGet(() ->
                        sourceFiles.add(sha, file.name(), c.path.toAbsolutePath().normalize().toString(), c.format));
                RecordWriter writer = new RecordWriter(reviews, recommendations, fileId);
                int rowsRead = parser.read(file, states, new SourceParser.Sink() {
                    @Override
                    public void item(ParsedRecommendation item) {
                        writer.write(item, file.name()).ifPresent(touched::add);
                    }

                    @Override
                    public void reject(Reject reject) {
                        rejects.add(reject);
                    }
                });
                writer.finish();
                db.changeLog().append(ChangeLog.RECOMMENDATION, touched.stream().map(RecommendationId::value).toList());
                rejects.addAll(writer.rejects());
                int earlierNew = before.map(SourceFileStore.ImportedFile::recommendationsNew).orElse(0);
                int earlierMerged = before.map(SourceFileStore.ImportedFile::recommendationsMerged).orElse(0);
                sourceFiles.setCounts(fileId, rowsRead, earlierNew + writer.created(),
                        earlierMerged + writer.merged(), rejects.size(), reviewCount());
                return new int[] {writer.created(), writer.merged(), rowsRead};
            });
            allRejects.addAll(rejects);
            events.publish(new RecommendationsChanged(touched));
            return new FileOutcome(shown, c.format.id(), Status.IMPORTED, null, counts[2], counts[0], counts[1],
                    rejects.size());
        } catch (ImportedMeanwhile e) {
            return new FileOutcome(shown, c.format.id(), Status.ALREADY_IMPORTED,
                    "imported meanwhile by another import running at the same time; nothing changed", 0, 0, 0, 0);
        } catch (NoRecommendationsException e) {
            return new FileOutcome(shown, c.format.id(), c.inFolder ? Status.SKIPPED : Status.FAILED, e.getMessage(), 0, 0, 0, 0);
        } catch (ImportException e) {
            return new FileOutcome(shown, c.format.id(), Status.FAILED, e.getMessage(), 0, 0, 0, 0);
        } catch (RuntimeException e) {
            return new FileOutcome(shown, c.format.id(), Status.FAILED,
                    c.path.getFileName() + ": import failed and nothing of it was kept: " + e, 0, 0, 0, 0);
        }
    }

    /** The file was imported by a concurrent import between the first look and the write. */
    private static final class ImportedMeanwhile extends RuntimeException {
        ImportedMeanwhile() {
            super(null, null, false, false);
        }
    }

    private FileOutcome parseOnly(Candidate c, List<Reject> allRejects) {
        if (c.problem != null) return importOne(c, allRejects);
        try {
            int[] rejected = {0};
            int rowsRead = parsers.of(c.format).read(new SourceFile(c.path, c.bytes), states, new SourceParser.Sink() {
                @Override
                public void item(ParsedRecommendation item) {
                }

                @Override
                public void reject(Reject reject) {
                    allRejects.add(reject);
                    rejected[0]++;
                }
            });
            return new FileOutcome(c.path.toString(), c.format.id(), Status.IMPORTED, "dry run: nothing written",
                    rowsRead, 0, 0, rejected[0]);
        } catch (ImportException e) {
            return new FileOutcome(c.path.toString(), c.format.id(), Status.FAILED, e.getMessage(), 0, 0, 0, 0);
        }
    }

    private long reviewCount() {
        return reviews.count(ReviewFilter.none());
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
