package org.newsdiff.report;

import java.io.IOException;
import org.newsdiff.model.DiffResult;

/** Writes a result in one output format. */
public interface Renderer {
  /** Writes {@code result} to {@code out}. */
  void render(DiffResult result, Appendable out) throws IOException;
}
