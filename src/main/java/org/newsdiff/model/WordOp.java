package org.newsdiff.model;

/**
 * One step of the word diff inside an edited sentence.
 *
 * <p>The text carries the white space before its first token, so the {@code EQUAL} and {@code
 * DELETE} steps joined give back the old sentence and the {@code EQUAL} and {@code INSERT} steps
 * the new one, up to white space (an equal step takes the old sentence's).
 *
 * @param op what happened to this stretch of words
 * @param text the words, with the white space before them
 */
public record WordOp(Op op, String text) {

  /** What happened to a stretch of words. */
  public enum Op {
    /** In both sentences. */
    EQUAL,
    /** Only in the old sentence. */
    DELETE,
    /** Only in the new sentence. */
    INSERT;

    /** The name used in JSON: "equal", "delete", "insert". */
    public String jsonName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
