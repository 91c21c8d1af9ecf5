package org.upright.recommendation;

/** The kinds of label a recommendation can carry. */
public enum LabelKind {
    /** One of the 54 UPR Info issues. */
    ISSUE,
    /** A UHRI human-rights theme, as OHCHR thematic lists print them. */
    THEME,
    /** A group of persons ("affected persons" in OHCHR lists). */
    GROUP,
    /** A Sustainable Development Goal, stored as its number 1–17, or "none" where a source looked and found none. */
    SDG,
    /** A target of a Sustainable Development Goal: "16.3", "16.a". */
    SDG_TARGET
}
