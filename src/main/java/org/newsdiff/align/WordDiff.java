package org.newsdiff.align;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * three tokens or longer, is folded into them. Past {@value #MAX_TOKENS} tokens the diff is coarse:
 * common head and tail, and one replacement between, so that a megabyte without a period still
 * finishes at once.
 */
public final class WordDiff {
  /** Above this many tokens on both sides together, the diff is coarse. */
  static final int MAX_TOKENS = 4000;

  private WordDiff() {}

  /** The word ops from {@code a} (tokens of {@code oldText}) to {@code b} (of {@code newText}). */
  public static List<WordOp> diff(String oldText, List<Token> a, String newText, List<Token> b) {
    List<int[]> segments =
        a.size() + b.size() > MAX_TOKENS ? coarse(a, b) : fold(myers(a, b), a, b);
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

  private static List<int[]> coarse(List<Token> a, List<Token> b) {
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
    List<int[]> out = new ArrayList<>();
    if (head > 0) {
      out.add(new int[] {0, head, 0, head, 1});
    }
    if (head < a.size() - tail || head < b.size() - tail) {
      out.add(new int[] {head, a.size() - tail, head, b.size() - tail, 0});
    }
    if (tail > 0) {
      out.add(new int[] {a.size() - tail, a.size(), b.size() - tail, b.size(), 1});
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
