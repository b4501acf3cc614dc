package org.newsdiff.text;

import java.text.Normalizer;
import java.util.Locale;

/** The comparison key of a token; options change the key function, never the token's text. */
@FunctionalInterface
public interface TokenKey {
  /** The key for a token written as {@code text}. */
  String key(String text);

  /**
   * Exact comparison: the text in Unicode normal form C, with any run of spaces inside a token (as
   * in "$1.2 billion" with a no-break space) read as one plain space.
   */
  TokenKey EXACT = TokenKey::normalize;

  /** As {@link #EXACT}, but letter case does not count. */
  TokenKey IGNORE_CASE = text -> normalize(text).toLowerCase(Locale.ROOT);

  /** NFC with inner spaces folded; the base of every key function. */
  static String normalize(String text) {
    String s = isSurelyNfc(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    for (int i = 0; i < s.length(); i++) {
      if (Chars.isSpace(s.charAt(i))) {
        return s.replaceAll("[\\s\\p{Z}\\u200B\\uFEFF]+", " ");
      }
    }
    return s;
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
