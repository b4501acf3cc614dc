package org.newsdiff.align;

import java.util.Arrays;
import java.util.function.IntUnaryOperator;

/**
 * Items 0 to n-1 grouped by a small number, each group in item order, in two arrays: the items of
 * group g are {@code items[at[g]]} to {@code items[at[g + 1] - 1]}. A counting sort: one pass to
 * count, one to place.
 *
 * <pre>
 * groups of items 0..4: [1, 0, 1, -1, 0]  →  at = [0, 2, 4], items = [1, 4, 0, 2]  (item 3 left out)
 * </pre>
 */
final class Buckets {
  final int[] at;
  final int[] items;

  /** Groups {@code n} items into {@code groups} by {@code groupOf}, which gives -1 to leave out. */
  Buckets(int n, int groups, IntUnaryOperator groupOf) {
    int[] group = new int[n];
    at = new int[groups + 1];
    for (int k = 0; k < n; k++) {
      group[k] = groupOf.applyAsInt(k);
      if (group[k] >= 0) {
        at[group[k] + 1]++;
      }
    }
    for (int g = 0; g < groups; g++) {
      at[g + 1] += at[g];
    }
    items = new int[at[groups]];
    int[] fill = Arrays.copyOf(at, groups);
    for (int k = 0; k < n; k++) {
      if (group[k] >= 0) {
        items[fill[group[k]]++] = k;
      }
    }
  }

  /** Whether group {@code g} has no item. */
  boolean isEmpty(int g) {
    return at[g] == at[g + 1];
  }
}
