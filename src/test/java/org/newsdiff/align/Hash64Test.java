package org.newsdiff.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsdiff.text.Chars;

class Hash64Test {
  static LongStream seeds() {
    return LongStream.range(1, 201);
  }

  /** Chars of every kind the folding tells apart: ASCII, Latin-1, spaces in and above ASCII. */
  private static final String ALPHABET =
      "ab Z.,\t\n\u000B\f\r\u001C\u001F\u0000\u007F\u0080\u0085\u00A0\u00E9\u2009\u200B\u2028"
          + "\u201C\u3000\uFEFF\uD83D\uDE00";

  /**
   * Folding spaces hashes a text as the plain hash of the same text with each white space char
   * replaced by one plain space, for every char whichever side of the ASCII table it is on.
   */
  @ParameterizedTest
  @MethodSource("seeds")
  void foldingSpacesIsHashingWithEachSpaceReplaced(long seed) {
    Random r = new Random(seed);
    char[] text = new char[r.nextInt(60)];
    for (int i = 0; i < text.length; i++) {
      text[i] =
          r.nextBoolean()
              ? ALPHABET.charAt(r.nextInt(ALPHABET.length()))
              : (char) r.nextInt(Character.MAX_VALUE + 1);
    }
    char[] replaced = text.clone();
    for (int i = 0; i < replaced.length; i++) {
      replaced[i] = Chars.isSpace(replaced[i]) ? ' ' : replaced[i];
    }
    assertThat(Hash64.ofSpacesFolded(text, 0, text.length))
        .isEqualTo(Hash64.of(replaced, 0, replaced.length))
        .isEqualTo(Hash64.of(new String(replaced)));
  }

  @Test
  void aWrappedSentenceHashesAsOneLine() {
    char[] wrapped = "The council met\non Tuesday.\u00A0".toCharArray();
    char[] line = "The council met on Tuesday. ".toCharArray();
    char[] other = "The council met on Tuesday.".toCharArray();
    assertThat(Hash64.ofSpacesFolded(wrapped, 0, wrapped.length))
        .isEqualTo(Hash64.ofSpacesFolded(line, 0, line.length))
        .isNotEqualTo(Hash64.ofSpacesFolded(other, 0, other.length));
  }
}
