package org.newsdiff.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TokenizerTest {
  static List<String> tokens(String s) {
    return new Tokenizer(TokenKey.EXACT)
        .tokenize(s, 0, s.length()).stream().map(Token::text).toList();
  }

  @Test
  void wordsKeepTheirApostrophesHyphensAndPeriods() {
    assertThat(tokens("Mayor Ruiz’s co-operation with the U.S.-Canada panel"))
        .containsExactly("Mayor", "Ruiz’s", "co-operation", "with", "the", "U.S.-Canada", "panel");
  }

  @Test
  void numbersKeepTheirUnitsAndMagnitudes() {
    assertThat(tokens("It cost $1.2 billion, up 3.5% from 1950-53, or 4,000 more."))
        .containsExactly(
            "It",
            "cost",
            "$1.2 billion",
            ",",
            "up",
            "3.5%",
            "from",
            "1950-53",
            ",",
            "or",
            "4,000",
            "more",
            ".");
    assertThat(tokens("a 3-year-old and the 1990s"))
        .containsExactly("a", "3-year-old", "and", "the", "1990s");
  }

  /** Chars outside the BMP are read whole: a letter joins its word, an emoji stands alone. */
  @Test
  void surrogatePairsAreReadAsOneChar() {
    String script = "\uD835\uDC9C"; // U+1D49C, a mathematical script capital A: a letter
    String smile = "\uD83D\uDE00"; // U+1F600, an emoji: a symbol
    assertThat(tokens("The " + script + "lpha" + script + " team " + smile + " won"))
        .containsExactly("The", script + "lpha" + script, "team", smile, "won");
    assertThat(tokens("a\uD835"))
        .containsExactly("a", "\uD835"); // a lone high surrogate at the end
  }

  @Test
  void punctuationAndQuotesAreTokensOfTheirOwn() {
    assertThat(tokens("“Go,” he said — now..."))
        .containsExactly("“", "Go", ",", "”", "he", "said", "—", "now", "...");
  }

  @Test
  void abbreviationsKeepTheirPeriodAndASentenceEndDoesNot() {
    assertThat(tokens("Sen. Ray met Corp. staff in the U.S."))
        .containsExactly("Sen.", "Ray", "met", "Corp.", "staff", "in", "the", "U.S.");
    assertThat(tokens("They left.")).containsExactly("They", "left", ".");
    assertThat(tokens("John F. Kennedy")).containsExactly("John", "F.", "Kennedy");
  }

  @Test
  void pluralPossessiveKeepsItsApostrophe() {
    assertThat(tokens("the countries’ chief")).containsExactly("the", "countries’", "chief");
    assertThat(tokens("‘the hawks’ he said"))
        .containsExactly("‘", "the", "hawks", "’", "he", "said");
  }

  @Test
  void addressesAreOneToken() {
    assertThat(tokens("See https://example.org/a?b=1. Or mail tips@example.com."))
        .containsExactly(
            "See", "https://example.org/a?b=1", ".", "Or", "mail", "tips@example.com", ".");
  }

  @Test
  void keysFoldUnicodeSpacesAndIgnoreCaseOnlyChangesTheKey() {
    Token t = new Tokenizer(TokenKey.IGNORE_CASE).tokenize("$2\u00A0Million", 0, 10).get(0);
    assertThat(t.text()).isEqualTo("$2\u00A0Million");
    assertThat(t.key()).isEqualTo("$2 million");
  }

  @Test
  void wordsRunOnPastLatin1AndStopAtSpacesAndPunctuationOfEveryScript() {
    // Latin-1 letters are scanned in a fast loop; a letter above U+00FF, a combining mark or a
    // quote mark must continue or end the word as its Unicode class says.
    assertThat(tokens("Dvořák met Łódź’s mayor in Αθήνα\u2014cafe\u0301s, 北京 naïve\u00A0ok."))
        .containsExactly(
            "Dvořák",
            "met",
            "Łódź’s",
            "mayor",
            "in",
            "Αθήνα",
            "\u2014",
            "cafe\u0301s",
            ",",
            "北京",
            "naïve",
            "ok",
            ".");
  }

  @Test
  void plainAndNonPlainTokensGetTheSameKeysAsTheirStrings() {
    String s = "Cafe\u0301 D\u00E9j\u00E0 \u0130stanbul \u201Cquoted\u201D x\u200By";
    for (TokenKey keys : TokenKey.values()) {
      for (Token t : new Tokenizer(keys).tokenize(s, 0, s.length())) {
        assertThat(t.key()).as(t.text()).isEqualTo(keys.key(t.text()));
      }
    }
  }

  /**
   * Tokens given the strings of an earlier token with the same chars (see {@code TokenStrings}):
   * text and key as made afresh, for two key functions taking turns on one thread, over enough
   * distinct words that slots are taken over.
   */
  @Test
  void recurringWordsGetTheTextAndKeyTheyWouldGetAfresh() {
    String[] parts = {"the", "The", "THE", "Cafe\u0301", "\u0130l", "co-op", "“", ",", "$1\u00A0m"};
    Random r = new Random(5);
    Tokenizer exact = new Tokenizer(TokenKey.EXACT);
    Tokenizer caseless = new Tokenizer(TokenKey.IGNORE_CASE);
    for (int round = 0; round < 300; round++) {
      StringBuilder b = new StringBuilder();
      for (int w = 0; w < 60; w++) {
        b.append(r.nextInt(3) == 0 ? "w" + r.nextInt(20_000) : parts[r.nextInt(parts.length)]);
        b.append(' ');
      }
      String s = b.toString();
      for (Tokenizer tokenizer : List.of(exact, caseless)) {
        for (Token t : tokenizer.tokenize(s, 0, s.length())) {
          assertThat(t.text()).isEqualTo(s.substring(t.start(), t.end()));
          assertThat(t.key()).as(t.text()).isEqualTo(tokenizer.keys().key(t.text()));
        }
      }
    }
  }
}
