package org.newsdiff.align;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Collectors;
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

  /** The work on part {@code part} of a range, indexes {@code [from, to)}. */
  interface Part {
    void run(int part, int from, int to);
  }

  /** The work on one chunk, indexes {@code [from, to)}, adding what it finds to {@code out}. */
  interface Finder<T> {
    void run(int from, int to, List<T> out);
  }

  /** Runs {@code work} on every chunk of {@code [0, n)}, in parallel, in no particular order. */
  static void run(int n, Range work) {
    IntStream.range(0, (n + SIZE - 1) / SIZE)
        .parallel()
        .forEach(c -> work.run(c * SIZE, Math.min(n, (c + 1) * SIZE)));
  }

  /**
   * Runs {@code work} on every chunk of {@code [0, n)}, in parallel; what it finds comes back in
   * the order of the chunks, as one run in order would find it.
   */
  static <T> List<T> collect(int n, Finder<T> work) {
    return IntStream.range(0, (n + SIZE - 1) / SIZE)
        .parallel()
        .mapToObj(
            c -> {
              List<T> out = new ArrayList<>();
              work.run(c * SIZE, Math.min(n, (c + 1) * SIZE), out);
              return out;
            })
        .flatMap(List::stream)
        .collect(Collectors.toCollection(ArrayList::new));
  }

  /**
   * How many parts {@link #runParts} should cut {@code [0, n)} into: one per thread that can run at
   * once, but none shorter than a chunk. For work that keeps state per part, sized by something
   * other than n (a counter per word), where a chunk each would cost too much.
   */
  static int parts(int n) {
    return Math.max(1, Math.min(ForkJoinPool.getCommonPoolParallelism() + 1, n / SIZE));
  }

  /**
   * Runs {@code work} on {@code parts} contiguous parts of {@code [0, n)}, in parallel; part p is
   * {@code [p * n / parts, (p + 1) * n / parts)}.
   */
  static void runParts(int n, int parts, Part work) {
    IntStream.range(0, parts)
        .parallel()
        .forEach(
            p -> work.run(p, (int) ((long) p * n / parts), (int) ((long) (p + 1) * n / parts)));
  }
}
