package org.newsdiff.text;

/** An input that cannot be read as text; the message is one line, fit for the user. */
public final class InputException extends Exception {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with the one-line message shown to the user. */
  public InputException(String message) {
    super(message);
  }
}
