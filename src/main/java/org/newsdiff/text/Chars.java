package org.newsdiff.text;

/** Character classes shared by the text stage: spaces, quotes, brackets, sentence punctuation. */
public final class Chars {
  private Chars() {}

  private static final byte SPACE = 1;
  private static final byte WORD = 2;
  private static final byte LETTER_OR_DIGIT = 4;
  private static final byte SENTENCE_END = 8;

  /**
   * The classes of the Latin-1 chars, worked out once from the definitions below: most text is
   * Latin-1, and a table lookup is several times faster than Unicode's general categories.
   */
  private static final byte[] LATIN_1 = new byte[256];

  static {
    for (char c = 0; c < LATIN_1.length; c++) {
      LATIN_1[c] =
          (byte)
              ((isSpaceByCategory(c) ? SPACE : 0)
                  | (isWordCharByCategory(c) ? WORD : 0)
                  | (Character.isLetterOrDigit(c) ? LETTER_OR_DIGIT : 0)
                  | (c == '.' || c == '?' || c == '!' ? SENTENCE_END : 0));
    }
  }

  /**
   * Whether {@code c} is white space, the no-break and other Unicode spaces included, and the
   * invisible zero-width space and byte-order mark, which only separate or decorate words.
   */
  public static boolean isSpace(int c) {
    return c < 256 ? (LATIN_1[c] & SPACE) != 0 : isSpaceByCategory(c);
  }

  private static boolean isSpaceByCategory(int c) {
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || c == '\u200B'
        || c == '\uFEFF'
        || c == '\u0085';
  }

  /** Whether the text from {@code start} to {@code end} holds only white space. */
  public static boolean isBlank(CharSequence s, int start, int end) {
    for (int i = start; i < end; i++) {
      if (!isSpace(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code c} is punctuation that can end a sentence: {@code .}, {@code ?}, {@code !} or an
   * ellipsis. Read from the table: in the sentence splitter's search over every char, where spaces
   * and commas come as often as every fifth char, a chain of comparisons cost the quick compiler
   * twice the loop. (Short enough for that compiler to inline: under 35 bytes of code.)
   */
  public static boolean isSentenceEnd(int c) {
    return c < 256 ? (LATIN_1[c] & SENTENCE_END) != 0 : isEllipsis(c);
  }

  private static boolean isEllipsis(int c) {
    return c == '\u2026';
  }

  /** Quote marks and brackets that can close a sentence after its final punctuation. */
  public static boolean isClosing(int c) {
    return c == '"'
        || c == '\''
        || c == '\u2019' // ’
        || c == '\u201D' // ”
        || c == '\u00BB' // »
        || c == '\u203A' // ›
        || c == ')'
        || c == ']'
        || c == '}';
  }

  /** Quote marks and brackets that can open a sentence. */
  public static boolean isOpening(int c) {
    return c == '"'
        || c == '\''
        || c == '\u2018' // ‘
        || c == '\u201C' // “
        || c == '\u00AB' // «
        || c == '\u2039' // ‹
        || c == '('
        || c == '['
        || c == '{';
  }

  /** Apostrophes: straight and the typographic right single quote. */
  public static boolean isApostrophe(int c) {
    return c == '\'' || c == '\u2019';
  }

  /** Letters and digits, including combining marks that belong to a letter. */
  public static boolean isWordChar(int c) {
    // Short enough (under 35 bytes of bytecode) for the quick compiler to inline into scan loops.
    return c < 256 ? (LATIN_1[c] & WORD) != 0 : isWordCharAbove(c);
  }

  private static boolean isWordCharAbove(int c) {
    return !isGeneralPunctuation(c) && isWordCharByCategory(c);
  }

  /**
   * Index of the first char at or after {@code i} that is not a Latin-1 word char, or {@code end}:
   * the bulk of a word in one tight loop (a char above U+00FF stops it; the caller decides).
   */
  static int latinWordEnd(char[] text, int i, int end) {
    byte[] table = LATIN_1;
    while (i < end) {
      char c = text[i];
      if (c >= 256 || (table[c] & WORD) == 0) {
        return i;
      }
      i++;
    }
    return i;
  }

  /** Quote marks, dashes and spaces of U+2000 to U+206F: no letter, digit or mark among them. */
  private static boolean isGeneralPunctuation(int c) {
    return c >= '\u2000' && c <= '\u206F';
  }

  /** As {@link Character#isLetterOrDigit(char)}, faster for Latin-1. */
  public static boolean isLetterOrDigit(char c) {
    return c < 256
        ? (LATIN_1[c] & LETTER_OR_DIGIT) != 0
        : !isGeneralPunctuation(c) && Character.isLetterOrDigit(c);
  }

  private static boolean isWordCharByCategory(int c) {
    return Character.isLetterOrDigit(c)
        || Character.getType(c) == Character.NON_SPACING_MARK
        || Character.getType(c) == Character.COMBINING_SPACING_MARK;
  }

  /** Index of the first non-space char at or after {@code i}, or {@code end}. */
  public static int skipSpace(CharSequence s, int i, int end) {
    while (i < end && isSpace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /** As {@link #skipSpace(CharSequence, int, int)}, in an array. */
  public static int skipSpace(char[] s, int i, int end) {
    while (i < end && isSpace(s[i])) {
      i++;
    }
    return i;
  }

  /** {@code s} with every run of white space that holds a line break read as one space. */
  public static String foldLineBreaks(String s) {
    if (s.indexOf('\n') < 0) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (!isSpace(c)) {
        b.append(c);
        i++;
        continue;
      }
      int j = i;
      boolean newline = false;
      while (j < s.length() && isSpace(s.charAt(j))) {
        newline |= s.charAt(j) == '\n';
        j++;
      }
      b.append(newline ? " " : s.substring(i, j));
      i = j;
    }
    return b.toString();
  }
}
