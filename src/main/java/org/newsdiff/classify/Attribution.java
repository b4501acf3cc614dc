package org.newsdiff.classify;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether two versions of a sentence differ only in where its attribution stands.
 *
 * <p>House style moves "who said it" about: to the end, or the speaker before the verb. The words
 * stay the same; one short run of them, the speaker or the speaker with the verb, changed place:
 *
 * <pre>
 * "We will build it," said Okafor.    →  "We will build it," Okafor said.
 * Okafor said the plan would work.    →  The plan would work, Okafor said.
 * </pre>
 *
 * "Smith said Jones lied" → "Jones said Smith lied" is not one such run moved, and stays
 * substantive; nor is an attribution moved from the middle of a sentence to its end, where it may
 * cover more than it did.
 */
final class Attribution {
  /** Verbs of saying: a speaker stands next to one. */
  private static final Set<String> SPEECH_VERBS =
      Set.of(
          "said",
          "says",
          "say",
          "told",
          "tells",
          "added",
          "adds",
          "asked",
          "asks",
          "noted",
          "notes",
          "wrote",
          "writes",
          "explained",
          "stated",
          "recalled",
          "insisted",
          "warned",
          "replied");

  /** Days that often follow the verb besides weekdays: "Okafor said Tuesday", "said today". */
  private static final Set<String> RELATIVE_DAYS = Set.of("today", "yesterday", "tonight");

  /** The longest run taken as a speaker with the verb: "council president dana okafor said". */
  private static final int LONGEST_RUN = 6;

  private Attribution() {}

  /**
   * Whether {@code newWords} is {@code oldWords} with one attribution run of at most {@link
   * #LONGEST_RUN} words (a speaker with or next to a verb of saying, on both sides) moved
   * elsewhere. Both are a sentence's words with cosmetic differences set aside.
   */
  static boolean onlyMoved(List<String> oldWords, List<String> newWords) {
    int n = oldWords.size();
    if (n != newWords.size() || oldWords.equals(newWords) || !sameCounts(oldWords, newWords)) {
      return false;
    }
    for (int v = 0; v < n; v++) {
      if (!SPEECH_VERBS.contains(oldWords.get(v))) {
        continue;
      }
      for (int from = Math.max(0, v - LONGEST_RUN); from <= v + 2 && from < n; from++) {
        for (int len = 1; len <= LONGEST_RUN && from + len <= n; len++) {
          if (isAttributionRun(oldWords, from, len) && movedRun(oldWords, newWords, from, len)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Whether taking {@code oldWords[from, from + len)} out of the old words and one run of the same
   * words out of the new ones leaves the same words, the new run an attribution run too.
   */
  private static boolean movedRun(List<String> oldWords, List<String> newWords, int from, int len) {
    List<String> run = oldWords.subList(from, from + len);
    for (int at = 0; at + len <= newWords.size(); at++) {
      if (at != from
          && isStyleMove(from, at, len, oldWords.size())
          && newWords.subList(at, at + len).equals(run)
          && isAttributionRun(newWords, at, len)
          && sameWithout(oldWords, from, newWords, at, len)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a run moving from {@code from} to {@code at} only restyles the attribution: past its
   * verb ("Okafor said" → "said Okafor"), or from the start of the sentence to its end or back. A
   * run moved from the middle to the end may now cover a clause it did not: "Crime fell, police
   * said, but residents are afraid" → "Crime fell, but residents are afraid, police said".
   */
  private static boolean isStyleMove(int from, int at, int len, int n) {
    return Math.abs(at - from) <= 2 || (from == 0 && at + len == n) || (at == 0 && from + len == n);
  }

  /**
   * Whether the run at {@code at} is a speaker with the verb (it starts or ends with a verb of
   * saying, or ends with one and a day: "Okafor said Tuesday"), or a speaker alone (next to a verb,
   * or after a verb and a day).
   */
  private static boolean isAttributionRun(List<String> words, int at, int len) {
    int last = at + len - 1;
    return isVerb(words, at)
        || isVerb(words, last)
        || (len > 1 && isVerb(words, last - 1) && isDay(words, last))
        || isVerb(words, at - 1)
        || (isDay(words, at - 1) && isVerb(words, at - 2))
        || isVerb(words, last + 1);
  }

  private static boolean isVerb(List<String> words, int i) {
    return i >= 0 && i < words.size() && SPEECH_VERBS.contains(words.get(i));
  }

  private static boolean isDay(List<String> words, int i) {
    if (i < 0 || i >= words.size()) {
      return false;
    }
    String w = words.get(i);
    return Figures.isDayOrMonth(w) || RELATIVE_DAYS.contains(w);
  }

  /** Whether {@code a} and {@code b}, each without its run of {@code len}, are the same words. */
  private static boolean sameWithout(
      List<String> a, int aFrom, List<String> b, int bFrom, int len) {
    int i = 0;
    int j = 0;
    while (i < a.size() && j < b.size()) {
      if (i == aFrom) {
        i += len;
        continue;
      }
      if (j == bFrom) {
        j += len;
        continue;
      }
      if (!a.get(i).equals(b.get(j))) {
        return false;
      }
      i++;
      j++;
    }
    return true; // as long as each other, each less a run of len: what is left is that run
  }

  private static boolean sameCounts(List<String> a, List<String> b) {
    Map<String, Integer> counts = new HashMap<>();
    for (String w : a) {
      counts.merge(w, 1, Integer::sum);
    }
    for (String w : b) {
      if (counts.merge(w, -1, Integer::sum) < 0) {
        return false;
      }
    }
    return true;
  }
}
