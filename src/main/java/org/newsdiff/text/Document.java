package org.newsdiff.text;

import java.util.List;

/**
 * One input read into paragraphs, sentences and tokens: what the text stage hands on.
 *
 * @param source the decoded input
 * @param paragraphs its paragraphs, in order
 * @param sentences its sentences, in order; together they hold every non-space char of it
 */
public record Document(SourceText source, List<Paragraph> paragraphs, List<Sentence> sentences) {

  /** Copies the lists. */
  public Document {
    paragraphs = List.copyOf(paragraphs);
    sentences = List.copyOf(sentences);
  }

  /** The document's display name. */
  public String name() {
    return source.name();
  }
}
