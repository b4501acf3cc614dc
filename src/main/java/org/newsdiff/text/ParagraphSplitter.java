package org.newsdiff.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text into paragraphs.
 *
 * <p>Blank lines always separate paragraphs. A single line break inside a block is either a soft
 * wrap (the text was hard-wrapped at some width) or a deliberate break (a headline over a byline,
 * list items, a file with one paragraph per line). It is a wrap when the first word of the next
 * line would not have fit on the line before it: a greedy wrapper would have put it there.
 *
 * <pre>
 * width 60:  "The council voted on Tuesday to close the old bridge for"   wrap: "good." did not fit
 *            "good."
 *            "City Council Closes Bridge"                                  break: "By" would fit
 *            "By Ann Lee"
 * </pre>
 *
 * The width is the longest line that is followed by another line in the same block. A line that
 * starts with a list marker always starts a paragraph; a line that starts in lower case always
 * continues one.
 */
public final class ParagraphSplitter {
  /** Nobody hard-wraps prose wider than this: wider lines mean one paragraph per line. */
  private static final int MAX_WRAP_WIDTH = 120;

  /** Nobody hard-wraps prose narrower than this: narrower blocks are short separate lines. */
  private static final int MIN_WRAP_WIDTH = 40;

  /** Splits {@code text} into paragraphs, in order. */
  public List<Paragraph> split(String text) {
    List<int[]> lines = contentLines(text);
    int width = wrapWidth(text, lines);
    List<Paragraph> out = new ArrayList<>();
    int start = -1;
    int end = -1;
    for (int i = 0; i < lines.size(); i++) {
      int[] line = lines.get(i);
      if (line == null) {
        continue;
      }
      if (start < 0) {
        start = line[0];
      }
      end = line[1];
      int[] next = i + 1 < lines.size() ? lines.get(i + 1) : null;
      if (next == null || isBreak(text, line, next, width)) {
        out.add(new Paragraph(out.size(), start, end));
        start = -1;
      }
    }
    return out;
  }

  /** Content bounds [start, end) of each line, or null for a blank line. */
  private static List<int[]> contentLines(String text) {
    List<int[]> lines = new ArrayList<>();
    int pos = 0;
    int n = text.length();
    while (pos <= n) {
      int nl = text.indexOf('\n', pos);
      int lineEnd = nl < 0 ? n : nl;
      int s = Chars.skipSpace(text, pos, lineEnd);
      int e = lineEnd;
      while (e > s && Chars.isSpace(text.charAt(e - 1))) {
        e--;
      }
      lines.add(s < e ? new int[] {s, e} : null);
      if (nl < 0) {
        break;
      }
      pos = nl + 1;
    }
    return lines;
  }

  private static int wrapWidth(String text, List<int[]> lines) {
    int width = 0;
    for (int i = 0; i + 1 < lines.size(); i++) {
      if (lines.get(i) != null && lines.get(i + 1) != null) {
        width = Math.max(width, length(text, lines.get(i)[0], lines.get(i)[1]));
      }
    }
    return width < MIN_WRAP_WIDTH ? 80 : width;
  }

  private static boolean isBreak(String text, int[] line, int[] next, int width) {
    if (width > MAX_WRAP_WIDTH || isListItemAfter(text, line, next)) {
      return true;
    }
    if (Character.isLowerCase(text.codePointAt(next[0]))) {
      return false;
    }
    int wordEnd = next[0];
    while (wordEnd < next[1] && !Chars.isSpace(text.charAt(wordEnd))) {
      wordEnd++;
    }
    int wouldBe = length(text, line[0], line[1]) + 1 + length(text, next[0], wordEnd);
    return wouldBe <= width;
  }

  /**
   * A marker starts a list item only in a list: a bullet, or a number or letter after a line that
   * ends with a colon or is itself an item. A wrapped line may well start with "a." or "3." where a
   * sentence ends.
   */
  private static boolean isListItemAfter(String text, int[] line, int[] next) {
    ListMarker m = ListMarker.at(text, next[0], next[1]);
    if (m == null) {
      return false;
    }
    return m.kind() == ListMarker.Kind.BULLET
        || text.charAt(line[1] - 1) == ':'
        || ListMarker.at(text, line[0], line[1]) != null;
  }

  private static int length(String text, int start, int end) {
    return text.codePointCount(start, end);
  }
}
