package org.newsdiff.model;

import java.util.List;

/**
 * One entry of the result: what became of some sentences of the old version in the new one.
 *
 * <p>An unchanged or edited change has one old and one new sentence; a removed one only old
 * sentences, an added one only new ones; a split one old and several new, a merge the reverse.
 *
 * @param type what kind of change
 * @param moved whether the sentence changed place relative to the sentences around it
 * @param oldSentences the sentences of the old version, in order (empty for added)
 * @param newSentences the sentences of the new version, in order (empty for removed)
 * @param similarity how alike old and new are, 0 to 1; 0 when one side is empty
 * @param words the word diff from old to new; empty unless the words differ
 * @param kind how much the change matters (the strongest of its edits; added and removed sentences
 *     are substantive); null for an unchanged sentence
 * @param flags what deserves a second look, in enum order
 * @param ignored whether the change counts as unchanged because every edit in it is of a category
 *     the user ignores ({@code --ignore}); its type is then unchanged
 */
public record Change(
    ChangeType type,
    boolean moved,
    List<SentenceRef> oldSentences,
    List<SentenceRef> newSentences,
    double similarity,
    List<WordOp> words,
    EditKind kind,
    java.util.Set<Flag> flags,
    boolean ignored) {

  /** Copies the lists. */
  public Change {
    oldSentences = List.copyOf(oldSentences);
    newSentences = List.copyOf(newSentences);
    words = List.copyOf(words);
    flags =
        flags.isEmpty()
            ? java.util.Set.of()
            : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(flags));
  }

  /** A change not yet classified. */
  public Change(
      ChangeType type,
      boolean moved,
      List<SentenceRef> oldSentences,
      List<SentenceRef> newSentences,
      double similarity,
      List<WordOp> words) {
    this(
        type,
        moved,
        oldSentences,
        newSentences,
        similarity,
        words,
        null,
        java.util.Set.of(),
        false);
  }

  /** Whether this change is a difference between the versions (anything but an unmoved same). */
  public boolean isDifference() {
    return type != ChangeType.UNCHANGED || moved;
  }

  /** Whether the change pairs old with new sentences (unchanged, edited, split, merged). */
  public boolean isPair() {
    return !oldSentences.isEmpty() && !newSentences.isEmpty();
  }
}
