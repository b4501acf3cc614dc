package org.newsdiff.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SmallestTest {
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
  void keepsTheSmallestInOrderAndLosesNothing(long seed) {
    Random r = new Random(seed);
    for (int round = 0; round < 200; round++) {
      int n = r.nextInt(60);
      int k = r.nextInt(12);
      long[] a = new long[n + 3];
      for (int i = 0; i < a.length; i++) {
        a[i] = r.nextInt(4) == 0 ? r.nextInt(5) : r.nextLong(); // some repeats
      }
      long[] sorted = Arrays.copyOf(a, n);
      Arrays.sort(sorted);
      long[] tail = Arrays.copyOfRange(a, n, a.length);

      int kept = Smallest.select(a, n, k);

      assertThat(kept).isEqualTo(Math.min(k, n));
      assertThat(Arrays.copyOf(a, kept)).containsExactly(Arrays.copyOf(sorted, kept));
      long[] all = Arrays.copyOf(a, n);
      Arrays.sort(all);
      assertThat(all).as("a permutation of the range").containsExactly(sorted);
      assertThat(Arrays.copyOfRange(a, n, a.length)).as("past n untouched").containsExactly(tail);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 10})
  void worksOnAnEmptyRange(int k) {
    assertThat(Smallest.select(new long[0], 0, k)).isZero();
  }
}
