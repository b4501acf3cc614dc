package org.newsdiff.align;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MatchKeyTest {
  @ParameterizedTest
  @CsvSource({
    "neighbour, neighbor",
    "Neighbours, neighbor",
    "neighbourhood, neighborhood",
    "organised, organized",
    "organisation, organization",
    "centre, center",
    "centres, center",
    "travelled, traveled",
    "travelling, traveling",
    "co-operation, cooperation",
    "Trump’s, trump",
    "Trump's, trump",
    "officials, official",
    "kiss, kiss",
    "status, status",
    "analysis, analysis",
    "U.S., u.s.",
    "İstanbul, i̇stanbul",
    "ΣΟΦΟΣ, σοφος",
    "our, our",
    "hour, hour",
    "tours, tour",
  })
  void wordsMatchWhateverTheirForm(String key, String match) {
    assertThat(MatchKey.of(key, false)).isEqualTo(match);
  }

  @ParameterizedTest
  @CsvSource({"1990s, 1990s", "’80s, ’80s", "$5 Million, $5 million", "3.5%, 3.5%"})
  void numbersOnlyLoseCaseAndPossessive(String key, String match) {
    assertThat(MatchKey.of(key, true)).isEqualTo(match);
  }
}
