package org.newsdiff.model;

import java.util.Locale;

/** How much an edit matters, weakest first. */
public enum EditKind {
  /** Spelling variant, punctuation, typography or letter case only. */
  COSMETIC,
  /** Wording that keeps the meaning, the way house style rewrites it. */
  STYLE,
  /** Anything else: words, clauses or facts added, cut or replaced. */
  SUBSTANTIVE;

  /** The name used in JSON: "cosmetic", "style", "substantive". */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
