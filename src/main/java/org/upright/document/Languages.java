package org.upright.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/** The language of a text by OpenNLP's language-detection model, as a two-letter code where one exists ("en"). */
final class Languages {
    private static final String MODEL = "/langdetect-183.bin";
    private static final Map<String, String> TWO_LETTERS = Map.ofEntries(Map.entry("eng", "en"), Map.entry("fra", "fr"),
            Map.entry("spa", "es"), Map.entry("rus", "ru"), Map.entry("ara", "ar"), Map.entry("cmn", "zh"), Map.entry("zho", "zh"),
            Map.entry("deu", "de"), Map.entry("por", "pt"), Map.entry("ita", "it"), Map.entry("nld", "nl"), Map.entry("tur", "tr"),
            Map.entry("kaz", "kk"), Map.entry("ukr", "uk"), Map.entry("pes", "fa"), Map.entry("urd", "ur"), Map.entry("hin", "hi"));
    private static LanguageDetectorModel model;

    private Languages() {
    }

    private static synchronized LanguageDetectorModel model() {
        if (model == null) {
            try (InputStream in = Languages.class.getResourceAsStream(MODEL)) {
                if (in == null) throw new IllegalStateException("the OpenNLP language model " + MODEL + " is not on the class path");
                model = new LanguageDetectorModel(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return model;
    }

    /** The language of the text's first 4,000 characters (enough, and quick), or "und" for a text too short to tell. */
    static String of(String text) {
        String sample = text.length() > 4000 ? text.substring(0, 4000) : text;
        if (sample.strip().length() < 20) return "und";
        Language best = new LanguageDetectorME(model()).predictLanguage(sample);
        return TWO_LETTERS.getOrDefault(best.getLang(), best.getLang());
    }
}
