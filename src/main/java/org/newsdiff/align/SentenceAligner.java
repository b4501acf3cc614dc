package org.newsdiff.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.newsdiff.model.WordOp;
import org.newsdiff.text.Chars;
import org.newsdiff.text.Document;
import org.newsdiff.text.Sentence;
import org.newsdiff.text.Token;

/**
 * Pairs the sentences of two versions of an article.
 *
 * <p>The steps, each close to linear in the number of sentences:
 *
 * <ol>
 *   <li>Anchors: a sentence that occurs exactly once in each version, with the same words, pairs
 *       with itself. Anchors that are in order give each old sentence an expected place in the new
 *       version, by interpolating between the anchors around it.
 *   <li>Candidates: for every other old sentence, the new sentences with the same words, and those
 *       that share its rarest content words (found through an index of words, never by comparing
 *       every old sentence with every new one).
 *   <li>Pairing: candidates scored by {@link Profiles#similarity weighted word similarity} and kept
 *       at or above the threshold; then the best first, ties going to the one nearest its expected
 *       place, each sentence paired at most once.
 *   <li>Splits and merges: pairs grow into groups with adjacent unpaired sentences, and unpaired
 *       sentences pair with two adjacent ones (see {@link Groups}).
 *   <li>Moves: the longest run of pairs in the same order in both versions stays in place; a pair
 *       outside it has moved.
 * </ol>
 *
 * <pre>
 * old: A. B. C. D.            new: A. C'. E. B.
 * A–A anchor, C–C' edited, B–B moved (after C' now), D removed, E added
 * </pre>
 */
public final class SentenceAligner {
  /** Default least similarity for two different sentences to count as one edited. */
  public static final double DEFAULT_THRESHOLD = 0.5;

  /** Unpaired new sentences this near an old sentence's expected place are always candidates. */
  private static final int WINDOW = 4;

  /**
   * How far, in sentences, from where an old sentence is expected a copy of it may pair when its
   * text recurs in either version ("He declined to comment."): the length of a long article. Within
   * an article every copy is in reach; in a long input (a live blog, articles one after another) a
   * stock line removed in one place and another written thousands of sentences away are two
   * sentences, not one moved. A sentence that occurs once in each version pairs at any distance.
   */
  private static final int FAR = 100;

  /** Candidates scored per old sentence. */
  private static final int MAX_CANDIDATES = 10;

  private final double threshold;

  /** Creates an aligner that pairs different sentences at or above {@code threshold}. */
  public SentenceAligner(double threshold) {
    this.threshold = threshold;
  }

