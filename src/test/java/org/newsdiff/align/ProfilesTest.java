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

  /**
   * Similarity against a plain count: for each id in ascending order, the lesser of its two counts
   * times its weight, summed in that order (so the doubles agree to the last bit); 0 when only
   * function words are shared and either side has a content word.
   */
  @ParameterizedTest
  @MethodSource("seeds")
  void similarityIsTheWeightedDiceOfTheMultisets(long seed) {
    Random r = new Random(seed);
    // A small vocabulary, half of it function words, so that bags share words, repeats included.
    long[] vocabulary = new long[2 + r.nextInt(30)];
    String[] function =
        org.newsdiff.text.Lexicon.functionWords().stream().sorted().toArray(String[]::new);
    for (int w = 0; w < vocabulary.length; w++) {
      vocabulary[w] = w % 2 == 0 ? Hash64.of(function[w % function.length]) : Hash64.mix(w);
    }
    long[][] side = new long[200][];
    for (int k = 0; k < side.length; k++) {
      side[k] = new long[r.nextInt(12)];
      for (int w = 0; w < side[k].length; w++) {
        side[k][w] = vocabulary[r.nextInt(vocabulary.length)];
      }
      Arrays.sort(side[k]);
    }
    Profiles profiles = new Profiles(side);
    Profiles.Bag[] bags = profiles.bags(side);
    for (int t = 0; t < 2_000; t++) {
      Profiles.Bag a = bags[r.nextInt(bags.length)];
      Profiles.Bag b = bags[r.nextInt(bags.length)];
      int[] countA = new int[profiles.size()];
      int[] countB = new int[profiles.size()];
      Arrays.stream(a.ids()).forEach(id -> countA[id]++);
      Arrays.stream(b.ids()).forEach(id -> countB[id]++);
      double shared = 0;
      boolean content = false;
      for (int id = 0; id < profiles.size(); id++) {
        for (int c = 0; c < Math.min(countA[id], countB[id]); c++) {
          shared += profiles.weight(id);
          content |= !profiles.isFunction(id);
        }
      }
      double total = a.weight() + b.weight();
      double expected =
          !content && (a.content() || b.content()) ? 0 : total == 0 ? 0 : 2 * shared / total;
      assertThat(profiles.similarity(a, b)).isEqualTo(expected);
      assertThat(profiles.similarity(b, a)).isEqualTo(expected);
      assertThat(profiles.shared(a, b)).isEqualTo(shared);
    }
  }
}
