package org.newsdiff.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class JsonTest {
  /** The bytes of {@code json}, as written to a stream. */
  private static byte[] bytes(Json json) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      json.writeTo(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** The text of {@code json}'s bytes, read back as UTF-8. */
  private static String text(Json json) {
    return new String(bytes(json), StandardCharsets.UTF_8);
  }

  private static String quoted(String s) {
    return text(new Json(0).string(s));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "``|`\"\"`",
        "Port Alder|`\"Port Alder\"`",
        "`“harbour” — 7-2`|`\"“harbour” — 7-2\"`",
        "`say \"no\"`|`\"say \\\"no\\\"\"`",
        "`a\\b`|`\"a\\\\b\"`",
      })
  void quotesPlainTextAndEscapesQuotesAndBackslashes(String text, String json) {
    assertThat(quoted(text)).isEqualTo(json);
  }

  @Test
  void escapesControlsAndLineSeparators() {
    assertThat(quoted("\n\r\t\b\f")).isEqualTo("\"\\n\\r\\t\\b\\f\"");
    assertThat(quoted("a\u0001b\u001fc")).isEqualTo("\"a\\u0001b\\u001fc\"");
    assertThat(quoted("x\u2028y\u2029")).isEqualTo("\"x\\u2028y\\u2029\"");
  }

  @Test
  void keepsSurrogatePairsAndEscapesLoneHalves() {
    assertThat(quoted("ok 😀")).isEqualTo("\"ok 😀\"");
    assertThat(quoted("\uD83D")).isEqualTo("\"\\ud83d\"");
    assertThat(quoted("a\uDE00b")).isEqualTo("\"a\\ude00b\"");
    assertThat(quoted("\uDE00\uD83D")).isEqualTo("\"\\ude00\\ud83d\""); // reversed: both lone
  }

  @Test
  void writesNumbersInDecimal() {
    Json j = new Json(0);
    for (long n : new long[] {0, 7, 10, 99, 100, 1_234_567_890_123L, Long.MAX_VALUE, -5}) {
      j.number(n).ascii(' ');
    }
    assertThat(text(j)).isEqualTo("0 7 10 99 100 1234567890123 " + Long.MAX_VALUE + " -5 ");
  }

  /**
   * The quoting as a plain reading of RFC 8259 would write it, char by char, for comparison: named
   * escapes where JSON has them, hex escapes for other controls, U+2028/U+2029 and lone surrogates,
   * every other char as it is; then encoded as UTF-8.
   */
  private static byte[] expected(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean paired =
          Character.isHighSurrogate(c)
                  && i + 1 < s.length()
                  && Character.isLowSurrogate(s.charAt(i + 1))
              || Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        case '\b' -> b.append("\\b");
        case '\f' -> b.append("\\f");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029' || Character.isSurrogate(c) && !paired) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString().getBytes(StandardCharsets.UTF_8);
  }

  static LongStream seeds() {
    return LongStream.range(1, 301);
  }

  /**
   * Random text of every kind of char (ASCII, controls, two- and three-byte chars, separators,
   * surrogates paired and lone), some of it longer than the pieces quoted at a time: the bytes are
   * those of the plain reading.
   */
  @ParameterizedTest
  @MethodSource("seeds")
  void quotesAsThePlainReadingWouldByteForByte(long seed) {
    Random r = new Random(seed);
    String kinds =
        "a Z~\"\\\n\u0000\u001f\u007f\u00e9\u07ff\u0800\u201c\u2028\u2029\uffff\ud83d\ude00";
    int length = r.nextInt(4) == 0 ? 4000 + r.nextInt(9000) : r.nextInt(40);
    StringBuilder s = new StringBuilder();
    while (s.length() < length) {
      s.append(
          r.nextInt(3) == 0
              ? (char) r.nextInt(Character.MAX_VALUE + 1)
              : r.nextInt(4) == 0
                  ? "\ud83d\ude00"
                  : String.valueOf(kinds.charAt(r.nextInt(kinds.length()))));
    }
    assertThat(bytes(new Json(0).string(s.toString()))).isEqualTo(expected(s.toString()));

    // A range of it, in the room of a text cleared for reuse, as a copy of the range would be
    // quoted: a pair cut by either end is two lone halves.
    int from = r.nextInt(s.length() + 1);
    int to = from + r.nextInt(s.length() - from + 1);
    Json reused = new Json(0).string("left over");
    reused.clear();
    assertThat(bytes(reused.string(s.toString(), from, to)))
        .isEqualTo(expected(s.substring(from, to)));
  }

  @Test
  void aPairAcrossTheEndOfAPieceStaysAPair() {
    for (int before = 4090; before < 4100; before++) {
      String s = "a".repeat(before) + "\ud83d\ude00" + "b";
      assertThat(quoted(s)).isEqualTo("\"" + s + "\"");
    }
  }
}
