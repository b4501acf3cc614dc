package org.newsdiff.model;

/** A mark on a change that deserves a second look. */
public enum Flag implements JsonNamed {
  /** An edit inside a direct quotation, a bracketed insertion included. */
  QUOTE,
  /** A figure, amount, percentage or date differs. */
  NUMBER,
  /** A person, place or organisation name was added, removed or replaced. */
  NAME
}
