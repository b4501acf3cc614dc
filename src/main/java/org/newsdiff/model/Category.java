package org.newsdiff.model;

import java.util.Locale;

/** Why an edit is cosmetic or style; the values that {@code --ignore} takes. */
public enum Category {
  /** A spelling variant: British and US, "per cent" and "percent". */
  SPELLING,
  /** Punctuation only: a comma, a hyphen, a period. */
  PUNCTUATION,
  /** Typography: straight or curly quotes, dashes, spaces, ellipsis characters. */
  TYPOGRAPHY,
  /** Letter case only. */
  CASE,
  /** A style rewording: "that" inserted, an abbreviation spelled out, a title added. */
  STYLE;

  /** The name used in JSON and on the command line. */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
