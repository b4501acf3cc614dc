package org.newsdiff.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * Renders the pieces of a long output on all cores and writes them in order, in bounded memory.
 *
 * <p>A round renders a few pieces side by side while one more task writes the pieces of the round
 * before, so that no core waits while the output is written:
 *
 * <pre>
 * round 1: render 0-7
 * round 2: render 8-15, write 0-7
 * round 3:              write 8-15
 * </pre>
 */
final class Rounds {
  /** Pieces rendered side by side in a round. */
  private static final int AHEAD = 8;

  private Rounds() {}

  /** Takes one rendered piece. */
  interface Sink<T> {
    void write(T piece) throws IOException;
  }

  /**
   * Renders pieces {@code 0} to {@code count - 1} with {@code render} and hands them to {@code
   * sink} in order; the sink's error ends the run.
   */
  static <T> void run(int count, IntFunction<T> render, Sink<T> sink) throws IOException {
    List<T> rendered = List.of();
    for (int from = 0; from < count || !rendered.isEmpty(); from += AHEAD) {
      List<T> done = rendered;
      int first = from;
      try {
        List<T> round =
            IntStream.range(-1, Math.max(0, Math.min(AHEAD, count - from)))
                .parallel()
                .mapToObj(p -> p < 0 ? writeAll(done, sink) : render.apply(first + p))
                .toList();
        rendered = round.subList(1, round.size());
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }
  }

  /** Writes {@code pieces}; null, as a round's placeholder. */
  private static <T> T writeAll(List<T> pieces, Sink<T> sink) {
    try {
      for (T piece : pieces) {
        sink.write(piece);
      }
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
