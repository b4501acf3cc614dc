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
 * article need no string each.
 */
final class MatchKey {
  private MatchKey() {}

  /** Turns the token key in {@code b} into its match key; {@code number} for a number token. */
  static void apply(StringBuilder b, boolean number) {
    lowerCase(b);
    int len = b.length();
    if (len > 2 && Chars.isApostrophe(b.charAt(len - 2)) && b.charAt(len - 1) == 's') {
      b.setLength(len - 2);
    }
    if (number) {
      return;
    }
    int n = 0;
    for (int i = 0; i < b.length(); i++) {
      char c = b.charAt(i);
      if (c != '-' && !Chars.isApostrophe(c)) {
        b.setCharAt(n++, c);
      }
    }
    b.setLength(n);
    if (n > 5 && b.indexOf("our") >= 0) {
      replaceAll(b, "our", "or");
    }
    if (n > 5) {
      swapEnding(b, "ise", "ize");
      swapEnding(b, "ised", "ized");
      swapEnding(b, "ises", "izes");
      swapEnding(b, "ising", "izing");
      swapEnding(b, "isation", "ization");
      swapEnding(b, "isations", "izations");
      swapEnding(b, "tre", "ter");
    }
    if (n > 6) {
      swapEnding(b, "lled", "led");
      swapEnding(b, "lling", "ling");
      swapEnding(b, "ller", "ler");
      swapEnding(b, "llers", "lers");
    }
    if (b.length() > 3
        && endsWith(b, "s")
        && !endsWith(b, "ss")
        && !endsWith(b, "us")
        && !endsWith(b, "is")) {
      b.setLength(b.length() - 1);
    }
  }

  /** The match key of a token key, as a string (for tests and tools). */
  static String of(String tokenKey, boolean number) {
    StringBuilder b = new StringBuilder(tokenKey);
    apply(b, number);
    return b.toString();
  }

  /**
   * Lower-cases as {@code toLowerCase(Locale.ROOT)} does: char by char, but through a string for
   * the few chars whose lower case depends on context or is longer ("İ", "Σ", surrogate pairs).
   */
  private static void lowerCase(StringBuilder b) {
    for (int i = 0; i < b.length(); i++) {
      char c = b.charAt(i);
      if (c == '\u0130' || c == '\u03A3' || Character.isSurrogate(c)) {
        String lower = b.toString().toLowerCase(Locale.ROOT);
        b.setLength(0);
        b.append(lower);
        return;
      }
    }
    for (int i = 0; i < b.length(); i++) {
      b.setCharAt(i, Character.toLowerCase(b.charAt(i)));
    }
  }

  private static void replaceAll(StringBuilder b, String from, String to) {
    int at = b.indexOf(from);
    while (at >= 0) {
      b.replace(at, at + from.length(), to);
      at = b.indexOf(from, at + to.length());
    }
  }

  private static boolean endsWith(StringBuilder b, String suffix) {
    int start = b.length() - suffix.length();
    if (start < 0) {
      return false;
    }
    for (int i = 0; i < suffix.length(); i++) {
      if (b.charAt(start + i) != suffix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static void swapEnding(StringBuilder b, String from, String to) {
    if (endsWith(b, from)) {
      b.setLength(b.length() - from.length());
      b.append(to);
    }
  }
}
