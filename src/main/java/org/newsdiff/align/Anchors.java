package org.newsdiff.align;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The sentences that pair with themselves before any scoring: each unique in both versions, with
 * the same words, and in the same order as the other anchors.
 *
 * <p>Found in two rounds, so that most sentences of a long article are never tokenized:
 *
 * <ol>
 *   <li>By text: a sentence whose text (spaces aside) occurs once in each version.
 *   <li>By words: among the sentences left, one whose token keys occur once in each version (the
 *       same words, written with other spaces or Unicode forms). These sentences are tokenized, and
 *       so are all that pairing goes on to look into.
 * </ol>
 *
 * Of the two together, the longest run in the same order in both versions are the anchors; a
 * sentence unique in both that moved is left to pairing, which finds it and calls it moved.
 *
 * <pre>
 * old: A. B. C. D.       new: A. C. B. D.
 * by text: A, B, C, D;  in order: A, C, D (or A, B, D);  B is left to pairing
 * </pre>
 */
final class Anchors {
  private final List<int[]> pairs;
  private final boolean[] oldAnchored;

  private Anchors(List<int[]> pairs, int oldCount) {
    this.pairs = pairs;
    this.oldAnchored = new boolean[oldCount];
    pairs.forEach(p -> oldAnchored[p[0]] = true);
  }

  /** The anchor pairs {old, new}, ascending on both sides. */
  List<int[]> pairs() {
    return pairs;
  }

  /** Whether old sentence {@code i} is an anchor. */
  boolean isAnchor(int i) {
    return oldAnchored[i];
  }

  /**
   * Finds the anchors of two versions; reads the keys and words of every sentence that is not one
   * (see {@link Features#read}).
   */
  static Anchors find(Features olds, Features news) {
    int oldCount = olds.text.length;
    int newCount = news.text.length;
    List<int[]> byText = unique(olds.text, news.text, null, null);
    byText = SentenceAligner.increasingByNew(byText);
    boolean[] oldSkip = new boolean[oldCount];
    boolean[] newSkip = new boolean[newCount];
    for (int[] p : byText) {
      oldSkip[p[0]] = true;
      newSkip[p[1]] = true;
    }
    olds.read(oldSkip);
    news.read(newSkip);
    List<int[]> byWords = unique(olds.keys, news.keys, oldSkip, newSkip);

    List<int[]> both = new ArrayList<>(byText.size() + byWords.size());
    int t = 0;
    int w = 0;
    while (t < byText.size() || w < byWords.size()) {
      boolean text =
          w >= byWords.size() || (t < byText.size() && byText.get(t)[0] < byWords.get(w)[0]);
      both.add(text ? byText.get(t++) : byWords.get(w++));
    }
    List<int[]> anchors = SentenceAligner.increasingByNew(both);

    // A sentence anchored by its text but out of order with the rest is paired like any other.
    boolean[] kept = new boolean[oldCount];
    anchors.forEach(p -> kept[p[0]] = true);
    for (int[] p : byText) {
      if (!kept[p[0]]) {
        olds.read(p[0]);
        news.read(p[1]);
      }
    }
    return new Anchors(anchors, oldCount);
  }

  /**
   * The pairs {old, new}, ascending by old, of hashes that occur exactly once on each side, among
   * the sentences not skipped (null: none skipped). Each side's hashes are counted on a core of its
   * own; the old side's unique ones are then looked up in the new side's, a chunk at a time on all
   * cores.
   */
  private static List<int[]> unique(
      long[] olds, long[] news, boolean[] oldSkip, boolean[] newSkip) {
    Counted[] sides = new Counted[2];
    IntStream.range(0, 2)
        .parallel()
        .forEach(
            side ->
                sides[side] = side == 0 ? new Counted(olds, oldSkip) : new Counted(news, newSkip));
    Counted old = sides[0];
    Counted nu = sides[1];
    return Chunks.collect(
        olds.length,
        (from, to, out) -> {
          for (int i = from; i < to; i++) {
            if (old.once(i)) {
              int j = nu.onlyAt(olds[i]);
              if (j >= 0) {
                out.add(new int[] {i, j});
              }
            }
          }
        });
  }

  /** One side's hashes, numbered, with how often each occurs and where it last does. */
  private static final class Counted {
    private final LongIntMap slots;
    private final int[] slotOf;
    private final int[] seen;
    private final int[] lastAt;

    Counted(long[] hashes, boolean[] skip) {
      slots = new LongIntMap(hashes.length);
      slotOf = new int[hashes.length];
      for (int i = 0; i < hashes.length; i++) {
        slotOf[i] = skip != null && skip[i] ? -1 : slots.add(hashes[i]);
      }
      seen = new int[slots.size()];
      lastAt = new int[slots.size()];
      for (int i = 0; i < hashes.length; i++) {
        if (slotOf[i] >= 0) {
          seen[slotOf[i]]++;
          lastAt[slotOf[i]] = i;
        }
      }
    }

    /** Whether sentence {@code i} is counted and its hash occurs once. */
    boolean once(int i) {
      return slotOf[i] >= 0 && seen[slotOf[i]] == 1;
    }

    /** The one sentence with {@code hash}, or -1 if none or several have it. */
    int onlyAt(long hash) {
      int slot = slots.get(hash);
      return slot >= 0 && seen[slot] == 1 ? lastAt[slot] : -1;
    }
  }
}
