package org.newsdiff.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.newsdiff.text.Lexicon;

/**
 * The words of the sentences being paired as sorted arrays of word ids, for fast similarity.
 *
 * <p>Words are {@link MatchKey}s, given as 64-bit hashes; a word's id is the rank of its hash among
 * all the words seen, so ids, and every tie broken by them, depend neither on which version a word
 * came from nor on the order threads met it. Each id is weighted 1 for a content word or a number
 * and {@value #FUNCTION_WEIGHT} for a function word ("the", "of", "said").
 */
final class Profiles {
  static final double FUNCTION_WEIGHT = 0.2;

  /** The bag of a sentence that pairing never looks into (it is paired already). */
  static final Bag EMPTY = new Bag(new int[0], 0, false);

  /** Hashes of the function words' match keys, ascending. */
  private static final long[] FUNCTION_HASHES =
      Lexicon.functionWords().stream().mapToLong(Hash64::of).sorted().toArray();

  /** Word hash to the number of the word in the order met. */
  private final LongIntMap met;

  /** By number in the order met, the word's id: the rank of its hash among all the words seen. */
  private final int[] rank;

  /** By id, whether the word is a function word. */
  private final boolean[] function;

  /**
   * A sentence's words: sorted ids with repeats, their total weight, and whether any is a content
   * word, computed once.
   */
  record Bag(int[] ids, double weight, boolean content) {}

  /**
   * Profiles for sentences whose words are {@code sides}: per side, per sentence, its word hashes
   * ascending (null for a sentence left out).
   */
  Profiles(long[][]... sides) {
    // The distinct words first, numbered as met, then ranked by sorting those alone: a long article
    // has millions of words but only thousands of distinct ones. Each part of each side gathers
    // its own on a core of its own; the parts' words are then numbered in one table.
    List<LongIntMap> distinct = new ArrayList<>();
    for (long[][] side : sides) {
      LongIntMap[] ofPart = new LongIntMap[Chunks.parts(side.length)];
      Chunks.runParts(
          side.length,
          ofPart.length,
          (p, from, to) -> {
            LongIntMap words = new LongIntMap(1 << 12);
            for (int s = from; s < to; s++) {
              long[] hashes = side[s];
              for (int k = 0; hashes != null && k < hashes.length; k++) {
                if (k == 0 || hashes[k] != hashes[k - 1]) {
                  words.add(hashes[k]);
                }
              }
            }
            ofPart[p] = words;
          });
      distinct.addAll(List.of(ofPart));
    }
    met = new LongIntMap(1 << 12);
    for (LongIntMap words : distinct) {
      for (long word : words.keys()) {
        met.add(word);
      }
    }
    long[] byNumber = met.keys();
    long[] sorted = byNumber.clone();
    Arrays.sort(sorted);
    rank = new int[byNumber.length];
    for (int m = 0; m < byNumber.length; m++) {
      rank[m] = Arrays.binarySearch(sorted, byNumber[m]);
    }
    function = new boolean[sorted.length];
    for (int id = 0; id < sorted.length; id++) {
      function[id] = Arrays.binarySearch(FUNCTION_HASHES, sorted[id]) >= 0;
    }
  }

  /** The bags of {@code side}'s sentences, in parallel; {@link #EMPTY} for one left out. */
  Bag[] bags(long[][] side) {
    Bag[] out = new Bag[side.length];
    IntStream.range(0, side.length)
        .parallel()
        .forEach(k -> out[k] = side[k] == null ? EMPTY : bagOfHashes(side[k]));
    return out;
  }

  /** The bag of a sentence from its word hashes, ascending (so are their ids). */
  private Bag bagOfHashes(long[] hashes) {
    int[] out = new int[hashes.length];
    for (int k = 0; k < hashes.length; k++) {
      out[k] = rank[met.get(hashes[k])];
    }
    return bag(out);
  }

  /** The bag of final {@code ids}, sorted ascending. */
  Bag bag(int[] ids) {
    return new Bag(ids, weight(ids), hasContent(ids));
  }

  /** Number of distinct words seen. */
  int size() {
    return function.length;
  }

  boolean isFunction(int id) {
    return function[id];
  }

  double weight(int id) {
    return function[id] ? FUNCTION_WEIGHT : 1.0;
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
      if (!function[id]) {
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
    // The merge of shared(), also noting whether a content word is shared: inlined, as this runs
    // millions of times on a long article, and with the current ids in locals, as the quick
    // compiler reads an array again at every mention.
    double weight = 0;
    boolean content = false;
    int[] x = a.ids();
    int[] y = b.ids();
    int xl = x.length;
    int yl = y.length;
    boolean[] isFunction = function;
    if (xl > 0 && yl > 0) {
      int i = 0;
      int j = 0;
      int u = x[0];
      int v = y[0];
      while (true) {
        if (u < v) {
          if (++i == xl) {
            break;
          }
          u = x[i];
        } else if (u > v) {
          if (++j == yl) {
            break;
          }
          v = y[j];
        } else {
          if (isFunction[u]) {
            weight += FUNCTION_WEIGHT;
          } else {
            weight += 1.0;
            content = true;
          }
          if (++i == xl || ++j == yl) {
            break;
          }
          u = x[i];
          v = y[j];
        }
      }
    }
    if (!content && (a.content() || b.content())) {
      return 0;
    }
    double total = a.weight() + b.weight();
    return total == 0 ? 0 : 2 * weight / total;
  }

  /** The weight of the words two bags share, as multisets: one merge of the sorted id arrays. */
  double shared(Bag a, Bag b) {
    double weight = 0;
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
        weight += weight(x[i]);
        i++;
        j++;
      }
    }
    return weight;
  }

  /** The most {@link #similarity} can be for bags of these weights: all of the lighter shared. */
  static double bound(Bag a, Bag b) {
    double total = a.weight() + b.weight();
    return total == 0 ? 1 : 2 * Math.min(a.weight(), b.weight()) / total;
  }
}
