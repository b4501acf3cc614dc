package org.newsdiff.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rescues of unpaired sentences that compete for the same parts: each sentence, in order, takes its
 * best parts still free, whatever the sentences after it would have made of them.
 */
class GroupsTest {
  /**
   * Words as hashes that rank as listed: "p" before "d", so ids and ties among equally rare words
   * are known. Each sentence is a string of one-letter words.
   */
  private static final String ORDER = "pqrstwdefghxabcz";

  private static long[] words(String sentence) {
    long[] out = sentence.chars().mapToLong(c -> 1 + ORDER.indexOf(c)).toArray();
    Arrays.sort(out);
    return out;
  }

  private static List<Groups.Group> groups(String[] olds, String[] news) {
    long[][] o = Arrays.stream(olds).map(GroupsTest::words).toArray(long[][]::new);
    long[][] n = Arrays.stream(news).map(GroupsTest::words).toArray(long[][]::new);
    Profiles profiles = new Profiles(o, n);
    int[] newOfOld = new int[olds.length];
    Arrays.fill(newOfOld, -1);
    return new Groups(
            profiles,
            profiles.bags(o),
            profiles.bags(n),
            newOfOld,
            new double[olds.length],
            SentenceAligner.DEFAULT_THRESHOLD)
        .find(new boolean[olds.length]);
  }

  @Test
  void theFirstSentenceTakesThePartsEvenWhenALaterOneFitsThemBetter() {
    // old 0 ≈ new 0 + new 1 (0.92); old 1 = new 1 + new 2 exactly, but new 1 is taken by then.
    List<Groups.Group> found =
        groups(new String[] {"abcdefz", "defghx"}, new String[] {"abc", "def", "ghx"});
    assertThat(found).hasSize(1);
    assertThat(found.get(0).olds).containsExactly(0);
    assertThat(found.get(0).news).containsExactly(0, 1);
  }

  @Test
  void aSentenceWhoseBestPartsAreTakenFallsBackToItsNextBest() {
    // old 1: new 1 + new 2 (0.71) taken by old 0, so new 3 + new 4 (0.59).
    List<Groups.Group> found =
        groups(
            new String[] {"defghx", "defghxpqrst"},
            new String[] {"abc", "def", "ghx", "pqr", "stw"});
    assertThat(found).hasSize(2);
    assertThat(found.get(0).olds).containsExactly(0);
    assertThat(found.get(0).news).containsExactly(1, 2);
    assertThat(found.get(1).olds).containsExactly(1);
    assertThat(found.get(1).news).containsExactly(3, 4);
    assertThat(found.get(1).similarity)
        .isCloseTo(10.0 / 17, org.assertj.core.data.Offset.offset(1e-9));
  }
}
