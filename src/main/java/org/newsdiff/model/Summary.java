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
 * @param kinds changes of each kind (unchanged sentences have none)
 * @param flags changes carrying each flag
 */
public record Summary(
    int unchanged,
    int edited,
    int added,
    int removed,
    int moved,
    int split,
    int merged,
    java.util.Map<EditKind, Integer> kinds,
    java.util.Map<Flag, Integer> flags) {

  /** Copies the maps, with a zero for every kind and flag not given. */
  public Summary {
    java.util.EnumMap<EditKind, Integer> k = new java.util.EnumMap<>(EditKind.class);
    for (EditKind e : EditKind.values()) {
      k.put(e, kinds.getOrDefault(e, 0));
    }
    java.util.EnumMap<Flag, Integer> f = new java.util.EnumMap<>(Flag.class);
    for (Flag e : Flag.values()) {
      f.put(e, flags.getOrDefault(e, 0));
    }
    kinds = java.util.Collections.unmodifiableMap(k);
    flags = java.util.Collections.unmodifiableMap(f);
  }

  /** Whether anything differs between the versions. */
  public boolean differs() {
    return edited + added + removed + moved + split + merged > 0;
  }
}
