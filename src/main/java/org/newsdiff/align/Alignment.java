package org.newsdiff.align;

import java.util.List;
import org.newsdiff.text.Document;

/**
 * Which sentences of the old version became which of the new one. A sentence in no link was removed
 * (old) or added (new).
 *
 * @param oldDoc the old version
 * @param newDoc the new version
 * @param links the pairs, ordered by their first new sentence
 */
public record Alignment(Document oldDoc, Document newDoc, List<Link> links) {

  /** Copies the list. */
  public Alignment {
    links = List.copyOf(links);
  }
}
