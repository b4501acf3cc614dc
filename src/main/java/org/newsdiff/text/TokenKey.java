package org.newsdiff.text;

import java.text.Normalizer;
import java.util.Locale;

/** The comparison key of a token; options change the key function, never the token's text. */
public enum TokenKey {
  /**
   * Exact comparison: the text in Unicode normal form C, with any run of spaces inside a token (as
   * in "$1.2 billion" with a no-break space) read as one plain space.
   */
  EXACT {
    @Override
    public String key(String text) {
      return normalize(text);
    }
  },

  /** As {@link #EXACT}, but letter case does not count. */
  IGNORE_CASE {
    @Override
    public String key(String text) {
      return normalize(text).toLowerCase(Locale.ROOT);
    }
  };

  /** The key for a token written as {@code text}. */
  public abstract String key(String text);

  /**
   * The key of the token {@code written}, which is {@code text[start, end)}: the same as {@code
   * key(written)}, found in one pass over the array when the token is plain text, as most are.
   */
  public String key(char[] text, int start, int end, String written) {
    if (!isPlain(text, start, end)) {
      return key(written);
    }
    return this == IGNORE_CASE ? written.toLowerCase(Locale.ROOT) : written;
  }

  /**
   * Writes the key of the token {@code text[start, end)} to the start of {@code out}: the same
   * chars as {@code key(new String(text, start, end - start))}, without making that string when the
   * token is plain text (no space, nothing that normalization or lower-casing could turn into other
   * chars).
   *
   * @return the length of the key, or -1 if {@code out} is too short for it
   */
  public int writeKey(char[] text, int start, int end, char[] out) {
    if (!isPlain(text, start, end)) {
      String key = key(new String(text, start, end - start));
      if (key.length() > out.length) {
        return -1;
      }
      key.getChars(0, key.length(), out, 0);
      return key.length();
    }
    int length = end - start;
    if (length > out.length) {
      return -1;
    }
    if (this == IGNORE_CASE) {
      for (int k = 0; k < length; k++) {
        out[k] = Character.toLowerCase(text[start + k]);
      }
    } else {
      System.arraycopy(text, start, out, 0, length);
    }
    return length;
  }

  /** Whether every char of {@code text[start, end)} is its own key under this key function. */
  private boolean isPlain(char[] text, int start, int end) {
    boolean lower = this == IGNORE_CASE;
    for (int i = start; i < end; i++) {
      char c = text[i];
      // Printable ASCII, most chars, is plain: tested here, as the quick compiler does not inline
      // the general test into this loop.
      if ((c <= ' ' || c >= 0x7F) && !isPlain(c, lower)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A char that is its own key inside a token: below U+0300 (Latin-1 and Latin Extended, which no
   * normalization to NFC changes and which lower-case one for one, but for "İ") or general
   * punctuation such as quote marks and dashes, and not a space.
   */
  private static boolean isPlain(char c, boolean lower) {
    if (c < '\u0300') {
      return !(lower && c == '\u0130') && !Chars.isSpace(c);
    }
    return (c >= '\u2010' && c <= '\u2027') || (c >= '\u2030' && c <= '\u205E');
  }

  /** NFC with inner spaces folded; the base of every key function. */
  static String normalize(String text) {
    if (isPlain(text)) {
      return text; // most tokens: one pass, no normalizer
    }
    String s = isSurelyNfc(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    for (int i = 0; i < s.length(); i++) {
      if (Chars.isSpace(s.charAt(i))) {
        return s.replaceAll("[\\s\\p{Z}\\u200B\\uFEFF]+", " ");
      }
    }
    return s;
  }

  /** Whether every char of {@code text} is its own key (see {@link #isPlain(char, boolean)}). */
  private static boolean isPlain(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (!isPlain(text.charAt(i), false)) {
        return false;
      }
    }
    return true;
  }

  /** Text below U+0300 (Latin-1 and Latin Extended) is always NFC; a fast path for most words. */
  private static boolean isSurelyNfc(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= '\u0300') {
        return Normalizer.isNormalized(text, Normalizer.Form.NFC);
      }
    }
    return true;
  }
}
