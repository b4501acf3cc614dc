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

  /** Each thread's strings of recent tokens, for this tokenizer's keys. */
  private final ThreadLocal<TokenStrings> strings;

  /** Creates a tokenizer whose tokens carry keys from {@code keys}. */
  public Tokenizer(TokenKey keys) {
    this.keys = keys;
    this.strings = ThreadLocal.withInitial(() -> new TokenStrings(keys));
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
    TokenStrings recent = strings.get();
    char[] copy = recent.copy(end - start);
    scan(
        text,
        start,
        end,
        copy,
        (from, to, kind) -> {
          recent.find(copy, from - start, to - start);
          out.add(new Token(recent.text(), recent.key(), kind, from, to));
        });
    return out;
  }

  /**
   * Hands the tokens of {@code text[start, end)} to {@code sink}, in order: what {@link #tokenize}
   * returns, for callers that need only where tokens lie.
   */
  public static void scan(String text, int start, int end, Sink sink) {
    scan(text, start, end, new char[end - start], sink);
  }

  /**
   * As {@link #scan(String, int, int, Sink)}, with {@code text[start, end)} copied first into the
   * start of {@code copy} (at least {@code end - start} long), where the sink may read each token:
   * the token {@code [from, to)} is {@code copy[from - start, to - start)}.
   */
  public static void scan(String text, int start, int end, char[] copy, Sink sink) {
    // Scanned as a copy in an array: several times faster than through String.charAt, and the
    // scan cannot look past the sentence.
    text.getChars(start, end, copy, 0);
    scan(copy, end - start, start, sink);
  }

  /** Scans {@code text[0, length)}, whose first char is at {@code offset} in the source. */
  private static void scan(char[] text, int length, int offset, Sink sink) {
    int start = 0;
    int end = length;
    int i = start;
    while (i < end) {
      int c = codePointAt(text, i, end);
      if (Chars.isSpace(c)) {
        i += Character.charCount(c);
        continue;
      }
      int j;
      Token.Kind kind;
      // Only a digit, "$" or a currency sign above U+009F starts a number: letters skip the call.
      if ((c <= '9' || c >= 0xA0) && startsNumber(text, i, end)) {
        j = numberEnd(text, i, end);
        kind = Token.Kind.NUMBER;
        if (j < end && text[j] == '-' && j + 1 < end && Chars.isWordChar(text[j + 1])) {
          j = wordEnd(text, start, j, end); // "3-year-old" is a word
          kind = Token.Kind.WORD;
        }
      } else if (Chars.isWordChar(c)) {
        j = wordEnd(text, start, i, end);
        kind = Token.Kind.WORD;
      } else if (c == '.' && startsWith(text, i, end, "...")) {
        j = i + 3;
        kind = Token.Kind.PUNCT;
      } else {
        j = i + Character.charCount(c);
        kind = Token.Kind.PUNCT;
      }
      sink.token(offset + i, offset + j, kind);
      i = j;
    }
  }

  /**
   * As {@link Character#codePointAt(char[], int, int)}, short enough for the quick compiler to
   * inline: the char itself unless it starts a surrogate pair.
   */
  private static int codePointAt(char[] text, int i, int end) {
    char c = text[i];
    return Character.isHighSurrogate(c) ? Character.codePointAt(text, i, end) : c;
  }

  private static boolean startsNumber(char[] text, int i, int end) {
    char c = text[i];
    if (c >= '0' && c <= '9') {
      return true;
    }
    return (c == '$' || c == '€' || c == '£' || c == '¥')
        && i + 1 < end
        && Character.isDigit(text[i + 1]);
  }

  private static int numberEnd(char[] text, int i, int end) {
    int j = i + 1;
    while (j < end) {
      char d = text[j];
      if (Character.isDigit(d)) {
        j++;
      } else if ((d == ',' || d == '.' || d == ':' || d == '/' || d == '-' || d == '\u2013')
          && j + 1 < end
          && Character.isDigit(text[j + 1])) {
        j += 2;
      } else {
        break;
      }
    }
    while (j < end && (Character.isLetter(text[j]) || text[j] == '%' || text[j] == '°')) {
      j++; // "1990s", "21st", "3.5%", "41.5°"
    }
    int k = j;
    int spaces = 0;
    while (k < end && Chars.isSpace(text[k]) && spaces < 2) { // a wrap is a space
      k++;
      spaces++;
    }
    if (spaces == 1) {
      int w = k;
      while (w < end && Character.isLetter(text[w])) {
        w++;
      }
      if (w > k && MAGNITUDES.contains(new String(text, k, w - k).toLowerCase(Locale.ROOT))) {
        return w;
      }
    }
    return j;
  }

  private static int wordEnd(char[] text, int sentenceStart, int i, int end) {
    int j = i;
    boolean url = false;
    while (j < end) {
      j = Chars.latinWordEnd(text, j, end);
      if (j == end) {
        break;
      }
      int c = codePointAt(text, j, end);
      if (Chars.isWordChar(c)) {
        j += Character.charCount(c);
        continue;
      }
      boolean nextIsWord = j + 1 < end && Chars.isWordChar(codePointAt(text, j + 1, end));
      if (url && !Chars.isSpace(c) && !isTrailingPunct(text, j, end)) {
        j++;
      } else if (c == ':' && startsWith(text, j, end, "://")) {
        url = true;
        j += 3;
      } else if (nextIsWord && (c == '-' || c == '.' || c == '@' || c == '&' || c == '_')) {
        j++;
      } else if (nextIsWord
          && Chars.isApostrophe(c)
          && Character.isLetter(Character.codePointAt(text, j + 1, end))) {
        j++;
      } else {
        break;
      }
    }
    if (j < end && text[j] == '.' && Lexicon.takesPeriod(text, i, j)) {
      if (j + 2 < end && text[j + 1] == '-' && Chars.isWordChar(text[j + 2])) {
        return wordEnd(text, sentenceStart, j + 2, end); // "U.S.-Canada"
      }
      return j + 1;
    }
    if (j < end
        && text[j] == '.'
        && j - i == 1
        && Character.isUpperCase(text[i])
        && Chars.skipSpace(text, j + 1, end) < end) {
      return j + 1; // an initial inside a sentence: "John F. Kennedy"
    }
    if (j < end
        && Chars.isApostrophe(text[j])
        && isPluralPossessive(text, sentenceStart, i, j, end)) {
      return j + 1;
    }
    return j;
  }

  /** In an address, punctuation at its very end belongs to the sentence, not to the address. */
  private static boolean isTrailingPunct(char[] text, int j, int end) {
    char c = text[j];
    if (".,;:!?)\"”’'".indexOf(c) < 0) {
      return false;
    }
    return j + 1 >= end
        || Chars.isSpace(text[j + 1])
        || Chars.isClosing(text[j + 1])
        || ".,;:!?".indexOf(text[j + 1]) >= 0;
  }

  /** "the countries’ chief": an apostrophe after a plural, with no open single quote before. */
  private static boolean isPluralPossessive(char[] text, int sentenceStart, int i, int j, int end) {
    char last = text[j - 1];
    if (last != 's' && last != 'S') {
      return false;
    }
    int next = Chars.skipSpace(text, j + 1, end);
    if (next == j + 1 || next >= end || !Character.isLetter(text[next])) {
      return false;
    }
    for (int k = sentenceStart; k < i; k++) {
      char q = text[k];
      if (q == '\u2018' || (q == '\'' && (k == sentenceStart || Chars.isSpace(text[k - 1])))) {
        return false;
      }
    }
    return true;
  }

  private static boolean startsWith(char[] text, int i, int end, String prefix) {
    if (i + prefix.length() > end) {
      return false;
    }
    for (int k = 0; k < prefix.length(); k++) {
      if (text[i + k] != prefix.charAt(k)) {
        return false;
      }
    }
    return true;
  }
}
