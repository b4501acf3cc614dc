package org.newsdiff.align;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsdiff.model.WordOp;
import org.newsdiff.text.Chars;
import org.newsdiff.text.Lexicon;
import org.newsdiff.text.Token;

/**
 * The word diff inside a pair of sentences: a Myers diff over token keys, then cleaned up so that a
 * replaced phrase reads as one replacement rather than a scatter of small changes.
 *
 * <pre>
 * old: forcing the Trump administration to turn
 * new: forcing President Donald Trump’s administration to turn
 * ops: forcing [-the Trump-]{+President Donald Trump’s+} administration to turn
 * </pre>
 *
 * A lone function word or punctuation mark left equal between two changes ("of", ","), one of them
 * three tokens or longer, is folded into them.
 *
 * <p>Past {@value #MAX_TOKENS} tokens (a "sentence" of a page without punctuation) the diff is
 * bounded: common head and tail, then Myers' diff of the rest as long as it needs few enough edits
 * for a fixed budget of work ({@link #bounded}); when it needs more, one replacement between head
 * and tail. So a megabyte without a period still finishes at once, and if only a few of its words
 * changed, the diff still shows just those.
 */
public final class WordDiff {
  /** Above this many tokens on both sides together, the diff is bounded (see the class). */
  static final int MAX_TOKENS = 4000;

  /**
   * Token comparisons a bounded diff may spend: Myers' diff with at most D edits compares at most
   * about (2D + 1) times the tokens of one side. About 0.1 s under the quick compiler.
   */
  static final long WORK = 1L << 26;

  /**
   * Most edits a bounded diff looks for, whatever the length: its trace keeps (D + 1)² ints, 16 MB
   * at this many.
   */
  static final int MAX_EDITS = 2000;

  private WordDiff() {}

  /** The word ops from {@code a} (tokens of {@code oldText}) to {@code b} (of {@code newText}). */
  public static List<WordOp> diff(String oldText, List<Token> a, String newText, List<Token> b) {
    List<int[]> segments =
        fold(a.size() + b.size() > MAX_TOKENS ? bounded(a, b) : myers(a, b), a, b);
    List<WordOp> ops = new ArrayList<>();
    for (int[] s : segments) {
      boolean equal = s[4] == 1;
      if (equal && s[0] == 0 && s[2] > 0) {
        // At the start of the old sentence only: the space before it is the new sentence's.
        String space =
            Chars.foldLineBreaks(newText.substring(b.get(s[2] - 1).end(), b.get(s[2]).start()));
        ops.add(new WordOp(WordOp.Op.EQUAL, space + text(oldText, a, s[0], s[1])));
      } else if (equal) {
        ops.add(new WordOp(WordOp.Op.EQUAL, text(oldText, a, s[0], s[1])));
      } else {
        if (s[1] > s[0]) {
          ops.add(new WordOp(WordOp.Op.DELETE, text(oldText, a, s[0], s[1])));
        }
        if (s[3] > s[2]) {
          ops.add(new WordOp(WordOp.Op.INSERT, text(newText, b, s[2], s[3])));
        }
      }
    }
    return ops;
  }

  /** Segments {aFrom, aTo, bFrom, bTo, equal?1:0} covering both token lists in order. */
  private static List<int[]> myers(List<Token> a, List<Token> b) {
    List<String> ka = keys(a);
    List<String> kb = keys(b);
    List<int[]> out = new ArrayList<>();
    int i = 0;
    int j = 0;
    for (AbstractDelta<String> d : DiffUtils.diff(ka, kb).getDeltas()) {
      int si = d.getSource().getPosition();
      int ti = d.getTarget().getPosition();
      if (si > i) {
        out.add(new int[] {i, si, j, ti, 1});
      }
      int se = si + d.getSource().size();
      int te = ti + d.getTarget().size();
      out.add(new int[] {si, se, ti, te, 0});
      i = se;
      j = te;
    }
    if (i < a.size() || j < b.size()) {
      out.add(new int[] {i, a.size(), j, b.size(), 1});
    }
    return out;
  }

