package org.newsdiff.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsdiff.text.Lexicon;
import org.newsdiff.text.Sentence;
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
  private final List<Boolean> function = new ArrayList<>();

  /** Sorted word ids of one sentence, repeats kept. */
  int[] profile(Sentence s) {
    int[] out = new int[s.tokens().size()];
    int n = 0;
    for (Token t : s.tokens()) {
      if (t.isWordLike()) {
        Integer id = byTokenKey.get(t.key());
        if (id == null) {
          String key = MatchKey.of(t);
          id = ids.get(key);
          if (id == null) {
            id = ids.size();
            ids.put(key, id);
            function.add(t.kind() == Token.Kind.WORD && Lexicon.isFunctionWord(key));
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
   * Weighted Dice coefficient of two profiles: twice the weight of the words they share (as
   * multisets) over the weight of both. 0 when they share no content word, unless neither has any:
   * two sentences that share only "the" and "said" are not one sentence edited.
   */
  double similarity(int[] a, int[] b) {
    double shared = 0;
    boolean sharedContent = false;
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] < b[j]) {
        i++;
      } else if (a[i] > b[j]) {
        j++;
      } else {
        shared += weight(a[i]);
        sharedContent |= !function.get(a[i]);
        i++;
        j++;
      }
    }
    if (!sharedContent && (hasContent(a) || hasContent(b))) {
      return 0;
    }
    double total = weight(a) + weight(b);
    return total == 0 ? 0 : 2 * shared / total;
  }
}
