package org.upright.document;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Drops a web page's chrome left in a text: short lines that are navigation, share buttons, survey and
 * newsletter prompts, cookie banners, "related articles" and the like, and lines repeated word for word.
 * A long line is content whatever it says.
 */
final class Chrome {
    private static final int SHORT = 140;
    private static final Pattern CHROME = Pattern.compile("(?i)^\\s*(?:"
            + "click here|sign up|subscribe|newsletter|enter your (?:name|e-?mail)|your e-?mail|share (?:this|on)|share$|tweet|"
            + "follow us|like us|print(?: this)?(?: page)?$|e-?mail$|(?:facebook|twitter|linkedin|whatsapp|bluesky|instagram)$|copy link|"
            + "skip to (?:main )?content|menu$|search$|home$|back$|next$|previous$|read more|related (?:articles|content|news|stories|posts)|"
            + "more (?:news|from|on this)|see also|tags?:|topics?:|cookies?|we use cookies|accept (?:all )?cookies|allow cookies|decline$|"
            + "privacy policy|terms of use|all rights reserved|©|copyright|donate|support our work|download (?:the )?(?:pdf|app)|"
            + "no translations available|available in|listen to|watch the video|complete our survey|take our survey|"
            + "page \\d+ of \\d+$|x$|close$)");
    private static final Pattern CHROME_ANYWHERE = Pattern.compile("(?i)(?:complete our survey|sign up to our newsletter|"
            + "receive (?:regular )?updates|enter your name and e-?mail|we use cookies|by clicking [‘'\"]?(?:allow|accept)|this website uses cookies)");

    private Chrome() {
    }

    static String drop(String text) {
        List<String> kept = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String line : text.split("\\R", -1)) {
            String s = line.strip();
            if (s.isEmpty()) {
                kept.add("");
                continue;
            }
            boolean chrome = s.length() < SHORT && CHROME.matcher(s).find() || CHROME_ANYWHERE.matcher(s).find() && s.length() < 400;
            // a heading or line repeated (a "Sign up" box twice, a menu in header and footer) is chrome the second time
            if (chrome || s.length() < SHORT && !seen.add(s)) continue;
            kept.add(line.stripTrailing());
        }
        return String.join("\n", kept).replaceAll("\n{3,}", "\n\n").strip();
    }
}
