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
 * @param kind for a delete or insert, how much the edit it belongs to matters; null for equal
 * @param categories for a cosmetic or style edit, why (smallest set that explains it); else empty
 */
public record WordOp(Op op, String text, EditKind kind, java.util.Set<Category> categories) {

  /** Copies the set. */
  public WordOp {
    categories =
        categories.isEmpty()
            ? java.util.Set.of()
            : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(categories));
  }

  /** A step not yet classified. */
  public WordOp(Op op, String text) {
    this(op, text, null, java.util.Set.of());
  }

  /** This step with the kind and categories of the edit it belongs to. */
  public WordOp classified(EditKind kind, java.util.Set<Category> categories) {
    return new WordOp(op, text, kind, categories);
  }

  /** What happened to a stretch of words. */
  public enum Op implements JsonNamed {
    /** In both sentences. */
    EQUAL,
    /** Only in the old sentence. */
    DELETE,
    /** Only in the new sentence. */
    INSERT;
  }
}
