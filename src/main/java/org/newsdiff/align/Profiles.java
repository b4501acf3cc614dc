package org.newsdiff.align;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

  private final Map<String, Integer> ids = new HashMap<>();

  /** Token key to word id: a cache, so each distinct token is turned into a match key once. */
  private final Map<String, Integer> byTokenKey = new HashMap<>();

  private final java.util.BitSet function = new java.util.BitSet();

  /**
   * A sentence's words: sorted ids with repeats, their total weight, and whether any is a content
   * word, computed once.
   */
  record Bag(int[] ids, double weight, boolean content) {}

  /** The bag of {@code ids}, sorted ascending. */
  Bag bag(int[] ids) {
    return new Bag(ids, weight(ids), hasContent(ids));
  }

  /** Sorted word ids of a sentence's tokens, repeats kept. */
  int[] profile(List<Token> tokens) {
    int[] out = new int[tokens.size()];
    int n = 0;
    for (Token t : tokens) {
      if (t.isWordLike()) {
        Integer id = byTokenKey.get(t.key());
        if (id == null) {
          String key = MatchKey.of(t);
          id = ids.get(key);
          if (id == null) {
            id = ids.size();
            ids.put(key, id);
            function.set(id, t.kind() == Token.Kind.WORD && Lexicon.isFunctionWord(key));
          }
          byTokenKey.put(t.key(), id);
        }
        out[n++] = id;
      }
    }
    int[] p = Arrays.copyOf(out, n);
    Arrays.sort(p);
    return p;
  }

  /** Number of distinct words seen. */
  int size() {
    return ids.size();
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
    double shared = 0;
    boolean sharedContent = false;
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
        shared += weight(x[i]);
        sharedContent |= !function.get(x[i]);
        i++;
        j++;
      }
    }
    if (!sharedContent && (a.content() || b.content())) {
      return 0;
    }
    double total = a.weight() + b.weight();
    return total == 0 ? 0 : 2 * shared / total;
  }

  /** The most {@link #similarity} can be for bags of these weights: all of the lighter shared. */
  static double bound(Bag a, Bag b) {
    double total = a.weight() + b.weight();
    return total == 0 ? 1 : 2 * Math.min(a.weight(), b.weight()) / total;
  }
}
