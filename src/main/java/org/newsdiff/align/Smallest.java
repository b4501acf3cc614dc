package org.newsdiff.align;

/**
 * Partial selection: the few smallest of many numbers, without sorting them all.
 *
 * <p>Candidate lists rank a hundred index hits or more to keep ten; a full sort of every list was a
 * tenth of the pairing time on long articles. Here each value is compared with the largest kept so
 * far and, only when smaller, inserted into the short sorted front: {@code [9, 4, 7, 1], k = 2 →
 * [1, 4, …]}.
 */
final class Smallest {
  private Smallest() {}

  /**
   * Moves the {@code k} smallest of {@code a[0..n)} to its front in ascending order, and returns
   * how many there are ({@code min(k, n)}); the rest of the range is left in no particular order.
   */
  static int select(long[] a, int n, int k) {
    if (k <= 0) {
      return 0;
    }
    int kept = 0;
    for (int i = 0; i < n; i++) {
      long x = a[i];
      if (kept == k && x >= a[kept - 1]) {
        continue;
      }
      // Insert x into the sorted front; the value it pushes out (if the front is full) goes to i.
      int p = kept < k ? kept++ : kept - 1;
      long out = a[p];
      while (p > 0 && a[p - 1] > x) {
        a[p] = a[p - 1];
        p--;
      }
      a[p] = x;
      if (i >= kept) {
        a[i] = out;
      }
    }
    return kept;
  }
}
