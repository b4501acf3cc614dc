package org.newsdiff.align;

import java.util.Arrays;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import java.util.function.IntPredicate;

/**
 * An inverted index from content words to the sentences that hold them, for finding candidate pairs
 * without comparing every sentence with every other.
 *
 * <p>A lookup probes only the rarest content words of a sentence, and skips words found in more
 * than {@value #MAX_POSTINGS} sentences: they find too much to tell anything. Its cost is bounded
 * by the number of probes times that cap, whatever the length of the documents.
 */
final class WordIndex {
  /** Rarest content words of a sentence that a lookup probes. */
  static final int PROBE_WORDS = 6;

  /** Words in more sentences than this are not probed. */
  static final int MAX_POSTINGS = 64;

  private final Profiles profiles;
  private final int[][] postings;

  /** By word id, how many indexed sentences hold it: the length of its postings, read often. */
  private final int[] df;

  private final int size;

  /**
   * Indexes the sentences of {@code sentences} that {@code include} accepts, on all cores: each
   * part of the sentences counts its words, the counts give each part where its sentences go in
   * every posting list, and the parts fill them in; each list ascending, as one pass in order would
   * fill it.
   */
  WordIndex(Profiles profiles, Profiles.Bag[] sentences, IntPredicate include) {
    this.profiles = profiles;
    int n = sentences.length;
    int words = profiles.size();
    int parts = Chunks.parts(n);
    int[][] at = new int[parts][words]; // by part and word: how many, then where its own go
    Chunks.runParts(
        n, parts, (p, from, to) -> forEachWord(sentences, include, from, to, (k, w) -> at[p][w]++));
    postings = new int[words][];
    df = new int[words];
    for (int w = 0; w < words; w++) {
      int total = 0;
      for (int p = 0; p < parts; p++) {
        int count = at[p][w];
        at[p][w] = total;
        total += count;
      }
      if (total > 0) {
        postings[w] = new int[total];
      }
      df[w] = total;
    }
    Chunks.runParts(
        n,
        parts,
        (p, from, to) ->
            forEachWord(sentences, include, from, to, (k, w) -> postings[w][at[p][w]++] = k));
    size = n;
  }

  /**
   * Lookups not in use. A lookup's three arrays have a slot per indexed sentence, too many to
   * allocate and clear for every few thousand sentences looked up: as many are made as tasks run at
   * once, and they go with the index.
   */
  private final ConcurrentLinkedQueue<Lookup> idle = new ConcurrentLinkedQueue<>();

  /** Runs {@code work} with a lookup that no other task is using meanwhile. */
  void withLookup(Consumer<Lookup> work) {
    Lookup lookup = idle.poll();
    if (lookup == null) {
      lookup = new Lookup();
    }
    work.accept(lookup);
    idle.add(lookup);
  }

  /**
   * Scratch space for lookups: one per task running at once, as their lookups overlap. Kept small,
   * as a lookup reads it at random: a byte per indexed sentence, and room for what one lookup can
   * find.
   */
  final class Lookup {
    private final int[] touched = new int[PROBE_WORDS * MAX_POSTINGS];
    private int found;
    private long[] byRarity = new long[64];

    /** Sentences found by the last {@link #find}, in no particular order. */
    final int[] sentences = touched;

    /**
     * How many probed words each of those shares, by sentence (at most {@value #PROBE_WORDS}); 0
     * for every other sentence.
     */
    final byte[] hits = new byte[size];

    private long[] ranking = new long[64];

    /** Scratch space for ranking the sentences found: at least {@code n} longs, reused. */
    long[] ranking(int n) {
      if (ranking.length < n) {
        ranking = new long[Math.max(n, 2 * ranking.length)];
      }
      return ranking;
    }

    /**
     * Finds the indexed sentences that share probed words with {@code bag}: the first {@code n}
     * (returned) of {@link #sentences}, each with its {@link #hits}. Valid until the next call.
     */
    int find(Profiles.Bag bag) {
      for (int k = 0; k < found; k++) {
        hits[touched[k]] = 0;
      }
      // Distinct content words, rarest first: postings length and id packed into longs.
      int[] ids = bag.ids();
      if (byRarity.length < ids.length) {
        byRarity = new long[ids.length];
      }
      int m = 0;
      for (int k = 0; k < ids.length; k++) {
        int w = ids[k];
        if ((k == 0 || ids[k - 1] != w) && !profiles.isFunction(w)) {
          byRarity[m++] = ((long) df[w] << 32) | w;
        }
      }
      Arrays.sort(byRarity, 0, m);
      int n = 0;
      for (int k = 0; k < Math.min(PROBE_WORDS, m); k++) {
        int w = (int) byRarity[k];
        if (df[w] == 0 || df[w] > MAX_POSTINGS) {
          continue;
        }
        for (int s : postings[w]) {
          if (hits[s]++ == 0) {
            touched[n++] = s;
          }
        }
      }
      found = n;
      return n;
    }
  }

  /** Receives a sentence and one of its words. */
  private interface WordOf {
    void accept(int sentence, int word);
  }

  /**
   * Hands each distinct content word of each sentence of {@code [from, to)} that {@code include}
   * accepts to {@code action}, in order.
   */
  private void forEachWord(
      Profiles.Bag[] sentences, IntPredicate include, int from, int to, WordOf action) {
    for (int k = from; k < to; k++) {
      if (!include.test(k)) {
        continue;
      }
      int prev = -1;
      for (int w : sentences[k].ids()) {
        if (w != prev && !profiles.isFunction(w)) {
          action.accept(k, w);
        }
        prev = w;
      }
    }
  }
}
