package org.upright.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * How English text is cut into the terms the index holds, for the texts and the query words alike:
 * standard (Unicode) tokenizer → English possessive ("women's" → "women") → lower case → diacritics folded
 * ("Côte" → "cote") → apostrophes dropped ("d'Ivoire" → "divoire") → stop words removed (leaving a position
 * gap, so "freedom of assembly" still matches as a phrase but not "freedom of peaceful assembly") → irregular
 * plurals mapped (women → woman, children → child, people → person …), also as a possessive typed without
 * its apostrophe (womens → woman, childrens → child) → KStem.
 *
 * <p>KStem rather than Porter: it turns a word into a real word ("tortured" → "torture", "ratification" →
 * "ratify"), so explanations and "did you mean" show words a person recognises, and it is gentler (Porter
 * makes "policy" and "police" one term). So "ratify" does find "ratification", "ratified" and "ratifying".
 */
public final class EnglishAnalysis extends Analyzer {
    /** Lucene's 33 English stop words ("a", "and", "of", "the", "to", …). */
    static final CharArraySet STOP_WORDS = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;

    private static final Pattern APOSTROPHES = Pattern.compile("['’‘`´]");

    /** Plurals KStem leaves alone or maps to a word of its own ("people"); each maps to its singular. */
    private static final String[][] IRREGULAR = {
            {"women", "woman"}, {"men", "man"}, {"children", "child"}, {"people", "person"}, {"peoples", "person"},
            {"persons", "person"}, {"wives", "wife"}, {"lives", "life"}, {"livelihoods", "livelihood"},
            {"policemen", "policeman"}, {"policewomen", "policewoman"}, {"chairmen", "chairman"},
            {"businessmen", "businessman"}, {"businesswomen", "businesswoman"}, {"fishermen", "fisherman"},
            {"criteria", "criterion"}, {"teeth", "tooth"}, {"feet", "foot"}, {"mice", "mouse"},
    };

    private static final StemmerOverrideFilter.StemmerOverrideMap OVERRIDES = overrides();

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new EnglishPossessiveFilter(source);
        stream = new LowerCaseFilter(stream);
        stream = new ASCIIFoldingFilter(stream);
        stream = new PatternReplaceFilter(stream, APOSTROPHES, "", true);
        stream = new StopFilter(stream, STOP_WORDS);
        stream = new StemmerOverrideFilter(stream, OVERRIDES);
        stream = new KStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    }

    /** What prefixes go through: the same lower case and folding, no stemming (a prefix is not a word). */
    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }

    /** A prefix as the index spells terms: lower case, folded, without apostrophes. */
    String normalizePrefix(String prefix) {
        String folded = normalize(IndexFields.TEXT, prefix).utf8ToString();
        return APOSTROPHES.matcher(folded).replaceAll("");
    }

    private static StemmerOverrideFilter.StemmerOverrideMap overrides() {
        StemmerOverrideFilter.Builder builder = new StemmerOverrideFilter.Builder(false);
        for (String[] pair : IRREGULAR) {
            builder.add(pair[0], pair[1]);
            // the possessive typed without its apostrophe ("womens rights", "childrens rights")
            if (!pair[0].endsWith("s")) builder.add(pair[0] + "s", pair[1]);
        }
        try {
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
