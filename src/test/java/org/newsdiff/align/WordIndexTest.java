package org.newsdiff.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class WordIndexTest {
  static LongStream seeds() {
    return LongStream.range(1, 11);
  }

  /**
   * A lookup finds exactly the indexed sentences that hold one of the probed words (the rarest
   * content words of the bag, in at most {@value WordIndex#MAX_POSTINGS} sentences), each with how
   * many of those it holds (and no other sentence any hits): worked out here word by word, on sides
   * long enough to be indexed in several parts on several cores.
   */
  @ParameterizedTest
  @MethodSource("seeds")
  void findsTheSentencesHoldingTheRarestWords(long seed) {
    Random r = new Random(seed);
    int sentences = seed % 2 == 0 ? 12_000 + r.nextInt(4_000) : 1 + r.nextInt(500);
    long[] vocabulary = new long[50 + r.nextInt(5_000)];
    for (int w = 0; w < vocabulary.length; w++) {
      vocabulary[w] = Hash64.mix(r.nextLong());
    }
    long[][] side = new long[sentences][];
    for (int k = 0; k < sentences; k++) {
      side[k] = new long[r.nextInt(25)];
      for (int w = 0; w < side[k].length; w++) {
        // Skewed, so that some words are rare and some too common to probe.
        side[k][w] = vocabulary[(int) (vocabulary.length * Math.pow(r.nextDouble(), 3))];
      }
      Arrays.sort(side[k]);
    }
    Profiles profiles = new Profiles(side);
    Profiles.Bag[] bags = profiles.bags(side);
    boolean[] included = new boolean[sentences];
    for (int k = 0; k < sentences; k++) {
      included[k] = r.nextInt(4) != 0;
    }
    WordIndex index = new WordIndex(profiles, bags, k -> included[k]);

    // How many included sentences hold each word.
    int[] df = new int[profiles.size()];
    for (int k = 0; k < sentences; k++) {
      if (included[k]) {
        Arrays.stream(bags[k].ids()).distinct().forEach(w -> df[w]++);
      }
    }
    index.withLookup(
        lookup -> {
          for (int round = 0; round < 200; round++) {
            Profiles.Bag bag = bags[r.nextInt(sentences)];
            int[] probed =
                Arrays.stream(bag.ids())
                    .distinct()
                    .filter(w -> !profiles.isFunction(w))
                    .boxed()
                    .sorted((x, y) -> df[x] != df[y] ? Integer.compare(df[x], df[y]) : x - y)
                    .limit(WordIndex.PROBE_WORDS)
                    .mapToInt(Integer::intValue)
                    .filter(w -> df[w] > 0 && df[w] <= WordIndex.MAX_POSTINGS)
                    .toArray();
            Map<Integer, Integer> expected = new HashMap<>();
            for (int k = 0; k < sentences; k++) {
              int[] ids = bags[k].ids();
              long hits =
                  Arrays.stream(probed).filter(w -> Arrays.binarySearch(ids, w) >= 0).count();
              if (included[k] && hits > 0) {
                expected.put(k, (int) hits);
              }
            }
            int n = lookup.find(bag);
            Map<Integer, Integer> found = new HashMap<>();
            IntStream.range(0, n)
                .forEach(
                    i -> found.put(lookup.sentences[i], (int) lookup.hits[lookup.sentences[i]]));
            assertThat(found).isEqualTo(expected);
            for (int k = 0; k < sentences; k++) {
              if (!expected.containsKey(k)) {
                assertThat(lookup.hits[k]).isZero();
              }
            }
          }
        });
  }
}
