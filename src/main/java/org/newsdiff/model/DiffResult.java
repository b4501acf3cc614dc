package org.newsdiff.model;

import java.util.List;

/**
 * The whole comparison of two versions: what every renderer reads, and nothing else.
 *
 * <p>Every sentence of both inputs is in exactly one change. Changes come in reading order: the
 * order of the new version, with removed sentences where they stood in the old one.
 *
 * @param oldSide the old version
 * @param newSide the new version
 * @param summary counts over the changes
 * @param changes every change, in reading order
 */
public record DiffResult(Side oldSide, Side newSide, Summary summary, List<Change> changes) {

  /** Copies the list. */
  public DiffResult {
    changes = List.copyOf(changes);
  }

  /** Whether anything differs between the versions. */
  public boolean differs() {
    return summary.differs();
  }
}
