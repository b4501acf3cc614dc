package org.newsdiff.report;

/** ANSI colours of the text output, or none; one place so every part of the output agrees. */
enum Style {
  SUMMARY("1"),
  HEADER("36"),
  REMOVED("31"),
  ADDED("32"),
  EDITED("33"),
  MOVED("35"),
  DELETE("31;9"),
  INSERT("32"),
  NOTE("2"),
  LABEL("1");

  private final String code;

  Style(String code) {
    this.code = code;
  }

  /** {@code text} in this style, when {@code color} is on. */
  String apply(String text, boolean color) {
    return color && !text.isEmpty() ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
  }
}
