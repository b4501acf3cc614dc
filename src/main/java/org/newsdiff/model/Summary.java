package org.newsdiff.model;

/**
 * Counts over all changes of a result.
 *
 * @param unchanged changes of type unchanged
 * @param edited changes of type edited
 * @param added changes of type added, one per added sentence
 * @param removed changes of type removed, one per removed sentence
 * @param moved changes of any type that moved
 * @param split changes of type split
 * @param merged changes of type merged
 */
public record Summary(
    int unchanged, int edited, int added, int removed, int moved, int split, int merged) {

  /** Whether anything differs between the versions. */
  public boolean differs() {
    return edited + added + removed + moved + split + merged > 0;
  }
}
