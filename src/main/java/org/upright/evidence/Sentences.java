package org.upright.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;

/**
 * Sentences by OpenNLP's English model (shipped in a jar, loaded once), detected line by line: a bullet or a
 * heading ends where its line ends even without a full stop.
 */
final class Sentences {
    private static final String MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static SentenceModel model;

    private Sentences() {
    }

    private static synchronized SentenceModel model() {
        if (model == null) {
            try (InputStream in = Sentences.class.getResourceAsStream(MODEL)) {
                if (in == null) throw new IllegalStateException("the OpenNLP sentence model " + MODEL + " is not on the class path");
                model = new SentenceModel(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return model;
    }

    /** The spans of the text's sentences, in order. */
    static List<Span> of(String text) {
        SentenceDetectorME detector = new SentenceDetectorME(model());
        List<Span> spans = new ArrayList<>();
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.length();
            String line = text.substring(lineStart, lineEnd);
            if (!line.isBlank()) {
                for (opennlp.tools.util.Span s : detector.sentPosDetect(line)) {
                    spans.add(new Span(lineStart + s.getStart(), lineStart + s.getEnd()));
                }
            }
            lineStart = lineEnd + 1;
        }
        return spans;
    }
}
