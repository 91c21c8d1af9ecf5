package org.upright.search;

import java.util.List;

/**
 * The 54 issues of the UPR Info database, so {@code issue:} and autocomplete know them before any
 * recommendation carries them (copied from the UPR Info vocabulary; the running system reads no shared files).
 */
final class UprInfoIssues {
    static final List<String> ALL = List.of(
            "Asylum-seekers - refugees",
            "CP rights - general",
            "Civil society",
            "Corruption",
            "Counter-terrorism",
            "Death penalty",
            "Detention",
            "Development",
            "Disabilities",
            "ESC rights - general",
            "Elections",
            "Enforced disappearances",
            "Environment",
            "Extrajudicial executions",
            "Freedom of association and peaceful assembly",
            "Freedom of movement",
            "Freedom of opinion and expression",
            "Freedom of religion and belief",
            "Freedom of the press",
            "General",
            "HIV - Aids",
            "Human rights defenders",
            "Human rights education and training",
            "Human rights violations by state agents",
            "Impunity",
            "Indigenous peoples",
            "Internally displaced persons",
            "International humanitarian law",
            "International instruments",
            "Justice",
            "Labour",
            "Migrants",
            "Minorities",
            "NHRI",
            "National plan of action",
            "Other",
            "Poverty",
            "Public security",
            "Racial discrimination",
            "Right to education",
            "Right to food",
            "Right to health",
            "Right to housing",
            "Right to land",
            "Right to water",
            "Rights of the Child",
            "Sexual Orientation and Gender Identity",
            "Special procedures",
            "Technical assistance and cooperation",
            "Torture and other CID treatment",
            "Trafficking",
            "Treaty bodies",
            "UPR process",
            "Women's rights");

    private UprInfoIssues() {
    }
}
