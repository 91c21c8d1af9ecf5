package org.upright.evidence;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Capitalised words that begin sentences, head organisations or name things, and so are no person's name. */
final class Names {
    static final Set<String> NOT_NAMES = Set.copyOf(List.of(
            "the", "a", "an", "on", "in", "at", "for", "after", "before", "during", "since", "while", "when", "this", "that",
            "these", "those", "his", "her", "their", "its", "our", "we", "they", "he", "she", "it", "i", "and", "but", "or",
            "if", "as", "by", "with", "from", "to", "of", "also", "however", "yet", "both", "all", "some", "many", "other",
            "police", "authorities", "governments", "government", "countries", "states", "state", "courts", "court",
            "human", "rights", "watch", "amnesty", "international", "un", "united", "nations", "council", "universal",
            "periodic", "review", "upr", "code", "law", "act", "article", "art", "constitution", "covenant", "convention",
            "protocol", "president", "minister", "prime", "ministry", "director", "general", "secretary", "special",
            "rapporteur", "committee", "commission", "party", "movement", "union", "front", "group", "centre", "center",
            "association", "federation", "foundation", "network", "coalition", "institute", "organisation", "organization",
            "office", "europe", "european", "central", "asia", "africa", "african", "america", "american", "middle", "east",
            "west", "north", "south", "geneva", "new", "york", "supreme", "high", "commissioner", "democratic", "republic",
            "national", "federal", "free", "amend", "end", "respect", "release", "repeal", "ratify", "ensure", "sign",
            "click", "newsletter", "enter", "survey", "share", "follow", "read", "more", "related", "subscribe", "donate",
            "lesbian", "gay", "bisexual", "transgender", "lgbt", "muslims", "christians", "kazakh", "uzbek", "russian",
            "chinese", "english", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "recommendations", "recommendation", "press", "release", "statement", "mr", "mrs",
            "ms", "dr", "sir", "working", "session", "assembly", "parliament", "internet", "criminal", "penal",
            "optional", "declaration", "charter", "statute", "treaty", "agency", "service", "bureau", "tribunal",
            "ruling", "opposition", "independent", "civil", "society", "religious", "freedom", "assembly", "speech",
            "women", "children", "youth", "world", "day", "thank", "mister", "madam", "excellency", "dear", "treatment",
            "award", "prize", "coordinator", "counsel", "programme", "program", "economic", "social", "cultural", "political",
            "cases", "against", "democracy", "activists", "hong", "kong", "drop", "end", "stop", "punishment", "degrading",
            "inhuman", "cruel", "torture", "annual", "report", "press", "media", "news", "update", "updates", "media"));

    private Names() {
    }

    static boolean notName(String token) {
        String t = token.toLowerCase(Locale.ROOT).replaceAll("[’']s$", "");
        // an acronym (DVK, UN) is no name either
        return NOT_NAMES.contains(t) || t.length() < 2 || token.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }
}
