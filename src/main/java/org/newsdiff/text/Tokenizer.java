package org.newsdiff.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a sentence into word, number and punctuation tokens.
 *
 * <p>Tokens are chosen so that a word diff reads as an editor changed the text:
 *
 * <pre>
 * "U.S.-Russian"    one word        "$1.2 billion"   one number
 * "Trump’s"         one word        "3.5%"           one number
 * "co-operation"    one word        "1950-53"        one number
 * "“"  ","  "—"     one punctuation token each;  "..." one token
 * </pre>
 */
public final class Tokenizer {
  private static final Set<String> MAGNITUDES =
      Set.of("thousand", "million", "billion", "trillion", "bn", "mn");

  private final TokenKey keys;

  /** Creates a tokenizer whose tokens carry keys from {@code keys}. */
  public Tokenizer(TokenKey keys) {
    this.keys = keys;
  }

  /** How this tokenizer's tokens are keyed. */
  public TokenKey keys() {
    return keys;
  }

  /** Receives the tokens of a scan, in order, without a {@link Token} made for each. */
  @FunctionalInterface
  public interface Sink {
    /** One token: {@code text[start, end)}, of {@code kind}. */
    void token(int start, int end, Token.Kind kind);
  }

  /** The tokens of {@code text[start, end)}, in order. */
  public List<Token> tokenize(String text, int start, int end) {
    List<Token> out = new ArrayList<>();
    scan(
        text,
        start,
        end,
        (from, to, kind) -> {
          String t = text.substring(from, to);
          out.add(new Token(t, keys.key(t), kind, from, to));
        });
    return out;
  }

  /**
   * Hands the tokens of {@code text[start, end)} to {@code sink}, in order: what {@link #tokenize}
   * returns, for callers that need only where tokens lie.
   */
  public static void scan(String text, int start, int end, Sink sink) {
    int i = start;
    while (i < end) {
      int c = text.codePointAt(i);
      if (Chars.isSpace(c)) {
        i += Character.charCount(c);
        continue;
      }
      int j;
      Token.Kind kind;
      if (startsNumber(text, i, end)) {
        j = numberEnd(text, i, end);
        kind = Token.Kind.NUMBER;
        if (j < end
            && text.charAt(j) == '-'
            && j + 1 < end
            && Chars.isWordChar(text.charAt(j + 1))) {
          j = wordEnd(text, start, j, end); // "3-year-old" is a word
          kind = Token.Kind.WORD;
        }
      } else if (Chars.isWordChar(c)) {
        j = wordEnd(text, start, i, end);
        kind = Token.Kind.WORD;
      } else if (c == '.' && text.startsWith("...", i)) {
        j = i + 3;
        kind = Token.Kind.PUNCT;
      } else {
        j = i + Character.charCount(c);
        kind = Token.Kind.PUNCT;
      }
      sink.token(i, j, kind);
      i = j;
    }
  }

  private static boolean startsNumber(String text, int i, int end) {
    char c = text.charAt(i);
    if (c >= '0' && c <= '9') {
      return true;
    }
    return (c == '$' || c == '€' || c == '£' || c == '¥')
        && i + 1 < end
        && Character.isDigit(text.charAt(i + 1));
  }

  private static int numberEnd(String text, int i, int end) {
    int j = i + 1;
    while (j < end) {
      char d = text.charAt(j);
      if (Character.isDigit(d)) {
        j++;
      } else if ((d == ',' || d == '.' || d == ':' || d == '/' || d == '-' || d == '\u2013')
          && j + 1 < end
          && Character.isDigit(text.charAt(j + 1))) {
        j += 2;
      } else {
        break;
      }
    }
    while (j < end
        && (Character.isLetter(text.charAt(j)) || text.charAt(j) == '%' || text.charAt(j) == '°')) {
      j++; // "1990s", "21st", "3.5%", "41.5°"
    }
    int k = j;
    int spaces = 0;
    while (k < end && Chars.isSpace(text.charAt(k)) && spaces < 2) { // a wrap is a space
      k++;
      spaces++;
    }
    if (spaces == 1) {
      int w = k;
      while (w < end && Character.isLetter(text.charAt(w))) {
        w++;
      }
      if (w > k && MAGNITUDES.contains(text.substring(k, w).toLowerCase(Locale.ROOT))) {
        return w;
      }
    }
    return j;
  }

  private static int wordEnd(String text, int sentenceStart, int i, int end) {
    int j = i;
    boolean url = false;
    while (j < end) {
      int c = text.codePointAt(j);
      if (Chars.isWordChar(c)) {
        j += Character.charCount(c);
        continue;
      }
      boolean nextIsWord = j + 1 < end && Chars.isWordChar(text.codePointAt(j + 1));
      if (url && !Chars.isSpace(c) && !isTrailingPunct(text, j, end)) {
        j++;
      } else if (c == ':' && text.startsWith("://", j)) {
        url = true;
        j += 3;
      } else if (nextIsWord && (c == '-' || c == '.' || c == '@' || c == '&' || c == '_')) {
        j++;
      } else if (nextIsWord
          && Chars.isApostrophe(c)
          && Character.isLetter(text.codePointAt(j + 1))) {
        j++;
      } else {
        break;
      }
    }
    if (j < end && text.charAt(j) == '.' && Lexicon.takesPeriod(text, i, j)) {
      if (j + 2 < end && text.charAt(j + 1) == '-' && Chars.isWordChar(text.charAt(j + 2))) {
        return wordEnd(text, sentenceStart, j + 2, end); // "U.S.-Canada"
      }
      return j + 1;
    }
    if (j < end
        && text.charAt(j) == '.'
        && j - i == 1
        && Character.isUpperCase(text.charAt(i))
        && Chars.skipSpace(text, j + 1, end) < end) {
      return j + 1; // an initial inside a sentence: "John F. Kennedy"
    }
    if (j < end
        && Chars.isApostrophe(text.charAt(j))
        && isPluralPossessive(text, sentenceStart, i, j, end)) {
      return j + 1;
    }
    return j;
  }

  /** In an address, punctuation at its very end belongs to the sentence, not to the address. */
  private static boolean isTrailingPunct(String text, int j, int end) {
    char c = text.charAt(j);
    if (".,;:!?)\"”’'".indexOf(c) < 0) {
      return false;
    }
    return j + 1 >= end
        || Chars.isSpace(text.charAt(j + 1))
        || Chars.isClosing(text.charAt(j + 1))
        || ".,;:!?".indexOf(text.charAt(j + 1)) >= 0;
  }

  /** "the countries’ chief": an apostrophe after a plural, with no open single quote before. */
  private static boolean isPluralPossessive(String text, int sentenceStart, int i, int j, int end) {
    char last = text.charAt(j - 1);
    if (last != 's' && last != 'S') {
      return false;
    }
    int next = Chars.skipSpace(text, j + 1, end);
    if (next == j + 1 || next >= end || !Character.isLetter(text.charAt(next))) {
      return false;
    }
    for (int k = sentenceStart; k < i; k++) {
      char q = text.charAt(k);
      if (q == '\u2018'
          || (q == '\'' && (k == sentenceStart || Chars.isSpace(text.charAt(k - 1))))) {
        return false;
      }
    }
    return true;
  }
}
