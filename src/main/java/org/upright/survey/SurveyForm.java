package org.upright.survey;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.upright.i18n.Ui;

/** What an editor typed to create or change a survey, checked before anything is written. */
public record SurveyForm(String title, String slug, String intro, String byInvitation) {
    static final int MAX_TITLE = 200;
    static final int MAX_INTRO = 5_000;
    static final int MAX_SLUG = 60;

    record Checked(String title, String slug, String intro, boolean byInvitation) {
    }

    public static SurveyForm blank() {
        return new SurveyForm("", "", "", "");
    }

    static SurveyForm of(Survey s) {
        return new SurveyForm(s.title(), s.slug(), s.intro(), s.byInvitation() ? "on" : "");
    }

    Checked check() {
        Map<String, String> problems = new LinkedHashMap<>();
        String t = Text.line(title);
        if (t.isEmpty()) problems.put("title", Ui.text("survey.problem.title_empty"));
        else if (t.length() > MAX_TITLE) problems.put("title", Ui.text("survey.problem.title_long", MAX_TITLE, t.length()));
        String s = Text.line(slug).isEmpty() ? slugOf(t) : Text.line(slug).toLowerCase(Locale.ROOT);
        if (s.isEmpty() && !problems.containsKey("title")) {
            problems.put("slug", Ui.text("survey.problem.slug_empty"));
        } else if (!s.isEmpty() && (!s.matches("[a-z0-9]+(-[a-z0-9]+)*") || s.length() > MAX_SLUG)) {
            problems.put("slug", Ui.text("survey.problem.slug_bad", MAX_SLUG, Text.line(slug)));
        } else if (s.equals("new")) {
            problems.put("slug", Ui.text("survey.problem.slug_new"));
        }
        String i = Text.block(intro);
        if (i.length() > MAX_INTRO) problems.put("intro", Ui.text("survey.problem.intro_long", MAX_INTRO, i.length()));
        if (!problems.isEmpty()) throw new SurveyProblems(problems);
        return new Checked(t, s, i, Text.yes(byInvitation));
    }

    /** An address made from a title: "Human Rights after Brexit" → human-rights-after-brexit. */
    static String slugOf(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (slug.length() > MAX_SLUG) slug = slug.substring(0, MAX_SLUG).replaceAll("-[^-]*$|-$", "");
        return slug;
    }
}