  /**
   * Segments as {@link #myers} gives them, for token lists too long for it: common head and tail,
   * then {@link #myers(int[], int[], int)} of the rest with as many edits as {@link #WORK} allows,
   * or else one replacement between head and tail.
   */
  private static List<int[]> bounded(List<Token> a, List<Token> b) {
    int head = 0;
    while (head < a.size() && head < b.size() && a.get(head).key().equals(b.get(head).key())) {
      head++;
    }
    int tail = 0;
    while (tail < a.size() - head
        && tail < b.size() - head
        && a.get(a.size() - 1 - tail).key().equals(b.get(b.size() - 1 - tail).key())) {
      tail++;
    }
    List<Token> ma = a.subList(head, a.size() - tail);
    List<Token> mb = b.subList(head, b.size() - tail);
    int length = ma.size() + mb.size();
    int maxEdits = (int) Math.min(Math.min(length, MAX_EDITS), WORK / Math.max(1, length));
    // Keys compared by hash code, the equal runs found checked: cheaper than numbering every key.
    List<int[]> middle = myers(hashCodes(ma), hashCodes(mb), maxEdits);
    if (middle != null && !equalRunsEqual(middle, ma, mb)) { // two keys with one hash code
      Map<String, Integer> ids = new HashMap<>();
      middle = myers(ids(ma, ids), ids(mb, ids), maxEdits);
    }
    List<int[]> out = new ArrayList<>();
    if (head > 0) {
      out.add(new int[] {0, head, 0, head, 1});
    }
    if (middle == null) {
      out.add(new int[] {head, a.size() - tail, head, b.size() - tail, 0});
    } else {
      for (int[] s : middle) {
        out.add(new int[] {s[0] + head, s[1] + head, s[2] + head, s[3] + head, s[4]});
      }
    }
    if (tail > 0) {
      out.add(new int[] {a.size() - tail, a.size(), b.size() - tail, b.size(), 1});
    }
    return out;
  }

  private static int[] hashCodes(List<Token> tokens) {
    int[] out = new int[tokens.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = tokens.get(i).key().hashCode();
    }
    return out;
  }

  private static boolean equalRunsEqual(List<int[]> segments, List<Token> a, List<Token> b) {
    for (int[] s : segments) {
      for (int k = 0; s[4] == 1 && k < s[1] - s[0]; k++) {
        if (!a.get(s[0] + k).key().equals(b.get(s[2] + k).key())) {
          return false;
        }
      }
    }
    return true;
  }

  private static int[] ids(List<Token> tokens, Map<String, Integer> ids) {
    int[] out = new int[tokens.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = ids.computeIfAbsent(tokens.get(i).key(), k -> ids.size());
    }
    return out;
  }

