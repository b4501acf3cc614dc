package org.newsdiff.model;

/** Why an edit is cosmetic or style; the values that {@code --ignore} takes. */
public enum Category implements JsonNamed {
  /** A spelling variant: British and US, "per cent" and "percent". */
  SPELLING,
  /** Punctuation only: a comma, a hyphen, a period. */
  PUNCTUATION,
  /** Typography: straight or curly quotes, dashes, spaces, ellipsis characters. */
  TYPOGRAPHY,
  /** Letter case only. */
  CASE,
  /**
   * A style rewording: "that" inserted, a sentence split at "and", an abbreviation spelled out, a
   * title added.
   */
  STYLE
}
