package org.newsdiff.model;

import java.util.Objects;

/**
 * One sentence of one input, as the result refers to it.
 *
 * <p>Its text is read from the input on demand, not copied: a result over a long article holds its
 * sentences once, in the inputs, however many renderers read them.
 */
public final class SentenceRef {
  /** The text of an input, shared by all its sentences: sentence text from UTF-16 offsets. */
  @FunctionalInterface
  public interface Source {
    /** The text of the sentence at {@code [from, to)}, as {@link #text()} gives it. */
    String text(int from, int to);

    /**
     * Hands {@code sink} the same text as {@link #text(int, int)}, as a range of a string: of the
     * input itself, uncopied, where the source can tell that the text is the input's chars as they
     * are.
     */
    default void text(int from, int to, TextSink sink) {
      String text = text(from, to);
      sink.text(text, 0, text.length());
    }
  }

  /** Takes a piece of text as the chars {@code [from, to)} of a string. */
  @FunctionalInterface
  public interface TextSink {
    /** Takes {@code s[from, to)}. */
    void text(String s, int from, int to);
  }

  private final int index;
  private final int paragraph;
  private final int line;
  private final int start;
  private final int end;
  private final Source source;
  private final int from;
  private final int to;

  /**
   * Refers to a sentence.
   *
   * @param index 0-based position among the sentences of its input
   * @param paragraph 0-based index of its paragraph
   * @param line 1-based line of the input where it starts
   * @param start 0-based offset of its first character, in code points of the normalized input
   * @param end offset just past its last character, in the same unit
   * @param source reads the sentence's text from its input
   * @param from the sentence's first char in {@code source}, as a UTF-16 index
   * @param to just past its last char, as a UTF-16 index
   */
  public SentenceRef(
      int index, int paragraph, int line, int start, int end, Source source, int from, int to) {
    this.index = index;
    this.paragraph = paragraph;
    this.line = line;
    this.start = start;
    this.end = end;
    this.source = Objects.requireNonNull(source);
    this.from = from;
    this.to = to;
  }

  /** 0-based position among the sentences of its input. */
  public int index() {
    return index;
  }

  /** 0-based index of its paragraph. */
  public int paragraph() {
    return paragraph;
  }

  /** 1-based line of the input where it starts. */
  public int line() {
    return line;
  }

  /** 0-based offset of its first character, in code points of the normalized input. */
  public int start() {
    return start;
  }

  /** Offset just past its last character, in code points of the normalized input. */
  public int end() {
    return end;
  }

  /** The sentence as written, a line break inside it read as one space. */
  public String text() {
    return source.text(from, to);
  }

  /**
   * Hands {@code sink} the text of {@link #text()}, most often as a range of the input rather than
   * a copy: for a renderer that writes a long result's every sentence.
   */
  public void text(TextSink sink) {
    source.text(from, to, sink);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SentenceRef r
        && index == r.index
        && paragraph == r.paragraph
        && line == r.line
        && start == r.start
        && end == r.end
        && text().equals(r.text());
  }

  @Override
  public int hashCode() {
    return Objects.hash(index, paragraph, line, start, end, text());
  }

  @Override
  public String toString() {
    return "SentenceRef[index=" + index + ", line=" + line + ", text=" + text() + "]";
  }
}
