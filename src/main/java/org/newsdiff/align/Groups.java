package org.newsdiff.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Turns one-to-one pairs into groups, finding splits (one old sentence became several adjacent new
 * ones) and merges (the reverse).
 *
 * <p>Two passes, each run once for splits and once, with the sides swapped, for merges:
 *
 * <ol>
 *   <li><b>Grow.</b> A pair takes in an unpaired neighbour on the many side when that raises the
 *       pair's similarity by at least {@value #GAIN} and most of the neighbour's words (at least
 *       {@value #CONTAINED}, by weight) are in the single sentence.
 *   <li><b>Rescue.</b> An unpaired sentence whose words went into two adjacent unpaired sentences
 *       (found through an index of their words), neither similar enough alone, pairs with both when
 *       together they reach the threshold and each is mostly made of its words.
 * </ol>
 *
 * <pre>
 * old: "The bill passed, and officials said it would take effect in May."
 * new: "The bill passed."  "Officials said it would take effect in May."
 * pair (old, new 1) grows to a split: similarity 0.45 → 0.97
 * </pre>
 */
final class Groups {
  /** Least rise in similarity for a pair to take in a neighbour. */
  static final double GAIN = 0.05;

  /** Least share of a part's words (by weight) that must come from the single sentence. */
  static final double CONTAINED = 0.6;

  /** Index hits with the most shared words that a rescue tries as parts. */
  static final int RESCUE_CANDIDATES = 8;

  /** Most sentences on the many side of a split or merge. */
  static final int MAX_PARTS = 4;

  private static final Option[] NONE = {};

  /** A group of old sentences paired with new ones; ascending indexes on both sides. */
  static final class Group {
    final List<Integer> olds = new ArrayList<>(1); // most groups stay one to one
    final List<Integer> news = new ArrayList<>(1);
    double similarity;
  }

  private final Profiles profiles;
  private final Profiles.Bag[] oldProfiles;
  private final Profiles.Bag[] newProfiles;
  private final double threshold;
  private final Group[] ofOld;
  private final Group[] ofNew;

  Groups(
      Profiles profiles,
      Profiles.Bag[] oldProfiles,
      Profiles.Bag[] newProfiles,
      int[] newOfOld,
      double[] simOfOld,
      double threshold) {
    this.profiles = profiles;
    this.oldProfiles = oldProfiles;
    this.newProfiles = newProfiles;
    this.threshold = threshold;
    this.ofOld = new Group[oldProfiles.length];
    this.ofNew = new Group[newProfiles.length];
    // One group per pair, made in parallel: each writes its own two slots.
    IntStream.range(0, newOfOld.length)
        .parallel()
        .filter(i -> newOfOld[i] >= 0)
        .forEach(
            i -> {
              Group g = new Group();
              g.olds.add(i);
              g.news.add(newOfOld[i]);
              g.similarity = simOfOld[i];
              ofOld[i] = g;
              ofNew[newOfOld[i]] = g;
            });
  }

  /** Finds splits and merges; returns every group, ordered by first new sentence. */
  List<Group> find(boolean[] identicalOld) {
    View split = new View(true);
    View merge = new View(false);
    split.grow(identicalOld);
    merge.grow(identicalOld);
    split.rescue();
    merge.rescue();
    List<Group> out = new ArrayList<>();
    for (int j = 0; j < ofNew.length; j++) {
      Group g = ofNew[j];
      if (g != null && g.news.get(0) == j) {
        out.add(g);
      }
    }
    return out;
  }

  /** The two sides seen as "one" (the sentence that split) and "many" (its parts). */
  private final class View {
    final boolean oneIsOld;
    final Profiles.Bag[] one;
    final Profiles.Bag[] many;
    final Group[] ofOne;
    final Group[] ofMany;

    View(boolean oneIsOld) {
      this.oneIsOld = oneIsOld;
      this.one = oneIsOld ? oldProfiles : newProfiles;
      this.many = oneIsOld ? newProfiles : oldProfiles;
      this.ofOne = oneIsOld ? ofOld : ofNew;
      this.ofMany = oneIsOld ? ofNew : ofOld;
    }

    List<Integer> ones(Group g) {
      return oneIsOld ? g.olds : g.news;
    }

    List<Integer> manys(Group g) {
      return oneIsOld ? g.news : g.olds;
    }

    boolean free(int k) {
      return k >= 0 && k < many.length && ofMany[k] == null;
    }

    void grow(boolean[] identicalOld) {
      for (int x = 0; x < one.length; x++) {
        Group g = ofOne[x];
        if (g == null || ones(g).size() != 1 || identicalOld[g.olds.get(0)]) {
          continue;
        }
        while (manys(g).size() < MAX_PARTS) {
          List<Integer> parts = manys(g);
          int after = parts.get(parts.size() - 1) + 1;
          int before = parts.get(0) - 1;
          double best = g.similarity + GAIN;
          int take = -1;
          for (int k : new int[] {after, before}) {
            if (free(k) && contained(many[k], one[x])) {
              double s = similarityWith(one[x], parts, k);
              if (s >= best) {
                best = s;
                take = k;
              }
            }
          }
          if (take < 0) {
            break;
          }
          parts.add(take == before ? 0 : parts.size(), take);
          ofMany[take] = g;
          g.similarity = best;
        }
      }
    }

    /**
     * Rescues in order of {@code one}, each taking the best two free adjacent parts. The options of
     * every unpaired sentence are worked out first, on all cores, as if no rescue had taken any;
     * then each sentence takes its best option whose parts are still free. The same as working out
     * each in turn, as a part once taken never comes free again.
     */
    void rescue() {
      WordIndex index = new WordIndex(profiles, many, this::free);
      Option[][] options = new Option[one.length][];
      Chunks.run(
          one.length,
          (from, to) ->
              index.withLookup(
                  lookup -> {
                    for (int x = from; x < to; x++) {
                      if (ofOne[x] == null) {
                        options[x] = options(x, lookup);
                      }
                    }
                  }));
      for (int x = 0; x < one.length; x++) {
        for (Option o : options[x] == null ? NONE : options[x]) {
          if (free(o.first) && free(o.first + 1)) {
            Group g = new Group();
            ones(g).add(x);
            manys(g).add(o.first);
            manys(g).add(o.first + 1);
            g.similarity = o.similarity;
            ofOne[x] = g;
            ofMany[o.first] = g;
            ofMany[o.first + 1] = g;
            break;
          }
        }
      }
    }

    /**
     * The pairs of adjacent sentences, free now, that unpaired sentence {@code x} could pair with:
     * both mostly made of its words, together at or above the threshold; best first, ties to the
     * first. Null if none.
     */
    private Option[] options(int x, WordIndex.Lookup index) {
      List<Option> out = null;
      for (int k : mostHits(index, index.find(one[x]), RESCUE_CANDIDATES)) {
        for (int a : new int[] {k - 1, k}) {
          int b = a + 1;
          if (free(a) && free(b) && contained(many[a], one[x]) && contained(many[b], one[x])) {
            double s = similarityWith(one[x], List.of(a), b);
            if (s >= threshold) {
              out = out == null ? new ArrayList<>() : out;
              out.add(new Option(a, s));
            }
          }
        }
      }
      if (out == null) {
        return null;
      }
      out.sort(Option::bestFirst);
      return out.toArray(new Option[0]);
    }

    /** Similarity of sentence {@code x} with the parts and one more. */
    double similarityWith(Profiles.Bag x, List<Integer> parts, int more) {
      int size = many[more].ids().length;
      for (int p : parts) {
        size += many[p].ids().length;
      }
      int[] joined = new int[size];
      int at = 0;
      for (int p : parts) {
        System.arraycopy(many[p].ids(), 0, joined, at, many[p].ids().length);
        at += many[p].ids().length;
      }
      System.arraycopy(many[more].ids(), 0, joined, at, many[more].ids().length);
      Arrays.sort(joined);
      return profiles.similarity(x, profiles.bag(joined));
    }
  }

  /** Two adjacent parts, from {@code first}, that an unpaired sentence could pair with. */
  private record Option(int first, double similarity) {
    /** Most similar first, ties to the first part first. */
    static int bestFirst(Option a, Option b) {
      int c = Double.compare(b.similarity, a.similarity);
      return c != 0 ? c : Integer.compare(a.first, b.first);
    }
  }

  /**
   * Whether most of {@code part}'s words, by weight, are in {@code whole}; false if it has no
   * content word.
   */
  private boolean contained(Profiles.Bag part, Profiles.Bag whole) {
    return part.content() && profiles.shared(part, whole) >= CONTAINED * part.weight();
  }

  /**
   * The sentences of up to {@code limit} of the {@code n} found with the most hits, ties to the
   * first.
   */
  private static int[] mostHits(WordIndex.Lookup found, int n, int limit) {
    long[] ranked = found.ranking(n);
    for (int k = 0; k < n; k++) {
      int s = found.sentences[k];
      ranked[k] = ((long) (Integer.MAX_VALUE - found.hits[s]) << 32) | s;
    }
    int[] out = new int[Smallest.select(ranked, n, limit)];
    for (int k = 0; k < out.length; k++) {
      out[k] = (int) ranked[k];
    }
    return out;
  }
}
