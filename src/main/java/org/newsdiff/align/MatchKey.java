package org.newsdiff.align;

import java.util.Locale;
import org.newsdiff.text.Chars;
import org.newsdiff.text.Token;

/**
 * The loose key that sentence pairing compares words by, so that an edit that only changes a word's
 * form still counts as the same word: case, possessive "’s", hyphens, a plural "s", and British
 * spellings ("neighbour" → "neighbor", "organise" → "organize", "centre" → "center", "travelled" →
 * "traveled") are set aside. Used for pairing only; word diffs use token keys.
 */
final class MatchKey {
  private MatchKey() {}

  /** The match key of a word or number token. */
  static String of(Token t) {
    String k = t.key().toLowerCase(Locale.ROOT);
    if (k.length() > 2 && Chars.isApostrophe(k.charAt(k.length() - 2)) && k.endsWith("s")) {
      k = k.substring(0, k.length() - 2);
    }
    if (t.kind() == Token.Kind.NUMBER) {
      return k;
    }
    StringBuilder b = new StringBuilder(k.length());
    for (int i = 0; i < k.length(); i++) {
      char c = k.charAt(i);
      if (c != '-' && !Chars.isApostrophe(c)) {
        b.append(c);
      }
    }
    String w = b.toString();
    int n = w.length();
    if (n > 5 && w.contains("our")) {
      w = w.replace("our", "or");
    }
    if (n > 5) {
      w = swapEnding(w, "ise", "ize");
      w = swapEnding(w, "ised", "ized");
      w = swapEnding(w, "ises", "izes");
      w = swapEnding(w, "ising", "izing");
      w = swapEnding(w, "isation", "ization");
      w = swapEnding(w, "isations", "izations");
      w = swapEnding(w, "tre", "ter");
    }
    if (n > 6) {
      w = swapEnding(w, "lled", "led");
      w = swapEnding(w, "lling", "ling");
      w = swapEnding(w, "ller", "ler");
      w = swapEnding(w, "llers", "lers");
    }
    if (w.length() > 3
        && w.endsWith("s")
        && !w.endsWith("ss")
        && !w.endsWith("us")
        && !w.endsWith("is")) {
      w = w.substring(0, w.length() - 1);
    }
    return w;
  }

  private static String swapEnding(String w, String from, String to) {
    return w.endsWith(from) ? w.substring(0, w.length() - from.length()) + to : w;
  }
}
