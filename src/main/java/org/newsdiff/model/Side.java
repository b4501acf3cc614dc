package org.newsdiff.model;

/**
 * One of the two inputs, as the result describes it.
 *
 * @param name the path as given, or "-" for standard input
 * @param sentences how many sentences it has
 * @param paragraphs how many paragraphs it has
 * @param lines how many lines it has
 */
public record Side(String name, int sentences, int paragraphs, int lines) {}
