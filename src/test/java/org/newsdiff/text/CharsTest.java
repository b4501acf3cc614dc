package org.newsdiff.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CharsTest {
  /** The table behind the test gives the same answer as the definition, for every char. */
  @Test
  void aSentenceEndsOnlyAtAPeriodQuestionMarkExclamationMarkOrEllipsis() {
    int[] ends =
        IntStream.rangeClosed(Character.MIN_VALUE, Character.MAX_VALUE)
            .filter(Chars::isSentenceEnd)
            .toArray();
    assertThat(ends).containsExactly('!', '.', '?', '\u2026');
  }
}