  /** Aligns {@code oldDoc} with {@code newDoc}. */
  public Alignment align(Document oldDoc, Document newDoc) {
    List<Sentence> olds = oldDoc.sentences();
    List<Sentence> news = newDoc.sentences();
    Features oldFeatures = Features.of(oldDoc);
    Features newFeatures = Features.of(newDoc);

    // 1. Anchors: sentences unique in both versions with the same words.
    Anchors anchors = Anchors.find(oldFeatures, newFeatures);
    int[] newOfOld = new int[olds.size()];
    int[] oldOfNew = new int[news.size()];
    Arrays.fill(newOfOld, -1);
    Arrays.fill(oldOfNew, -1);
    double[] simOfOld = new double[olds.size()];
    boolean[] identicalOld = new boolean[olds.size()];
    for (int[] p : anchors.pairs()) {
      newOfOld[p[0]] = p[1];
      oldOfNew[p[1]] = p[0];
      simOfOld[p[0]] = 1.0;
      identicalOld[p[0]] = true;
    }
    Expected expected = new Expected(anchors.pairs(), olds.size(), news.size());

    // Words only of the sentences still to pair: an anchor's are never looked at again.
    long[] oldKeys = oldFeatures.keys;
    long[] newKeys = newFeatures.keys;
    long[][] oldWords = oldFeatures.words;
    long[][] newWords = newFeatures.words;
    for (int[] p : anchors.pairs()) {
      oldWords[p[0]] = null;
      newWords[p[1]] = null;
    }
    Profiles profiles = new Profiles(oldWords, newWords);
    Profiles.Bag[] oldProfiles = profiles.bags(oldWords);
    Profiles.Bag[] newProfiles = profiles.bags(newWords);

    // Unpaired sentences numbered by exact key, to find those with the same words.
    LongIntMap slots = new LongIntMap(olds.size() + news.size() - 2 * anchors.pairs().size());
    int[] oldKeySlot = new int[olds.size()];
    int[] newKeySlot = new int[news.size()];
    for (int i = 0; i < olds.size(); i++) {
      oldKeySlot[i] = newOfOld[i] < 0 ? slots.add(oldKeys[i]) : -1;
    }
    for (int j = 0; j < news.size(); j++) {
      newKeySlot[j] = oldOfNew[j] < 0 ? slots.add(newKeys[j]) : -1;
    }
    int[] oldPerSlot = new int[slots.size()];
    for (int slot : oldKeySlot) {
      if (slot >= 0) {
        oldPerSlot[slot]++;
      }
    }

    // 2. Candidates through indexes: same words, shared rare content words, or close by.
    // The unpaired new sentences of each exact key, ascending.
    Buckets newByKey =
        new Buckets(news.size(), slots.size(), j -> oldOfNew[j] < 0 ? newKeySlot[j] : -1);
    WordIndex index = new WordIndex(profiles, newProfiles, j -> oldOfNew[j] < 0);
    CandidateFinder ctx =
        new CandidateFinder(
            profiles,
            oldKeys,
            newKeys,
            oldKeySlot,
            oldPerSlot,
            oldProfiles,
            newProfiles,
            newByKey,
            oldOfNew,
            threshold);
    List<Candidate> candidates =
        Chunks.collect(
            olds.size(),
            (from, to, out) ->
                index.withLookup(
                    lookup -> {
                      for (int i = from; i < to; i++) {
                        if (newOfOld[i] < 0) {
                          ctx.candidatesOf(i, expected.of(i), lookup, out);
                        }
                      }
                    }));

    // 3. Best first; ties to the same words, then to the nearest expected place.
    Candidate[] ranked = candidates.toArray(new Candidate[0]);
    Arrays.parallelSort(ranked, Candidate::bestFirst); // a total order: the same on any core count
    // Each sentence's candidates, best first: indexes into ranked.
    Buckets byOld = new Buckets(ranked.length, olds.size(), c -> ranked[c].oldIndex);
    Buckets byNew = new Buckets(ranked.length, news.size(), c -> ranked[c].newIndex);
    for (Candidate c : ranked) {
      if (newOfOld[c.oldIndex] < 0 && oldOfNew[c.newIndex] < 0) {
        newOfOld[c.oldIndex] = c.newIndex;
        oldOfNew[c.newIndex] = c.oldIndex;
        simOfOld[c.oldIndex] = c.similarity;
      }
    }
    improveBySwaps(ranked, byOld, byNew, newOfOld, oldOfNew, simOfOld);
    pairBesidePairs(profiles, oldProfiles, newProfiles, newOfOld, oldOfNew, simOfOld, threshold);

    // 4. Splits and merges: pairs grow into groups; unpaired sentences may pair with two.
    for (int i = 0; i < olds.size(); i++) {
      identicalOld[i] |=
          newOfOld[i] >= 0 && !anchors.isAnchor(i) && oldKeys[i] == newKeys[newOfOld[i]];
    }
    List<Groups.Group> groups =
        new Groups(profiles, oldProfiles, newProfiles, newOfOld, simOfOld, threshold)
            .find(identicalOld);

    // 5. Moves: groups outside the longest run in the same order in both versions.
    List<int[]> firsts = new ArrayList<>();
    for (int g = 0; g < groups.size(); g++) {
      firsts.add(new int[] {groups.get(g).olds.get(0), groups.get(g).news.get(0), g});
    }
    firsts.sort(Comparator.comparingInt(p -> p[0]));
    boolean[] inPlace = new boolean[groups.size()];
    for (int[] p : increasingByNew(firsts)) {
      inPlace[p[2]] = true;
    }
    String oldText = oldDoc.source().text();
    String newText = newDoc.source().text();
    List<Link> links =
        IntStream.range(0, groups.size())
            .parallel()
            .mapToObj(
                g -> {
                  Groups.Group group = groups.get(g);
                  boolean identical =
                      group.olds.size() == 1
                          && group.news.size() == 1
                          && identicalOld[group.olds.get(0)]
                          && sameKeys(oldDoc, group.olds.get(0), newDoc, group.news.get(0));
                  List<WordOp> words =
                      identical
                          ? List.of()
                          : WordDiff.diff(
                              oldText,
                              tokens(oldDoc, group.olds),
                              newText,
                              tokens(newDoc, group.news));
                  return new Link(
                      group.olds,
                      group.news,
                      identical ? 1.0 : group.similarity,
                      identical,
                      !inPlace[g],
                      words);
                })
            .toList();
    return new Alignment(oldDoc, newDoc, links);
  }

