package org.newsdiff.text;

import java.util.Arrays;
import java.util.Objects;

/**
 * One decoded input: its display name and its text, with line endings normalized to LF.
 *
 * <p>Every offset elsewhere in newsdiff is an index into {@link #text()}. The text is the input
 * after decoding, without a byte-order mark, with CRLF and lone CR turned into LF; nothing else is
 * changed, so LF, CRLF and CR inputs give the same text and the same result. For a web page the
 * text is the one extracted from it (see {@link HtmlExtractor}), and lines refer to that text.
 */
public final class SourceText {
  private final String name;
  private final String text;
  private final int[] lineStarts;
  private final int[] codePointPrefix;
  private final java.util.BitSet chromeLines;

  /** Wraps already normalized text; use {@link #of(String, String)} for raw decoded text. */
  private SourceText(String name, String text, java.util.BitSet chromeLines) {
    this.name = Objects.requireNonNull(name);
    this.text = text;
    this.lineStarts = computeLineStarts(text);
    this.codePointPrefix = computeCodePointPrefix(text);
    this.chromeLines = chromeLines;
  }

  /**
   * The text of a web page, extracted by {@link HtmlExtractor}, with the lines that the page's
   * structure marks as chrome.
   */
  public static SourceText ofPage(String name, HtmlExtractor.Extracted page) {
    return new SourceText(name, page.text(), (java.util.BitSet) page.chromeLines().clone());
  }

  /** Whether this text was extracted from a web page, whose structure told story from chrome. */
  public boolean isPage() {
    return chromeLines != null;
  }

  /** For a web page, whether 1-based {@code line} is chrome by the page's structure. */
  public boolean isChromeLine(int line) {
    return chromeLines != null && chromeLines.get(line);
  }

  /** Normalizes line endings and drops a leading byte-order mark. */
  public static SourceText of(String name, String decoded) {
    String s = decoded;
    if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
      s = s.substring(1);
    }
    if (s.indexOf('\r') >= 0) {
      s = s.replace("\r\n", "\n").replace('\r', '\n');
    }
    return new SourceText(name, s, null);
  }

  /** The name to show for this input: its path as given, or "-" for standard input. */
  public String name() {
    return name;
  }

  /** The normalized text. */
  public String text() {
    return text;
  }

  /** Number of lines; a final newline does not start a new line. */
  public int lineCount() {
    int n = lineStarts.length;
    if (n > 1 && lineStarts[n - 1] == text.length()) {
      return n - 1;
    }
    return text.isEmpty() ? 0 : n;
  }

  /** The 1-based line that holds the char at {@code offset}. */
  public int lineOf(int offset) {
    int i = Arrays.binarySearch(lineStarts, offset);
    return (i >= 0 ? i : -i - 2) + 1;
  }

  /** The text of 1-based line {@code line}, without its newline. */
  public String line(int line) {
    int start = lineStarts[line - 1];
    int end = line < lineStarts.length ? lineStarts[line] - 1 : text.length();
    return text.substring(start, Math.max(start, end));
  }

  /** Converts a UTF-16 offset into a count of Unicode code points from the start of the text. */
  public int codePointOffset(int offset) {
    return codePointPrefix == null ? offset : codePointPrefix[offset];
  }

  private static int[] computeLineStarts(String s) {
    int[] starts = new int[64];
    int count = 1;
    for (int at = s.indexOf('\n'); at >= 0; at = s.indexOf('\n', at + 1)) {
      if (count == starts.length) {
        starts = Arrays.copyOf(starts, count * 2);
      }
      starts[count++] = at + 1;
    }
    return Arrays.copyOf(starts, count);
  }

  /** Null when the text has no surrogate pairs, so UTF-16 and code point offsets agree. */
  private static int[] computeCodePointPrefix(String s) {
    // Looked for in an array a block at a time: several times faster than through String.charAt.
    char[] block = new char[1 << 16];
    boolean surrogates = false;
    for (int from = 0; from < s.length() && !surrogates; from += block.length) {
      int to = Math.min(s.length(), from + block.length);
      s.getChars(from, to, block, 0);
      for (int i = 0; i < to - from && !surrogates; i++) {
        surrogates = Character.isSurrogate(block[i]);
      }
    }
    if (!surrogates) {
      return null;
    }
    int[] prefix = new int[s.length() + 1];
    int cp = 0;
    for (int i = 0; i < s.length(); i++) {
      prefix[i] = cp;
      if (!(Character.isLowSurrogate(s.charAt(i))
          && i > 0
          && Character.isHighSurrogate(s.charAt(i - 1)))) {
        cp++;
      }
    }
    prefix[s.length()] = cp;
    return prefix;
  }
}
