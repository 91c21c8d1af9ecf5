package org.upright.ingest;

import java.util.Locale;
import java.util.regex.Pattern;
import org.upright.recommendation.Response;

/**
 * Reads the state's position from the sentence that introduces a list of recommendations in a Working Group
 * report ("The following recommendations enjoy the support of …", "… will be examined by …, which will
 * provide responses in due time", "… did not enjoy the support of …"). The wording changed over the years;
 * these rules were read off all 252 reports of 2008–2014.
 */
final class WgResponseWording {
    /**
     * "The response of X to these recommendations will be included in the outcome report" settles it even when
     * the same paragraph says that some enjoy support and others do not (Nigeria 2009).
     */
    private static final Pattern ANSWER_LATER = Pattern.compile("\\bresponses? (of|to|made)\\b.{0,160}\\bwill be (included|provided)");
    /** Refusals before support: "did not enjoy the support" also contains "enjoy the support". */
    private static final Pattern REFUSED = Pattern.compile(
            "\\b(not|cannot) (enjoy|be accepted|accept|supported)|\\breject|not in a position to accept|would thus be noted");
    private static final Pattern SUPPORTED = Pattern.compile(
            "enjoy(s|ed)? (the|its) support|enjoy the support|\\bsupported\\b|\\baccepted\\b|\\bagree(d|s)?\\b");
    /** A later answer: checked before "noted", because "notes … and will provide responses in due time" is pending. */
    private static final Pattern PENDING = Pattern.compile(
            "will (be (further )?examined|examine|provide|respond|study)|in due (time|course)|"
                    + "will be included in the outcome|further examined|need to be examined");
    /**
     * "noted and … indicated that they are pertaining to measures already being implemented" (China, Viet Nam,
     * Uzbekistan in 2009) is a note, not support: the state did not say it supports them.
     */
    private static final Pattern NOTED = Pattern.compile("\\bnoted\\b|\\bnotes\\b|takes? note|pertain(ing)? to measures");
    /** "X considers that the recommendations listed below are already implemented" is support (Gambia 2010). */
    private static final Pattern IMPLEMENTED = Pattern.compile(
            "already (being )?(been )?implemented|in the process of (being )?implement");

    private WgResponseWording() {
    }

    /** The position the sentence states, or null when it states none ("the following recommendations were made"). */
    static Response of(String introduction) {
        String s = Texts.clean(introduction).toLowerCase(Locale.ROOT);
        if (ANSWER_LATER.matcher(s).find()) return Response.PENDING;
        if (REFUSED.matcher(s).find()) return Response.NOTED;
        if (SUPPORTED.matcher(s).find()) return Response.SUPPORTED;
        if (PENDING.matcher(s).find()) return Response.PENDING;
        if (NOTED.matcher(s).find()) return Response.NOTED;
        if (IMPLEMENTED.matcher(s).find()) return Response.SUPPORTED;
        return null;
    }
}
