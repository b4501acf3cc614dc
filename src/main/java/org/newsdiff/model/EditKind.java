package org.newsdiff.model;

/** How much an edit matters, weakest first. */
public enum EditKind implements JsonNamed {
  /** Spelling variant, punctuation, typography or letter case only. */
  COSMETIC,
  /** Wording that keeps the meaning, the way house style rewrites it. */
  STYLE,
  /** Anything else: words, clauses or facts added, cut or replaced. */
  SUBSTANTIVE
}
