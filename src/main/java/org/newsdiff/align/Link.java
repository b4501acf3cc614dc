package org.newsdiff.align;

import java.util.List;
import org.newsdiff.model.WordOp;

/**
 * Old sentences paired with the new sentences they became.
 *
 * @param oldIndexes indexes of the old sentences, ascending (one, or several for a merge)
 * @param newIndexes indexes of the new sentences, ascending (one, or several for a split)
 * @param similarity how alike the two sides are, 0 to 1
 * @param identical whether both sides have exactly the same token keys
 * @param moved whether the pair is out of order with the pairs around it
 * @param words the word diff from old to new; empty when identical
 */
public record Link(
    List<Integer> oldIndexes,
    List<Integer> newIndexes,
    double similarity,
    boolean identical,
    boolean moved,
    List<WordOp> words) {

  /** Copies the lists. */
  public Link {
    oldIndexes = List.copyOf(oldIndexes);
    newIndexes = List.copyOf(newIndexes);
    words = List.copyOf(words);
  }
}