  /**
   * Best-first pairing can take one strong pair where two slightly weaker ones were right: a quote
   * and its attribution swapped places ("“A,” he said. “B.”" became "“B,” he said. “A.”"), and the
   * attribution pulls the wrong two together. Replace a pair i–j by i–y and b–j (b and y unpaired)
   * whenever that raises the total similarity.
   */
  private static void improveBySwaps(
      Candidate[] ranked,
      Buckets byOld,
      Buckets byNew,
      int[] newOfOld,
      int[] oldOfNew,
      double[] simOfOld) {
    for (int i = 0; i < newOfOld.length; i++) {
      int j = newOfOld[i];
      if (j < 0 || byOld.isEmpty(i) || byNew.isEmpty(j)) {
        continue;
      }
      double best = simOfOld[i];
      Candidate toY = null;
      Candidate toJ = null;
      for (int y = byOld.at[i]; y < byOld.at[i + 1]; y++) {
        Candidate iy = ranked[byOld.items[y]];
        if (oldOfNew[iy.newIndex] >= 0) {
          continue;
        }
        for (int b = byNew.at[j]; b < byNew.at[j + 1]; b++) {
          Candidate bj = ranked[byNew.items[b]];
          double total = iy.similarity + bj.similarity;
          if (newOfOld[bj.oldIndex] < 0 && total > best + 1e-9) {
            best = total;
            toY = iy;
            toJ = bj;
          }
        }
      }
      if (toY != null) {
        newOfOld[i] = toY.newIndex;
        oldOfNew[toY.newIndex] = i;
        simOfOld[i] = toY.similarity;
        newOfOld[toJ.oldIndex] = j;
        oldOfNew[j] = toJ.oldIndex;
        simOfOld[toJ.oldIndex] = toJ.similarity;
      }
    }
  }

