package org.newsdiff.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TokenKeyTest {
  /** Plain letters, and every kind of char the fast path must hand to the slow one. */
  private static final String ALPHABET =
      "abcXYZéÉßİıſ’‘“”—–-.'$%0 \u00A0\u2009\u202F\u0301\u0308\u212B\u1E9E\u03A3\u2026\u2028";

  static IntStream seeds() {
    return IntStream.range(0, 40);
  }

  /** One to eight chars of {@link #ALPHABET}. */
  private static String randomToken(Random r) {
    StringBuilder s = new StringBuilder();
    int len = 1 + r.nextInt(8);
    for (int k = 0; k < len; k++) {
      s.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
    }
    return s.toString();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void theArrayPathsGiveWhatKeyReturns(int seed) {
    Random r = new Random(seed);
    for (int n = 0; n < 500; n++) {
      String token = randomToken(r);
      String text = "<" + token + ">";
      for (TokenKey keys : TokenKey.values()) {
        assertThat(written(keys, text, 1, text.length() - 1)).isEqualTo(keys.key(token));
        assertThat(keys.key(text.toCharArray(), 1, text.length() - 1, token))
            .isEqualTo(keys.key(token));
      }
    }
  }

  @Test
  void everyCharBelowTheFastPathLimitKeysAsItselfOnTheArrayPaths() {
    for (char c = 0; c < '\u2060'; c++) {
      String text = "a" + c + "b";
      for (TokenKey keys : TokenKey.values()) {
        assertThat(written(keys, text, 0, 3)).as("U+%04X", (int) c).isEqualTo(keys.key(text));
        assertThat(keys.key(text.toCharArray(), 0, 3, text))
            .as("U+%04X", (int) c)
            .isEqualTo(keys.key(text));
      }
    }
  }

  /**
   * The key by its definition, worked out the slow way: NFC, runs of spaces as one plain space,
   * lower case for IGNORE_CASE. An oracle for the fast paths, which skip this for plain text.
   */
  private static String byDefinition(TokenKey keys, String text) {
    String key =
        Normalizer.normalize(text, Normalizer.Form.NFC)
            .replaceAll("[\\s\\p{Z}\\u200B\\uFEFF]+", " ");
    return keys == TokenKey.IGNORE_CASE ? key.toLowerCase(Locale.ROOT) : key;
  }

  @Test
  void theKeyOfEveryCharBelowTheFastPathLimitIsAsDefined() {
    for (char c = 0; c < '\u2060'; c++) {
      String text = "a" + c + "b";
      for (TokenKey keys : TokenKey.values()) {
        assertThat(keys.key(text)).as("U+%04X", (int) c).isEqualTo(byDefinition(keys, text));
      }
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void theKeyOfRandomTextIsAsDefined(int seed) {
    Random r = new Random(seed);
    for (int n = 0; n < 500; n++) {
      String token = randomToken(r);
      for (TokenKey keys : TokenKey.values()) {
        assertThat(keys.key(token)).isEqualTo(byDefinition(keys, token));
      }
    }
  }

  @Test
  void aBufferTooShortIsSaidSo() {
    assertThat(TokenKey.EXACT.writeKey("Ruiz".toCharArray(), 0, 4, new char[3])).isEqualTo(-1);
    char[] accented = "Ru\u0301iz".toCharArray();
    assertThat(TokenKey.EXACT.writeKey(accented, 0, 5, new char[4])).isEqualTo(4); // NFC
    assertThat(TokenKey.EXACT.writeKey(accented, 0, 5, new char[3])).isEqualTo(-1);
  }

  /** What writeKey writes, through a buffer just long enough for the token. */
  private static String written(TokenKey keys, String text, int start, int end) {
    char[] out = new char[2 * (end - start)];
    int length = keys.writeKey(text.toCharArray(), start, end, out);
    return new String(out, 0, length);
  }
}
