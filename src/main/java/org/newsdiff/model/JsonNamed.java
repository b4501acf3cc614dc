package org.newsdiff.model;

/** An enum whose values are written in JSON and on the command line in lower case. */
public interface JsonNamed {
  /** The enum constant's name. */
  String name();

  /** The name used in JSON and on the command line: the constant's name in lower case. */
  default String jsonName() {
    return JsonNames.of(this);
  }
}