  /**
   * Myers' greedy diff of {@code a} and {@code b} with at most {@code maxEdits} tokens inserted or
   * deleted, as segments {aFrom, aTo, bFrom, bTo, equal?1:0}; null if more edits are needed. Time
   * at most about (2 maxEdits + 1) times the longer list, memory (maxEdits + 1)² ints.
   *
   * <p>Round d finds, on each diagonal k = x - y from -d to d, the furthest point (x, y) that d
   * edits reach, one edit from a point of round d - 1 followed by equal tokens; the first round to
   * reach (a.length, b.length) has the fewest edits. Each round's furthest points are kept to walk
   * back from the end:
   *
   * <pre>
   * a: the city voted      b: the council voted
   * d = 0: (1, 1) "the"    d = 1: delete "city" (2, 1); insert "council" (1, 2)
   * d = 2: (3, 3) after "voted": [-city-]{+council+}
   * </pre>
   */
  static List<int[]> myers(int[] a, int[] b, int maxEdits) {
    int n = a.length;
    int m = b.length;
    int offset = maxEdits + 1;
    int[] v = new int[2 * maxEdits + 3];
    int[][] trace = new int[Math.min(maxEdits, n + m) + 1][];
    for (int d = 0; d <= maxEdits; d++) {
      for (int k = -d; k <= d; k += 2) {
        boolean down = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]);
        int x = down ? v[offset + k + 1] : v[offset + k - 1] + 1;
        int y = x - k;
        while (x < n && y < m && a[x] == b[y]) {
          x++;
          y++;
        }
        v[offset + k] = x;
        if (x >= n && y >= m) {
          return walkBack(trace, d, n, m);
        }
      }
      trace[d] = Arrays.copyOfRange(v, offset - d, offset + d + 1);
    }
    return null;
  }

  /** The segments of the path that ends at (n, m) after {@code edits} rounds of {@link #myers}. */
  private static List<int[]> walkBack(int[][] trace, int edits, int n, int m) {
    List<int[]> reversed = new ArrayList<>();
    int x = n;
    int y = m;
    for (int d = edits; d > 0; d--) {
      int[] before = trace[d - 1]; // diagonal k of round d - 1 at index k + d - 1
      int k = x - y;
      boolean down = k == -d || (k != d && before[k - 1 + d - 1] < before[k + 1 + d - 1]);
      int fromK = down ? k + 1 : k - 1;
      int fromX = before[fromK + d - 1];
      int fromY = fromX - fromK;
      int editX = down ? fromX : fromX + 1; // where the edit lands, equal tokens after it
      int editY = editX - k;
      if (x > editX) {
        reversed.add(new int[] {editX, x, editY, y, 1});
      }
      reversed.add(new int[] {fromX, editX, fromY, editY, 0});
      x = fromX;
      y = fromY;
    }
    if (x > 0) {
      reversed.add(new int[] {0, x, 0, y, 1});
    }
    List<int[]> out = new ArrayList<>();
    for (int i = reversed.size() - 1; i >= 0; i--) {
      int[] s = reversed.get(i);
      int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && last[4] == 0 && s[4] == 0) {
        last[1] = s[1];
        last[3] = s[3];
      } else {
        out.add(s);
      }
    }
    return out;
  }

  /** Folds short equal runs of function words or punctuation between changes into them. */
  private static List<int[]> fold(List<int[]> segments, List<Token> a, List<Token> b) {
    List<int[]> out = new ArrayList<>();
    for (int k = 0; k < segments.size(); k++) {
      int[] s = segments.get(k);
      boolean between = k > 0 && k + 1 < segments.size();
      if (s[4] == 1
          && between
          && s[1] - s[0] == 1
          && allFiller(a, s[0], s[1])
          && (isLong(out.get(out.size() - 1)) || isLong(segments.get(k + 1)))) {
        int[] prev = out.remove(out.size() - 1);
        int[] next = segments.get(++k);
        out.add(new int[] {prev[0], next[1], prev[2], next[3], 0});
      } else if (s[4] == 0 && !out.isEmpty() && out.get(out.size() - 1)[4] == 0) {
        int[] prev = out.remove(out.size() - 1);
        out.add(new int[] {prev[0], s[1], prev[2], s[3], 0});
      } else {
        out.add(s);
      }
    }
    return out;
  }

  /**
   * A change of three or more tokens on one side: a lone "of" between two such reads better folded.
   */
  private static boolean isLong(int[] change) {
    return change[1] - change[0] >= 3 || change[3] - change[2] >= 3;
  }

  private static boolean allFiller(List<Token> tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      Token t = tokens.get(i);
      boolean filler =
          !t.isWordLike()
              || (t.kind() == Token.Kind.WORD
                  && Lexicon.isFunctionWord(t.key().toLowerCase(Locale.ROOT)));
      if (!filler) {
        return false;
      }
    }
    return true;
  }

  private static List<String> keys(List<Token> tokens) {
    List<String> keys = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      keys.add(t.key());
    }
    return keys;
  }

  /** Tokens [from, to) with the white space before the first, line breaks folded. */
  private static String text(String source, List<Token> tokens, int from, int to) {
    int start = from > 0 ? tokens.get(from - 1).end() : tokens.get(from).start();
    return Chars.foldLineBreaks(source.substring(start, tokens.get(to - 1).end()));
  }
}
