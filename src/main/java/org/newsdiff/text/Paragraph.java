package org.newsdiff.text;

/**
 * A paragraph: a run of lines joined by soft wraps, between blank lines or deliberate breaks.
 *
 * @param index 0-based position among the paragraphs of its document
 * @param start offset of its first non-space char in {@link SourceText#text()}
 * @param end offset just past its last non-space char
 */
public record Paragraph(int index, int start, int end) {}
