package org.newsdiff.model;

import java.util.List;

/**
 * One of the two inputs, as the result describes it.
 *
 * @param name the path as given, or "-" for standard input
 * @param sentences how many sentences its story has
 * @param paragraphs how many paragraphs its story has
 * @param lines how many lines it has
 * @param chrome its lines outside the story (page chrome), in order; empty with --whole-text
 */
public record Side(String name, int sentences, int paragraphs, int lines, List<ChromeLine> chrome) {

  /** Copies the list. */
  public Side {
    chrome = List.copyOf(chrome);
  }
}