  /**
   * Pairs what the candidate search could not reach, beside the pairs it made: an unpaired old
   * sentence right after (or before) a paired one, and an unpaired new sentence right after (or
   * before) its partner, pair when they are similar enough; then the same beside those pairs, until
   * none is left. The search reaches an edited sentence through its rarer words or near where the
   * anchors expect it; in a long article where no word of it is rare, an edited sentence of a moved
   * paragraph had neither, while the sentences around it paired.
   *
   * <pre>
   * old: X. A. B. C.       new: A. B′. C. X.
   * A and C pair by their words; B′ (no rare word) is found between them
   * </pre>
   *
   * <p>Which pairs are tried depends on nothing but which are paired, the same both ways round; the
   * most similar goes first, ties to the earlier (old plus new index), then to the earlier old.
   */
  private static void pairBesidePairs(
      Profiles profiles,
      Profiles.Bag[] oldProfiles,
      Profiles.Bag[] newProfiles,
      int[] newOfOld,
      int[] oldOfNew,
      double[] simOfOld,
      double threshold) {
    int n = newOfOld.length;
    int[] tryOld = IntStream.range(0, n).filter(i -> newOfOld[i] < 0).toArray();
    while (tryOld.length > 0) {
      List<Candidate> found = new ArrayList<>();
      for (int i : tryOld) {
        if (newOfOld[i] >= 0) {
          continue;
        }
        int after = i > 0 && newOfOld[i - 1] >= 0 ? newOfOld[i - 1] + 1 : -1;
        int before = i + 1 < n && newOfOld[i + 1] >= 0 ? newOfOld[i + 1] - 1 : -1;
        for (int j : before == after ? new int[] {after} : new int[] {after, before}) {
          if (j < 0 || j >= oldOfNew.length || oldOfNew[j] >= 0) {
            continue;
          }
          if (Profiles.bound(oldProfiles[i], newProfiles[j]) < threshold) {
            continue;
          }
          double sim = profiles.similarity(oldProfiles[i], newProfiles[j]);
          if (sim >= threshold) {
            found.add(new Candidate(i, j, sim, false, 0, 1));
          }
        }
      }
      found.sort(
          Comparator.comparingDouble((Candidate c) -> -c.similarity)
              .thenComparingInt(c -> c.oldIndex + c.newIndex)
              .thenComparingInt(c -> c.oldIndex));
      IntStream.Builder next = IntStream.builder();
      for (Candidate c : found) {
        if (newOfOld[c.oldIndex] < 0 && oldOfNew[c.newIndex] < 0) {
          newOfOld[c.oldIndex] = c.newIndex;
          oldOfNew[c.newIndex] = c.oldIndex;
          simOfOld[c.oldIndex] = c.similarity;
          next.add(c.oldIndex - 1).add(c.oldIndex + 1);
        }
      }
      tryOld = next.build().filter(i -> i >= 0 && i < n && newOfOld[i] < 0).distinct().toArray();
    }
  }

  private static List<Token> tokens(Document doc, List<Integer> indexes) {
    if (indexes.size() == 1) {
      return doc.tokens(doc.sentences().get(indexes.get(0)));
    }
    List<Token> out = new ArrayList<>();
    indexes.forEach(i -> out.addAll(doc.tokens(doc.sentences().get(i))));
    return out;
  }

  /**
   * Whether two sentences whose hashes agree have the same token keys indeed: the same text (spaces
   * aside), or else the same keys token by token. Guards the word diff against a hash collision.
   */
  private static boolean sameKeys(Document oldDoc, int i, Document newDoc, int j) {
    Sentence a = oldDoc.sentences().get(i);
    Sentence b = newDoc.sentences().get(j);
    int length = a.end() - a.start();
    if (length == b.end() - b.start()) {
      String x = oldDoc.source().text();
      String y = newDoc.source().text();
      if (x.regionMatches(a.start(), y, b.start(), length)) {
        return true; // the same text, as most are: the same tokens
      }
      int k = 0;
      while (k < length) {
        char p = x.charAt(a.start() + k);
        char q = y.charAt(b.start() + k);
        if (p != q && !(Chars.isSpace(p) && Chars.isSpace(q))) {
          break;
        }
        k++;
      }
      if (k == length) {
        return true; // the same text, spaces aside: the same tokens
      }
    }
    return oldDoc.tokens(a).stream()
        .map(Token::key)
        .toList()
        .equals(newDoc.tokens(b).stream().map(Token::key).toList());
  }

  /**
   * The candidates worth scoring for one old sentence: the {@value #MAX_CANDIDATES} index hits with
   * most shared words (ties to the nearest its expected place), and the unpaired new sentences
   * within {@value #WINDOW} places of it, which may share only common words.
   */
  private static int[] closest(WordIndex.Lookup found, int n, Place want, int[] oldOfNew) {
    // Rank by (most shared words, nearest, first), packed into longs: hits | distance | sentence.
    long[] ranked = found.ranking(n);
    for (int k = 0; k < n; k++) {
      int j = found.sentences[k];
      long distance = Math.min(want.sixteenthsFrom(j), (1L << 26) - 1);
      ranked[k] = ((long) (63 - Math.min(63, found.hits[j])) << 57) | (distance << 31) | j;
    }
    int take = Smallest.select(ranked, n, MAX_CANDIDATES);
    int centre = (int) want.rounded();
    int from = Math.max(0, centre - WINDOW);
    int to = Math.min(oldOfNew.length - 1, centre + WINDOW);
    int[] out = new int[take + Math.max(0, to - from + 1)];
    int count = 0;
    for (int k = 0; k < take; k++) {
      out[count++] = (int) (ranked[k] & Integer.MAX_VALUE);
    }
    for (int j = from; j <= to; j++) {
      if (oldOfNew[j] < 0) {
        out[count++] = j;
      }
    }
    Arrays.sort(out, 0, count);
    int distinct = 0;
    for (int k = 0; k < count; k++) {
      if (distinct == 0 || out[distinct - 1] != out[k]) {
        out[distinct++] = out[k];
      }
    }
    return Arrays.copyOf(out, distinct);
  }

