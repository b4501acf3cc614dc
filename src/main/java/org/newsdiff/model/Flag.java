package org.newsdiff.model;

import java.util.Locale;

/** A mark on a change that deserves a second look. */
public enum Flag {
  /** An edit inside a direct quotation, a bracketed insertion included. */
  QUOTE,
  /** A figure, amount, percentage or date differs. */
  NUMBER,
  /** A person, place or organisation name was added, removed or replaced. */
  NAME;

  /** The name used in JSON and on the command line: "quote", "number", "name". */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
