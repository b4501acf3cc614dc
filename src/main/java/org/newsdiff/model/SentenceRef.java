package org.newsdiff.model;

/**
 * One sentence of one input, as the result refers to it.
 *
 * @param index 0-based position among the sentences of its input
 * @param paragraph 0-based index of its paragraph
 * @param line 1-based line of the input where it starts
 * @param start 0-based offset of its first character, in code points of the normalized input
 * @param end offset just past its last character, in the same unit
 * @param text the sentence as written, a line break inside it read as one space
 */
public record SentenceRef(int index, int paragraph, int line, int start, int end, String text) {}
