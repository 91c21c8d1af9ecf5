package org.upright.review;

/** A Working Group session: number, cycle, year and, where known, its dates (ISO yyyy-mm-dd). */
public record Session(int number, int cycle, int year, String startsOn, String endsOn) {
}
