package org.newsdiff.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonTest {
  private static String quoted(String s) {
    StringBuilder b = new StringBuilder();
    Json.string(b, s);
    return b.toString();
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
}
