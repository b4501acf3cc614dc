package org.newsdiff.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ProfilesTest {
  static LongStream seeds() {
    return LongStream.range(1, 21);
  }

  /** Sentences of 0 to 40 words, ascending, from a vocabulary of {@code words} hashes. */
  private static long[][] side(Random r, int sentences, int words) {
    long[][] out = new long[sentences][];
    for (int k = 0; k < sentences; k++) {
      out[k] = r.nextInt(8) == 0 ? null : new long[r.nextInt(41)];
      for (int w = 0; out[k] != null && w < out[k].length; w++) {
        out[k][w] = Hash64.mix(r.nextInt(words));
      }
      if (out[k] != null) {
        Arrays.sort(out[k]);
      }
    }
    return out;
  }

  /**
   * A word's id is the rank of its hash among all the words of both sides: worked out here by
   * sorting every hash, and the same whichever side comes first.
   */
  @ParameterizedTest
  @MethodSource("seeds")
  void idsAreTheRanksOfTheHashes(long seed) {
    Random r = new Random(seed);
    int words = 1 + r.nextInt(seed % 2 == 0 ? 20 : 20_000);
    // Now and then a side long enough to be read in several parts on several cores.
    long[][] a = side(r, seed % 5 == 0 ? 10_000 + r.nextInt(5_000) : r.nextInt(300), words);
    long[][] b = side(r, r.nextInt(300), words);
    long[] all =
        LongStream.concat(
                Arrays.stream(a).filter(s -> s != null).flatMapToLong(Arrays::stream),
                Arrays.stream(b).filter(s -> s != null).flatMapToLong(Arrays::stream))
            .sorted()
            .distinct()
            .toArray();
    Profiles ab = new Profiles(a, b);
    Profiles ba = new Profiles(b, a);
    assertThat(ab.size()).isEqualTo(all.length);
    for (long[][] side : new long[][][] {a, b}) {
      Profiles.Bag[] x = ab.bags(side);
      Profiles.Bag[] y = ba.bags(side);
      for (int k = 0; k < side.length; k++) {
        int[] expected =
            side[k] == null
                ? new int[0]
                : Arrays.stream(side[k]).mapToInt(h -> Arrays.binarySearch(all, h)).toArray();
        assertThat(x[k].ids()).isEqualTo(expected);
        assertThat(y[k].ids()).isEqualTo(expected);
      }
    }
  }
}
