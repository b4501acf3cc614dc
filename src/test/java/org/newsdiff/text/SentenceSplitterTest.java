package org.newsdiff.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Sentence splitting on fictional news copy, one group of cases per class of trap. */
class SentenceSplitterTest {
  private static final DocumentParser PARSER = new DocumentParser(TokenKey.EXACT);

  static List<String> split(String text) {
    return PARSER.sentenceSpans(text).stream()
        .map(s -> Chars.foldLineBreaks(text.substring(s.start(), s.end())))
        .toList();
  }

  /** Each case: the text, and the sentences it must give, joined by " | ". */
  static Stream<Arguments> cases() {
    return Stream.of(
        // titles and initials before names
        c(
            "titles",
            "Sen. Ada Morrow and Rep. Carl Bix met Gov. Lin Tran.",
            "Sen. Ada Morrow and Rep. Carl Bix met Gov. Lin Tran."),
        c(
            "stacked titles",
            "Lt. Col. Rae Dunn and Dr. Omar Pike spoke. Mrs. Pike did not.",
            "Lt. Col. Rae Dunn and Dr. Omar Pike spoke. | Mrs. Pike did not."),
        c(
            "initials",
            "G.W. Harlan and Nora J. Vance ran. They lost.",
            "G.W. Harlan and Nora J. Vance ran. | They lost."),
        c("initial then surname", "Adviser T.R. Quill said no.", "Adviser T.R. Quill said no."),
        // multi-period abbreviations
        c("U.S. before a noun", "The U.S. Navy sent two ships.", "The U.S. Navy sent two ships."),
        c(
            "U.S. ends a sentence",
            "She moved to the U.S. He stayed home.",
            "She moved to the U.S. | He stayed home."),
        c(
            "U.N. and U.K.",
            "The U.N. team left the U.K. Both sides waited.",
            "The U.N. team left the U.K. | Both sides waited."),
        c(
            "Ph.D. mid-sentence",
            "She earned a Ph.D. in chemistry.",
            "She earned a Ph.D. in chemistry."),
        c(
            "U.S.S.R. ends",
            "It was built in the U.S.S.R. It still runs.",
            "It was built in the U.S.S.R. | It still runs."),
        // dates, times, places
        c(
            "time then weekday",
            "The polls open at 7 a.m. Thursday in Ohio.",
            "The polls open at 7 a.m. Thursday in Ohio."),
        c(
            "time then zone",
            "It landed at 4 p.m. EDT on the pad.",
            "It landed at 4 p.m. EDT on the pad."),
        c(
            "time ends",
            "The vote ended at 9 p.m. Counting began at once.",
            "The vote ended at 9 p.m. | Counting began at once."),
        c(
            "month before day",
            "The hearing is Oct. 3 in Tampa, Fla., and lasts a week.",
            "The hearing is Oct. 3 in Tampa, Fla., and lasts a week."),
        c(
            "state ends",
            "He lives in Mesa, Ariz. He grew up in St. Paul, Minn.",
            "He lives in Mesa, Ariz. | He grew up in St. Paul, Minn."),
        // companies and figures
        c(
            "company suffixes",
            "Orbix Corp. and Lumen Ltd. merged. Talon Inc. did not.",
            "Orbix Corp. and Lumen Ltd. merged. | Talon Inc. did not."),
        c("No. before a figure", "The No. 2 seed lost 52-48.", "The No. 2 seed lost 52-48."),
        c(
            "money and percent",
            "Sales rose 2.7% to $1.2 billion. Costs fell.",
            "Sales rose 2.7% to $1.2 billion. | Costs fell."),
        c(
            "decimal degrees",
            "It hit 41.5 degrees. Pipes froze.",
            "It hit 41.5 degrees. | Pipes froze."),
        c(
            "year ends",
            "The mill closed in 1987. It reopened in 2003.",
            "The mill closed in 1987. | It reopened in 2003."),
        // quotes
        c(
            "period inside curly quotes",
            "She called it “a disgrace.” Others agreed.",
            "She called it “a disgrace.” | Others agreed."),
        c(
            "period inside straight quotes",
            "He said it was \"over.\" Nobody laughed.",
            "He said it was \"over.\" | Nobody laughed."),
        c(
            "question then attribution",
            "“Who signed this?” the clerk asked.",
            "“Who signed this?” the clerk asked."),
        c(
            "exclamation then attribution",
            "“Stop the bus!” she yelled. It stopped.",
            "“Stop the bus!” she yelled. | It stopped."),
        c(
            "single quotes",
            "He wrote, 'We lost.' Then he left.",
            "He wrote, 'We lost.' | Then he left."),
        c(
            "quote alone",
            "“We will rebuild.” The crowd cheered.",
            "“We will rebuild.” | The crowd cheered."),
        c(
            "quote after colon",
            "She said: “It is done.” Then she sat.",
            "She said: “It is done.” | Then she sat."),
        // ellipses, dashes, parentheses
        c("ellipsis inside", "“I think … maybe,” he said.", "“I think … maybe,” he said."),
        c(
            "period then spaced ellipsis opening the next",
            "The rest is history. . . . Few noticed.",
            "The rest is history. | . . . Few noticed."),
        c(
            "ellipsis then period",
            "It ended with a shrug . . . . Few noticed.",
            "It ended with a shrug . . . . | Few noticed."),
        c(
            "em dashes",
            "The bill passed 61-39 — a rout — on Friday. It goes to the House.",
            "The bill passed 61-39 — a rout — on Friday. | It goes to the House."),
        c(
            "parenthesized sentence",
            "The pier closed. (It reopened later.) Boats waited.",
            "The pier closed. | (It reopened later.) | Boats waited."),
        c(
            "sentence ends in parenthesis",
            "The motion passed (by one vote). Critics objected.",
            "The motion passed (by one vote). | Critics objected."),
        // addresses and missing spaces
        c(
            "URL",
            "See https://example.org/a.b/c.html. It has the rules.",
            "See https://example.org/a.b/c.html. | It has the rules."),
        c(
            "e-mail",
            "Write to tips@example.com. We read everything.",
            "Write to tips@example.com. | We read everything."),
        c(
            "missing space",
            "The storm hit at dawn.It knocked out power.",
            "The storm hit at dawn. | It knocked out power."),
        c(
            "no split in U.S.North",
            "The U.S.North Korean talks stalled.",
            "The U.S.North Korean talks stalled."),
        // lists
        c(
            "numbered list on lines",
            "The plan:\n1. Cut fares.\n2. Add buses.",
            "The plan: | 1. Cut fares. | 2. Add buses."),
        c(
            "numbered list on one line",
            "1) Cut fares 2) Add buses 3) Hire drivers",
            "1) Cut fares | 2) Add buses | 3) Hire drivers"),
        c("bulleted list", "• Cut fares\n• Add buses", "• Cut fares | • Add buses"),
        // datelines, headlines, bylines
        c(
            "dateline",
            "LIMA, Peru (AP) — The quake struck at noon. No one died.",
            "LIMA, Peru (AP) — The quake struck at noon. | No one died."),
        c(
            "bare dateline",
            "DENVER — Snow closed schools. Buses stayed home.",
            "DENVER — Snow closed schools. | Buses stayed home."),
        c(
            "headline, byline, body",
            "Quake Shakes Coastal Town\nBy Ana Ruiz\nThe quake struck at noon.",
            "Quake Shakes Coastal Town | By Ana Ruiz | The quake struck at noon."),
        c(
            "timestamp line",
            "Updated 6:10 p.m. ET\nThe fire is out.",
            "Updated 6:10 p.m. ET | The fire is out."),
        c(
            "lower-case word after abbreviation",
            "They met at 6 a.m. and talked.",
            "They met at 6 a.m. and talked."),
        c(
            "article a ends a sentence",
            "The board chose a. Critics said little.",
            "The board chose a. | Critics said little."),
        c(
            "plain word before capital",
            "The zoning board voted no. Developers said they would appeal.",
            "The zoning board voted no. | Developers said they would appeal."));
  }

