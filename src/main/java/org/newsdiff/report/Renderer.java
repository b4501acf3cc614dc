package org.newsdiff.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.newsdiff.model.DiffResult;

/** Writes a result in one output format. */
public interface Renderer {
  /** Writes {@code result} to {@code out}. */
  void render(DiffResult result, Appendable out) throws IOException;

  /** Writes {@code result} to {@code out} as UTF-8. */
  default void renderUtf8(DiffResult result, OutputStream out) throws IOException {
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    render(result, w);
    w.flush();
  }
}
