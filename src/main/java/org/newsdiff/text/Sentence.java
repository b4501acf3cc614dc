package org.newsdiff.text;

/**
 * One sentence of a document, or one line without sentence punctuation (a headline, a byline). Its
 * text and tokens are made on demand by {@link Document#text(Sentence)} and {@link
 * Document#tokens(Sentence)}: holding them for every sentence of a long document would cost more
 * memory than the text itself.
 *
 * @param index 0-based position among the sentences of its document
 * @param paragraph 0-based index of its paragraph
 * @param start offset of its first char in {@link SourceText#text()}
 * @param end offset just past its last char
 */
public record Sentence(int index, int paragraph, int start, int end) {}
