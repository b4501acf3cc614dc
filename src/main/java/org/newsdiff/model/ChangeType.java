package org.newsdiff.model;

/** What became of one or more sentences between the two versions. */
public enum ChangeType implements JsonNamed {
  /** The same words in both versions. */
  UNCHANGED,
  /** One old sentence paired with its changed new form. */
  EDITED,
  /** Only in the new version. */
  ADDED,
  /** Only in the old version. */
  REMOVED,
  /** One old sentence became several new ones. */
  SPLIT,
  /** Several old sentences became one new one. */
  MERGED
}
