package org.newsdiff.align;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.newsdiff.text.Lexicon;
import org.newsdiff.text.Token;

/**
 * The words of every sentence of both versions as sorted arrays of word ids, for fast similarity.
 *
 * <p>Words are {@link MatchKey}s; each id is weighted 1 for a content word or a number and {@value
 * #FUNCTION_WEIGHT} for a function word ("the", "of", "said").
 */
final class Profiles {
  static final double FUNCTION_WEIGHT = 0.2;

  /** Match key to provisional id, handed out as threads meet the words. */
  private final ConcurrentHashMap<String, Integer> provisional = new ConcurrentHashMap<>();

  /** Token key to provisional id: a cache, so each distinct token becomes a match key once. */
  private final ConcurrentHashMap<String, Integer> byTokenKey = new ConcurrentHashMap<>();

  private final AtomicInteger next = new AtomicInteger();
  private final BitSet function = new BitSet();
  private int[] finalOf;

  /**
   * A sentence's words: sorted ids with repeats, their total weight, and whether any is a content
   * word, computed once.
   */
  record Bag(int[] ids, double weight, boolean content) {}

  /** Provisional ids of the words among {@code tokens}; safe to call from several threads. */
  int[] provisionalIds(List<Token> tokens) {
    int[] out = new int[tokens.size()];
    int n = 0;
    for (Token t : tokens) {
      if (t.isWordLike()) {
        out[n++] =
            byTokenKey.computeIfAbsent(
                t.key(),
                k -> provisional.computeIfAbsent(MatchKey.of(t), m -> next.getAndIncrement()));
      }
    }
    return Arrays.copyOf(out, n);
  }

  /**
   * Gives every word its final id: its place among all match keys in sorted order, so that ids, and
   * every tie broken by them, never depend on the order threads met the words. Call once, after the
   * last {@link #provisionalIds}.
   */
  void freeze() {
    String[] keys = provisional.keySet().toArray(new String[0]);
    Arrays.sort(keys);
    finalOf = new int[next.get()];
    for (int rank = 0; rank < keys.length; rank++) {
      finalOf[provisional.get(keys[rank])] = rank;
      function.set(rank, Lexicon.isFunctionWord(keys[rank]));
    }
  }

  /** The bag of a sentence from its provisional ids (after {@link #freeze}); thread-safe. */
  Bag bagOfProvisional(int[] provisionalIds) {
    int[] ids = new int[provisionalIds.length];
    for (int k = 0; k < ids.length; k++) {
      ids[k] = finalOf[provisionalIds[k]];
    }
    Arrays.sort(ids);
    return bag(ids);
  }

  /** The bag of final {@code ids}, sorted ascending. */
  Bag bag(int[] ids) {
    return new Bag(ids, weight(ids), hasContent(ids));
  }

  /** Number of distinct words seen. */
  int size() {
    return next.get();
  }

  boolean isFunction(int id) {
    return function.get(id);
  }

  double weight(int id) {
    return function.get(id) ? FUNCTION_WEIGHT : 1.0;
  }

  /** Total weight of a profile. */
  double weight(int[] p) {
    double w = 0;
    for (int id : p) {
      w += weight(id);
    }
    return w;
  }

  /** Whether a profile has any content word. */
  boolean hasContent(int[] p) {
    for (int id : p) {
      if (!function.get(id)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Weighted Dice coefficient of two bags: twice the weight of the words they share (as multisets)
   * over the weight of both. 0 when they share no content word, unless neither has any: two
   * sentences that share only "the" and "said" are not one sentence edited.
   */
  double similarity(Bag a, Bag b) {
    double[] shared = shared(a, b);
    if (shared[1] == 0 && (a.content() || b.content())) {
      return 0;
    }
    double total = a.weight() + b.weight();
    return total == 0 ? 0 : 2 * shared[0] / total;
  }

  /**
   * The words two bags share, as multisets: {total weight, weight of content words}. One merge of
   * the two sorted id arrays.
   */
  double[] shared(Bag a, Bag b) {
    double weight = 0;
    double content = 0;
    int[] x = a.ids();
    int[] y = b.ids();
    int i = 0;
    int j = 0;
    while (i < x.length && j < y.length) {
      if (x[i] < y[j]) {
        i++;
      } else if (x[i] > y[j]) {
        j++;
      } else {
        double w = weight(x[i]);
        weight += w;
        content += function.get(x[i]) ? 0 : w;
        i++;
        j++;
      }
    }
    return new double[] {weight, content};
  }

  /** The most {@link #similarity} can be for bags of these weights: all of the lighter shared. */
  static double bound(Bag a, Bag b) {
    double total = a.weight() + b.weight();
    return total == 0 ? 1 : 2 * Math.min(a.weight(), b.weight()) / total;
  }
}
