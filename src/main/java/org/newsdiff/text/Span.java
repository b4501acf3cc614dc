package org.newsdiff.text;

/**
 * A range of a text: chars {@code start} (inclusive) to {@code end} (exclusive).
 *
 * @param start first char
 * @param end one past the last char
 */
public record Span(int start, int end) {}