  /**
   * Up to {@code limit} of the ascending {@code indexes[from, to)} nearest {@code want}, as the
   * range of them, {from, to}.
   */
  private static int[] nearest(int[] indexes, int from, int to, Place want, int limit) {
    if (to - from <= limit) {
      return new int[] {from, to};
    }
    int lo = from;
    int hi = to;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (want.isAfter(indexes[mid])) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    int left = lo - 1;
    int right = lo;
    while (right - left - 1 < limit) {
      boolean takeLeft =
          right >= to || (left >= from && want.offBy(indexes[left]) <= want.offBy(indexes[right]));
      if (takeLeft) {
        left--;
      } else {
        right++;
      }
    }
    return new int[] {left + 1, right};
  }

  /**
   * The longest subsequence of {@code pairs} (sorted by old index) whose new indexes increase, by
   * patience sorting in O(n log n).
   */
  static List<int[]> increasingByNew(List<int[]> pairs) {
    int n = pairs.size();
    int[] values = new int[n];
    for (int k = 0; k < n; k++) {
      values[k] = pairs.get(k)[1];
    }
    int[] tails = new int[n];
    int[] prev = new int[n];
    int len = 0;
    for (int k = 0; k < n; k++) {
      int v = values[k];
      int lo = 0;
      int hi = len;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (values[tails[mid]] < v) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      prev[k] = lo > 0 ? tails[lo - 1] : -1;
      tails[lo] = k;
      if (lo == len) {
        len++;
      }
    }
    List<int[]> out = new ArrayList<>(len);
    for (int k = len > 0 ? tails[len - 1] : -1; k >= 0; k = prev[k]) {
      out.add(pairs.get(k));
    }
    java.util.Collections.reverse(out);
    return out;
  }

  /** What finding one old sentence's candidates reads; only reads, so threads may share it. */
  private record CandidateFinder(
      Profiles profiles,
      long[] oldKeys,
      long[] newKeys,
      int[] oldKeySlot,
      int[] oldPerSlot,
      Profiles.Bag[] oldProfiles,
      Profiles.Bag[] newProfiles,
      Buckets newByKey,
      int[] oldOfNew,
      double threshold) {

    void candidatesOf(int i, Place want, WordIndex.Lookup lookup, List<Candidate> out) {
      int slot = oldKeySlot[i];
      int[] same = newByKey.items;
      int[] range = nearest(same, newByKey.at[slot], newByKey.at[slot + 1], want, MAX_CANDIDATES);
      boolean recurs = oldPerSlot[slot] > 1 || newByKey.at[slot + 1] - newByKey.at[slot] > 1;
      for (int k = range[0]; k < range[1]; k++) {
        long offBy = want.offBy(same[k]);
        if (!recurs || offBy <= FAR * want.den) {
          out.add(new Candidate(i, same[k], 1.0, true, offBy, want.den));
        }
      }
      for (int j : closest(lookup, lookup.find(oldProfiles[i]), want, oldOfNew)) {
        if (oldKeys[i] == newKeys[j]) {
          continue; // already a candidate with the same words
        }
        if (Profiles.bound(oldProfiles[i], newProfiles[j]) < threshold) {
          continue; // too different in length to reach the threshold
        }
        double sim = profiles.similarity(oldProfiles[i], newProfiles[j]);
        if (sim >= threshold) {
          out.add(new Candidate(i, j, sim, false, want.offBy(j), want.den));
        }
      }
    }
  }