  static Arguments c(String name, String text, String expected) {
    return Arguments.of(name, text, expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void splits(String name, String text, String expected) {
    assertThat(String.join(" | ", split(text))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "wrapped: {0}")
  @MethodSource("cases")
  void hardWrappingDoesNotChangeTheSentences(String name, String text, String expected) {
    if (text.contains("\n") || name.contains("list")) {
      return; // deliberate line breaks; a list on one line must open its paragraph
    }
    String body = "A first sentence, long enough to make the text wrap at its width. " + text;
    List<String> got = split(org.newsdiff.RandomArticles.wrap(body, 44));
    assertThat(String.join(" | ", got.subList(1, got.size()))).isEqualTo(expected);
  }

  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  /** Spans are in order, apart, and the text between them is white space only. */
  @ParameterizedTest
  @MethodSource("seeds")
  void spansGiveBackTheInput(long seed) {
    String text = randomText(new Random(seed));
    List<Span> spans = PARSER.sentenceSpans(text);
    int at = 0;
    StringBuilder rebuilt = new StringBuilder();
    for (Span s : spans) {
      assertThat(s.start()).isGreaterThanOrEqualTo(at);
      assertThat(s.end()).isGreaterThan(s.start());
      String gap = text.substring(at, s.start());
      assertThat(Chars.isBlank(gap, 0, gap.length())).as("gap %s", gap).isTrue();
      rebuilt.append(gap).append(text, s.start(), s.end());
      at = s.end();
    }
    String tail = text.substring(at);
    assertThat(Chars.isBlank(tail, 0, tail.length())).isTrue();
    assertThat(rebuilt.append(tail).toString()).isEqualTo(text);
  }

  /** Random text from news-like pieces, punctuation, spaces and line breaks. */
  static String randomText(Random r) {
    String[] pieces = {
      "The",
      "U.S.",
      "said",
      "Sen.",
      "Jan.",
      "5",
      "p.m.",
      "Corp.",
      "“",
      "”",
      "\"",
      "'",
      "(",
      ")",
      ".",
      "?",
      "!",
      "...",
      "…",
      "—",
      ",",
      ":",
      "1.",
      "a.",
      "•",
      "-",
      "Mr.",
      "he",
      "It",
      "$1.2",
      "billion",
      "\u00A0",
      " ",
      "\n",
      "\n\n",
      "\t",
      "www.x.org",
      "a@b.co",
      "U.S.North",
      "dawn.It",
      "\r",
      "\uD83D\uDE00",
      "é"
    };
    StringBuilder b = new StringBuilder();
    int n = r.nextInt(60);
    for (int i = 0; i < n; i++) {
      b.append(pieces[r.nextInt(pieces.length)]);
      if (r.nextBoolean()) {
        b.append(' ');
      }
    }
    return b.toString();
  }
}
