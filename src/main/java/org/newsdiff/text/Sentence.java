package org.newsdiff.text;

import java.util.List;

/**
 * One sentence of a document, or one line without sentence punctuation (a headline, a byline).
 *
 * @param index 0-based position among the sentences of its document
 * @param paragraph 0-based index of its paragraph
 * @param start offset of its first char in {@link SourceText#text()}
 * @param end offset just past its last char
 * @param text the sentence as written (line breaks of a wrapped paragraph included)
 * @param tokens its tokens
 */
public record Sentence(
    int index, int paragraph, int start, int end, String text, List<Token> tokens) {

  /** Copies the token list. */
  public Sentence {
    tokens = List.copyOf(tokens);
  }
}