  /**
   * A pair worth considering; its distance from the old sentence's expected place is {@code offBy /
   * den}, kept exact so that equal distances tie whichever version is read as the old one.
   */
  private record Candidate(
      int oldIndex, int newIndex, double similarity, boolean identical, long offBy, long den) {

    /** Best first; ties to the same words, then to the nearest expected place, then in order. */
    static int bestFirst(Candidate a, Candidate b) {
      int c = Double.compare(b.similarity, a.similarity);
      if (c == 0) {
        c = Boolean.compare(b.identical, a.identical);
      }
      if (c == 0) {
        c = Place.compare(a.offBy, a.den, b.offBy, b.den);
      }
      if (c == 0) {
        c = Integer.compare(a.oldIndex, b.oldIndex);
      }
      return c != 0 ? c : Integer.compare(a.newIndex, b.newIndex);
    }
  }

  /** Where an old sentence is expected in the new version, from the anchors around it. */
  private static final class Expected {
    private final int[] oldAt;
    private final int[] newAt;
    private final long oldCount;
    private final long newCount;

    Expected(List<int[]> anchors, int oldCount, int newCount) {
      oldAt = anchors.stream().mapToInt(p -> p[0]).toArray();
      newAt = anchors.stream().mapToInt(p -> p[1]).toArray();
      this.oldCount = Math.max(1, oldCount);
      this.newCount = newCount;
    }

    /**
     * Interpolated between the anchors around old sentence {@code i}, or, past the first or last,
     * at the article's ratio of new to old sentences; before the start if need be, so that
     * distances from it keep their order (the same both ways round).
     */
    Place of(int i) {
      int k = Arrays.binarySearch(oldAt, i);
      if (k >= 0) {
        return new Place(newAt[k], 1);
      }
      int after = -k - 1;
      int before = after - 1;
      if (before < 0 && after >= oldAt.length) {
        return new Place(i * newCount, oldCount);
      }
      if (before < 0) {
        return new Place(newAt[after] * oldCount - (oldAt[after] - i) * newCount, oldCount);
      }
      if (after >= oldAt.length) {
        return new Place(newAt[before] * oldCount + (i - oldAt[before]) * newCount, oldCount);
      }
      long span = oldAt[after] - oldAt[before];
      return new Place(
          newAt[before] * span + (long) (i - oldAt[before]) * (newAt[after] - newAt[before]), span);
    }
  }

  /**
   * A place in the new version, {@code num / den} sentences from its start (below 0 before it),
   * kept as a fraction: in floating point, 1 − 2/3 and 4/3 − 1 differ, so two new sentences equally
   * far from where an old one is expected would not tie, and which of two repeated sentences pairs
   * would depend on which version is read as the old one.
   */
  private record Place(long num, long den) {
    /** How far new sentence {@code j} is from this place, times {@link #den}. */
    long offBy(int j) {
      return Math.abs(j * den - num);
    }

    /** Whether new sentence {@code j} lies before this place. */
    boolean isAfter(int j) {
      return j * den < num;
    }

    /** The distance to new sentence {@code j} in sixteenths of a sentence, rounded down. */
    long sixteenthsFrom(int j) {
      long off = offBy(j);
      return off / den * 16 + off % den * 16 / den;
    }

    /** The nearest sentence, halves rounded up; 0 for a place before the start. */
    long rounded() {
      return num <= 0 ? 0 : num / den + (num % den >= den - num % den ? 1 : 0);
    }

    /** Compares {@code a / aDen} with {@code b / bDen}, exactly (all four non-negative). */
    static int compare(long a, long aDen, long b, long bDen) {
      long high = Math.multiplyHigh(a, bDen);
      long otherHigh = Math.multiplyHigh(b, aDen);
      if (high != otherHigh) {
        return Long.compare(high, otherHigh);
      }
      return Long.compareUnsigned(a * bDen, b * aDen);
    }
  }
}
