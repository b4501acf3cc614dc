package org.newsdiff.align;

import java.util.Locale;
import org.newsdiff.text.Chars;

/**
 * The loose key that sentence pairing compares words by, so that an edit that only changes a word's
 * form still counts as the same word: case, possessive "’s", hyphens, a plural "s", and British
 * spellings ("neighbour" → "neighbor", "organise" → "organize", "centre" → "center", "travelled" →
 * "traveled") are set aside. Used for pairing only; word diffs use token keys.
 *
 * <p>Works in place on a buffer holding a token's key, so that the millions of words of a long
 * article need no string each; every rule keeps the word as long or makes it shorter.
 */
final class MatchKey {
  private static final char[][] BRITISH_ENDINGS = {
    "ise".toCharArray(), "ize".toCharArray(),
    "ised".toCharArray(), "ized".toCharArray(),
    "ises".toCharArray(), "izes".toCharArray(),
    "ising".toCharArray(), "izing".toCharArray(),
    "isation".toCharArray(), "ization".toCharArray(),
    "isations".toCharArray(), "izations".toCharArray(),
    "tre".toCharArray(), "ter".toCharArray(),
    "tres".toCharArray(), "ters".toCharArray()
  };

  private static final char[][] DOUBLED_L = {
    "lled".toCharArray(), "led".toCharArray(),
    "lling".toCharArray(), "ling".toCharArray(),
    "ller".toCharArray(), "ler".toCharArray(),
    "llers".toCharArray(), "lers".toCharArray()
  };

  private MatchKey() {}

  /**
   * Turns the token key in {@code b[0, length)} into its match key, in place; {@code number} for a
   * number token. Returns the match key's length. {@code b} must have room for twice {@code
   * length}: lower case can be longer ("İ" is "i" and a combining dot).
   */
  static int apply(char[] b, int length, boolean number) {
    int n = lowerCase(b, length);
    if (n < 0) { // a lower case that a char alone does not tell ("İ", "Σ"): through a string
      String lower = new String(b, 0, length).toLowerCase(Locale.ROOT);
      lower.getChars(0, lower.length(), b, 0);
      n = lower.length();
    }
    if (n > 2 && Chars.isApostrophe(b[n - 2]) && b[n - 1] == 's') {
      n -= 2;
    }
    if (number) {
      return n;
    }
    int kept = 0;
    for (int i = 0; i < n; i++) {
      if (b[i] != '-' && !Chars.isApostrophe(b[i])) {
        b[kept++] = b[i];
      }
    }
    n = kept;
    int original = n;
    if (original > 5) {
      n = ourToOr(b, n);
      for (int r = 0; r < BRITISH_ENDINGS.length; r += 2) {
        n = swapEnding(b, n, BRITISH_ENDINGS[r], BRITISH_ENDINGS[r + 1]);
      }
    }
    if (original > 6) {
      for (int r = 0; r < DOUBLED_L.length; r += 2) {
        n = swapEnding(b, n, DOUBLED_L[r], DOUBLED_L[r + 1]);
      }
    }
    if (n > 3
        && b[n - 1] == 's'
        && b[n - 2] != 's'
        && !(b[n - 2] == 'u' && b[n - 1] == 's')
        && !(b[n - 2] == 'i' && b[n - 1] == 's')) {
      n--;
    }
    return n;
  }

  /** The match key of a token key, as a string (for tests and tools). */
  static String of(String tokenKey, boolean number) {
    char[] b = new char[2 * tokenKey.length()];
    tokenKey.getChars(0, tokenKey.length(), b, 0);
    return new String(b, 0, apply(b, tokenKey.length(), number));
  }

  /**
   * Lower-cases {@code b[0, length)} in place as {@code toLowerCase(Locale.ROOT)} does, returning
   * the length; -1 for the few chars whose lower case depends on context or is longer ("İ", "Σ",
   * surrogate pairs), which the caller then lower-cases through a string.
   */
  private static int lowerCase(char[] b, int length) {
    for (int i = 0; i < length; i++) {
      char c = b[i];
      if (c == '\u0130' || c == '\u03A3' || Character.isSurrogate(c)) {
        return -1;
      }
    }
    for (int i = 0; i < length; i++) {
      char c = b[i];
      if (c >= 'A' && c <= 'Z') {
        b[i] = (char) (c + ('a' - 'A'));
      } else if (c >= 128) { // the rest of ASCII is its own lower case
        b[i] = Character.toLowerCase(c);
      }
    }
    return length;
  }

  /** Every "our" read as "or", left to right: "neighbour" → "neighbor". */
  private static int ourToOr(char[] b, int n) {
    int out = 0;
    int i = 0;
    while (i < n) {
      if (i + 2 < n && b[i] == 'o' && b[i + 1] == 'u' && b[i + 2] == 'r') {
        b[out++] = 'o';
        b[out++] = 'r';
        i += 3;
      } else {
        b[out++] = b[i++];
      }
    }
    return out;
  }

  private static int swapEnding(char[] b, int n, char[] from, char[] to) {
    int start = n - from.length;
    if (start < 0) {
      return n;
    }
    for (int i = 0; i < from.length; i++) {
      if (b[start + i] != from[i]) {
        return n;
      }
    }
    System.arraycopy(to, 0, b, start, to.length);
    return start + to.length;
  }
}
