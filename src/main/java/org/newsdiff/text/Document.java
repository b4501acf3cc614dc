package org.newsdiff.text;

import java.util.List;

/**
 * One input read into paragraphs and sentences: what the text stage hands on.
 *
 * @param source the decoded input
 * @param paragraphs its paragraphs, in order
 * @param sentences its sentences, in order; together they hold every non-space char of it
 * @param tokenizer makes the tokens of a sentence, with the keys chosen for this comparison
 * @param chrome paragraphs set aside as outside the story (see {@link StoryFinder}); their
 *     sentences are not in {@code sentences}
 */
public record Document(
    SourceText source,
    List<Paragraph> paragraphs,
    List<Sentence> sentences,
    Tokenizer tokenizer,
    List<Paragraph> chrome) {

  /** Copies the lists. */
  public Document {
    paragraphs = List.copyOf(paragraphs);
    sentences = List.copyOf(sentences);
    chrome = List.copyOf(chrome);
  }

  /** A document that is all story. */
  public Document(
      SourceText source,
      List<Paragraph> paragraphs,
      List<Sentence> sentences,
      Tokenizer tokenizer) {
    this(source, paragraphs, sentences, tokenizer, List.of());
  }

  /** The document's display name. */
  public String name() {
    return source.name();
  }

  /** The text of {@code s} as written (line breaks of a wrapped paragraph included). */
  public String text(Sentence s) {
    return source.text().substring(s.start(), s.end());
  }

  /** The tokens of {@code s}, made anew on each call. */
  public List<Token> tokens(Sentence s) {
    return tokenizer.tokenize(source.text(), s.start(), s.end());
  }
}
