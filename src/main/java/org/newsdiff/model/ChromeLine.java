package org.newsdiff.model;

/**
 * A line of an input that lies outside the story: page chrome, reported rather than dropped.
 *
 * @param line 1-based line number in the input
 * @param text the line, without surrounding white space
 */
public record ChromeLine(int line, String text) {}
