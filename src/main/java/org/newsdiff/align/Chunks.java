package org.newsdiff.align;

import java.util.stream.IntStream;

/** Runs work over the indexes 0 to n in chunks of a few thousand, the chunks on all cores. */
final class Chunks {
  /** Indexes one parallel task takes: enough to outweigh the task, few enough to share out. */
  static final int SIZE = 4096;

  private Chunks() {}

  /** The work on one chunk, indexes {@code [from, to)}. */
  interface Range {
    void run(int from, int to);
  }

  /** Runs {@code work} on every chunk of {@code [0, n)}, in parallel, in no particular order. */
  static void run(int n, Range work) {
    IntStream.range(0, (n + SIZE - 1) / SIZE)
        .parallel()
        .forEach(c -> work.run(c * SIZE, Math.min(n, (c + 1) * SIZE)));
  }
}
