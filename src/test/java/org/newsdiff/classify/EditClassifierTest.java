package org.newsdiff.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsdiff.Pipeline;
import org.newsdiff.model.Change;
import org.newsdiff.model.DiffResult;
import org.newsdiff.text.SourceText;

/** Kinds and flags of edits, on fictional sentences: one case per rule. */
class EditClassifierTest {

  static Change only(String oldText, String newText) {
    DiffResult r =
        Pipeline.defaults().compare(SourceText.of("old", oldText), SourceText.of("new", newText));
    return r.changes().stream().filter(Change::isDifference).findFirst().orElseThrow();
  }

  /** old, new, expected kind, expected categories, expected flags. */
  static Stream<Arguments> cases() {
    return Stream.of(
        c(
            "British spelling",
            "The harbour reopened on Monday.",
            "The harbor reopened on Monday.",
            "cosmetic",
            "spelling",
            ""),
        c(
            "-ise ending",
            "Officials organised a vigil.",
            "Officials organized a vigil.",
            "cosmetic",
            "spelling",
            ""),
        c(
            "per cent",
            "Prices rose 4 per cent last year.",
            "Prices rose 4 percent last year.",
            "cosmetic",
            "spelling",
            ""),
        c(
            "comma added",
            "The mayor who spoke first left early.",
            "The mayor, who spoke first, left early.",
            "cosmetic",
            "punctuation",
            ""),
        c(
            "hyphen lost",
            "The co-operation deal was signed.",
            "The cooperation deal was signed.",
            "cosmetic",
            "spelling",
            ""),
        c(
            "curly quotes",
            "He said \"we are done\" and left.",
            "He said “we are done” and left.",
            "cosmetic",
            "typography",
            ""),
        c(
            "dash style",
            "The vote - a surprise - passed.",
            "The vote — a surprise — passed.",
            "cosmetic",
            "typography",
            ""),
        c(
            "letter case",
            "The Council met on Tuesday.",
            "The council met on Tuesday.",
            "cosmetic",
            "case",
            ""),
        c(
            "that inserted",
            "She said the plan would fail.",
            "She said that the plan would fail.",
            "style",
            "style",
            ""),
        c(
            "compared with",
            "Sales were weak compared to last year.",
            "Sales were weak compared with last year.",
            "style",
            "style",
            ""),
        c(
            "abbreviation spelled out",
            "The U.N. envoy arrived.",
            "The United Nations envoy arrived.",
            "style",
            "style",
            ""),
        c(
            "title added",
            "The plan was backed by Ruiz on Friday.",
            "The plan was backed by Governor Ana Ruiz on Friday.",
            "style",
            "style",
            ""),
        c(
            "title dropped",
            "Talks between Mayor Ken Ota and the union stalled.",
            "Talks between Ota and the union stalled.",
            "style",
            "style",
            ""),
        c(
            "number word as a numeral",
            "Nine people were hurt in the crash.",
            "9 people were hurt in the crash.",
            "style",
            "style",
            ""),
        c(
            "percent sign",
            "Fares rose 12 percent in a year.",
            "Fares rose 12% in a year.",
            "style",
            "style",
            ""),
        c(
            "clock time written together",
            "The polls close at 8 p.m. on Tuesday.",
            "The polls close at 8pm on Tuesday.",
            "style",
            "style",
            ""),
        c(
            "month abbreviated",
            "The trial opens Feb. 9 in Dover.",
            "The trial opens February 9 in Dover.",
            "style",
            "style",
            ""),
        c(
            "on cut before a weekday",
            "The board met on Thursday to weigh the bids.",
            "The board met Thursday to weigh the bids.",
            "style",
            "style",
            ""),
        c(
            "number word replaced",
            "Nine people were hurt in the crash.",
            "19 people were hurt in the crash.",
            "substantive",
            "",
            "number"),
        c(
            "percent became points",
            "Support fell 6 percent in a month.",
            "Support fell 6 points in a month.",
            "substantive",
            "",
            "number"),
        c(
            "morning became evening",
            "The polls close at 8 a.m. on Tuesday.",
            "The polls close at 8 p.m. on Tuesday.",
            "substantive",
            "",
            "number"),
        c(
            "figures swapped",
            "The council voted 7 to 2 for the plan.",
            "The council voted 2 to 7 for the plan.",
            "substantive",
            "",
            "number"),
        c(
            "state abbreviation spelled out",
            "She grew up in Fresno, Calif., and moved east.",
            "She grew up in Fresno, California, and moved east.",
            "style",
            "style",
            ""),
        c(
            "title abbreviation spelled out",
            "Gov. Ana Ruiz signed the bill.",
            "Governor Ana Ruiz signed the bill.",
            "style",
            "style",
            ""),
        c(
            "apostrophe in a decade",
            "Ferries were busier in the 1990's.",
            "Ferries were busier in the 1990s.",
            "cosmetic",
            "punctuation",
            ""),
        c(
            "age moved before the noun",
            "Police said the driver, 34, was arrested.",
            "Police said the 34-year-old driver was arrested.",
            "substantive",
            "",
            ""),
        c(
            "age changed on the way",
            "Police said the driver, 34, was arrested.",
            "Police said the 43-year-old driver was arrested.",
            "substantive",
            "",
            "number"),
        c(
            "place moved into a compound",
            "The bakery, which is based in Ohio, cut 20 jobs.",
            "The Ohio-based bakery cut 20 jobs.",
            "substantive",
            "",
            ""),
        c(
            "speaker after the verb",
            "“We will reopen by June,” said Reyes.",
            "“We will reopen by June,” Reyes said.",
            "style",
            "style",
            ""),
        c(
            "attribution moved to the end",
            "The harbor master said the channel was clear.",
            "The channel was clear, the harbor master said.",
            "style",
            "style",
            ""),
        c(
            "attribution moved out of the middle",
            "Crime fell, police said, but residents are afraid.",
            "Crime fell, but residents are afraid, police said.",
            "substantive",
            "",
            ""),
        c(
            "speaker and listener swapped",
            "Ruiz told Park the vote would fail.",
            "Park told Ruiz the vote would fail.",
            "substantive",
            "",
            ""),
        c(
            "name replaced by its common noun",
            "The deal was backed by Park of Dover.",
            "The deal was backed by the park board of Dover.",
            "substantive",
            "",
            "name"),
        c(
            "may as a verb",
            "The ferry may resume service soon.",
            "The ferry might resume service soon.",
            "substantive",
            "",
            ""),
        c(
            "clause cut",
            "The isolated, often secretive council voted.",
            "The isolated council voted.",
            "substantive",
            "",
            ""),
        c(
            "figure changed",
            "About 3,000 people attended.",
            "About 4,000 people attended.",
            "substantive",
            "",
            "number"),
        c(
            "price changed",
            "Fares will rise to $4.25 in May.",
            "Fares will rise to $4.50 in May.",
            "substantive",
            "",
            "number"),
        c(
            "date changed",
            "The hearing is set for Monday in Salem.",
            "The hearing is set for Thursday in Salem.",
            "substantive",
            "",
            "number"),
        c(
            "name replaced",
            "The award went to Lena Park of Dover.",
            "The award went to Lena Park of Milford.",
            "substantive",
            "",
            "name"),
        c(
            "quote altered",
            "“We will never sell the farm,” Ortiz said.",
            "“We will not sell the farm,” Ortiz said.",
            "substantive",
            "",
            "quote"),
        c(
            "bracketed insertion in a quote",
            "“The PDA plan is dead,” she said.",
            "“The [Port Development Authority] plan is dead,” she said.",
            "style",
            "style",
            "quote"),
        c(
            "spelling inside a quote",
            "“Our neighbours helped,” she said.",
            "“Our neighbors helped,” she said.",
            "cosmetic",
            "spelling",
            "quote"));
  }

  static Arguments c(
      String name, String a, String b, String kind, String categories, String flags) {
    return Arguments.of(name, a, b, kind, categories, flags);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void classifies(String name, String a, String b, String kind, String categories, String flags) {
    Change c = only(a, b);
    assertThat(c.kind().jsonName()).as("kind").isEqualTo(kind);
    assertThat(
            String.join(
                ",",
                c.words().stream()
                    .filter(w -> w.kind() != null)
                    .flatMap(w -> w.categories().stream().map(x -> x.jsonName()))
                    .distinct()
                    .toList()))
        .as("categories")
        .isEqualTo(categories);
    assertThat(String.join(",", c.flags().stream().map(f -> f.jsonName()).toList()))
        .as("flags")
        .isEqualTo(flags);
  }

  /** Sentences split (old to new) and merged (new to old): old, new, expected kind. */
  static Stream<Arguments> joins() {
    return Stream.of(
        Arguments.of(
            "split at and",
            "The storm cut power to 4,000 homes, and officials said crews would work all night.",
            "The storm cut power to 4,000 homes. Officials said crews would work all night.",
            "style"),
        Arguments.of(
            "split at and, a name next",
            "The ferry was late, and Captain Ruiz blamed the fog.",
            "The ferry was late. Captain Ruiz blamed the fog.",
            "style"),
        Arguments.of(
            "split at a semicolon",
            "The ferry was late; the captain blamed the fog.",
            "The ferry was late. The captain blamed the fog.",
            "cosmetic"),
        Arguments.of(
            "split at but",
            "The ferry was late, but the captain blamed the fog.",
            "The ferry was late. The captain blamed the fog.",
            "substantive"),
        Arguments.of(
            "split at and, a word changed",
            "The ferry was late, and the captain blamed the fog.",
            "The ferry was late. The captain blamed the rain.",
            "substantive"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("joins")
  void splitsAndMergesAtAndAreStyle(String name, String a, String b, String kind) {
    Change split = only(a, b);
    assertThat(split.type().jsonName()).isEqualTo("split");
    assertThat(split.kind().jsonName()).as("split").isEqualTo(kind);
    Change merged = only(b, a);
    assertThat(merged.type().jsonName()).isEqualTo("merged");
    assertThat(merged.kind().jsonName()).as("merged").isEqualTo(kind);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void addedAndRemovedSentencesAreSubstantive(
      String name, String a, String b, String kind, String categories, String flags) {
    DiffResult r =
        new Pipeline(org.newsdiff.text.TokenKey.EXACT, 0.5, Set.of(), true) // all story
            .compare(
                SourceText.of("old", "Intro line here.\n\n" + a),
                SourceText.of("new", "Intro line here."));
    Change removed = r.changes().get(1);
    assertThat(removed.kind().jsonName()).isEqualTo("substantive");
    assertThat(removed.flags().stream().map(f -> f.jsonName()).toList())
        .isEqualTo(
            a.contains("“") || a.contains("\"") ? java.util.List.of("quote") : java.util.List.of());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void ignoringTheCategoriesMakesTheSentenceUnchanged(
      String name, String a, String b, String kind, String categories, String flags) {
    if (kind.equals("substantive")) {
      return;
    }
    Set<org.newsdiff.model.Category> ignore =
        java.util.EnumSet.noneOf(org.newsdiff.model.Category.class);
    for (String cat : categories.split(",")) {
      ignore.add(org.newsdiff.model.Category.valueOf(cat.toUpperCase(java.util.Locale.ROOT)));
    }
    DiffResult r =
        new Pipeline(org.newsdiff.text.TokenKey.EXACT, 0.5, ignore)
            .compare(SourceText.of("old", a), SourceText.of("new", b));
    assertThat(r.differs()).isFalse();
    assertThat(r.changes()).anyMatch(Change::ignored);
  }

  /** Words for sentences thick with figures, attributions, names and joins. */
  private static final String[] FIGURE_WORDS = {
    "said",
    "Okafor",
    "Reyes said",
    "told",
    "the",
    "mayor",
    "and",
    "but",
    "three",
    "3",
    "nine",
    "19",
    "twenty-five",
    "25",
    "first",
    "1st",
    "percent",
    "per cent",
    "10%",
    "10",
    "5 p.m.",
    "5pm",
    "a.m.",
    "May",
    "may",
    "March",
    "Jan.",
    "January",
    "Tuesday",
    "on",
    "$5m",
    "$5 million",
    "34-year-old",
    "34",
    "1990's",
    "1990s",
    "Ohio-based",
    "Ohio",
    "Gov.",
    "Governor",
    "Calif.",
    "California",
    "plan",
    "vote",
    "fell"
  };

  /**
   * The words of {@link #FIGURE_WORDS} that are no capitalised title or name: which of two runs of
   * capitals a word diff takes as moved can decide whether an edit reads as a title dropped ("Gov."
   * before "May", as in a name), so only these are used where kinds are compared.
   */
  private static final String[] LOWER_FIGURE_WORDS =
      java.util.Arrays.stream(FIGURE_WORDS)
          .filter(w -> !Character.isUpperCase(w.charAt(0)))
          .toArray(String[]::new);

  private static String figureSentence(java.util.Random r, String[] vocabulary) {
    StringBuilder s = new StringBuilder("The");
    for (int k = 3 + r.nextInt(10); k > 0; k--) {
      s.append(' ').append(vocabulary[r.nextInt(vocabulary.length)]);
    }
    return s.append('.').toString();
  }

  /** {@code s} with a random run of its words moved, or a word replaced, inserted or cut. */
  private static String figureEdit(String s, java.util.Random r, String[] vocabulary) {
    List<String> w = new ArrayList<>(List.of(s.substring(0, s.length() - 1).split(" ")));
    int roll = r.nextInt(4);
    int at = 1 + r.nextInt(w.size() - 1);
    if (roll == 0 && w.size() > 3) { // a run moved
      int len = 1 + r.nextInt(Math.min(3, w.size() - at));
      List<String> run = new ArrayList<>(w.subList(at, at + len));
      w.subList(at, at + len).clear();
      w.addAll(1 + r.nextInt(w.size()), run);
    } else if (roll == 1) {
      w.set(at, vocabulary[r.nextInt(vocabulary.length)]);
    } else if (roll == 2) {
      w.add(at, vocabulary[r.nextInt(vocabulary.length)]);
    } else if (w.size() > 2) {
      w.remove(at);
    }
    return String.join(" ", w) + ".";
  }

  /** The one change between sentences {@code a} and {@code b}; null if they were not paired. */
  private static Change pairOf(String a, String b) {
    DiffResult r = Pipeline.defaults().compare(SourceText.of("old", a), SourceText.of("new", b));
    return r.changes().size() == 1 ? r.changes().get(0) : null;
  }

  /**
   * Flags do not depend on which version is old: over sentences thick with figures, attributions,
   * titles, names and joins, each edited at random, both ways round. A word diff may take either of
   * two runs as the moved one; figures and names are compared over the whole sentence, so that this
   * does not matter.
   */
  @ParameterizedTest
  @MethodSource("seeds")
  void flagsAreTheSameWhicheverVersionIsOld(int seed) {
    bothWaysRound(seed, FIGURE_WORDS, false);
  }

  /** Kinds do not depend on which version is old either, where no title or name is involved. */
  @ParameterizedTest
  @MethodSource("seeds")
  void kindsAreTheSameWhicheverVersionIsOld(int seed) {
    bothWaysRound(seed, LOWER_FIGURE_WORDS, true);
  }

  private static void bothWaysRound(int seed, String[] vocabulary, boolean kinds) {
    java.util.Random r = new java.util.Random(seed);
    for (int n = 0; n < 300; n++) {
      String a = figureSentence(r, vocabulary);
      String b = figureEdit(a, r, vocabulary);
      Change x = pairOf(a, b);
      Change y = pairOf(b, a);
      if (x != null && y != null) {
        assertThat(y.flags()).as("%s → %s", a, b).isEqualTo(x.flags());
        if (kinds) {
          assertThat(y.kind()).as("%s → %s", a, b).isEqualTo(x.kind());
        }
      }
    }
  }

  /** Pieces of edits: case, quotes, dashes, British spellings, punctuation, spaces. */
  private static final String[] PIECES = {
    "Colour",
    "colour",
    "color",
    "’",
    "'",
    "“",
    "\"",
    "—",
    "-",
    ",",
    ".",
    " ",
    "  ",
    "organise",
    "organize",
    "Organize",
    "per cent",
    "percent",
    "co-operate",
    "cooperate",
    "centre",
    "center"
  };

  private static String randomEdit(java.util.Random r) {
    StringBuilder s = new StringBuilder();
    for (int k = r.nextInt(4); k >= 0; k--) {
      s.append(PIECES[r.nextInt(PIECES.length)]);
    }
    return s.toString();
  }

  static java.util.stream.IntStream seeds() {
    return java.util.stream.IntStream.range(0, 20);
  }

  /** The cosmetic categories whose bits {@code mask} sets, in order of preference. */
  private static Set<org.newsdiff.model.Category> cosmeticSet(int mask) {
    org.newsdiff.model.Category[] order = {
      org.newsdiff.model.Category.TYPOGRAPHY,
      org.newsdiff.model.Category.CASE,
      org.newsdiff.model.Category.SPELLING,
      org.newsdiff.model.Category.PUNCTUATION
    };
    Set<org.newsdiff.model.Category> set =
        java.util.EnumSet.noneOf(org.newsdiff.model.Category.class);
    for (int i = 0; i < order.length; i++) {
      if ((mask & 1 << i) != 0) {
        set.add(order[i]);
      }
    }
    return set;
  }

  /**
   * The smallest set of normalizations, the first in order of preference among sets of that size:
   * checked against trying every set, counting up through the masks of {typography, case, spelling,
   * punctuation}.
   */
  @ParameterizedTest
  @MethodSource("seeds")
  void theSmallestCosmeticSetIsTheFirstOfTheSmallest(int seed) {
    java.util.Random r = new java.util.Random(seed);
    for (int n = 0; n < 200; n++) {
      String a = randomEdit(r);
      String b = r.nextInt(3) == 0 ? a.toUpperCase(java.util.Locale.ROOT) : randomEdit(r);
      Set<org.newsdiff.model.Category> expected = null;
      for (int mask = 1; mask < 16; mask++) {
        Set<org.newsdiff.model.Category> set = cosmeticSet(mask);
        if ((expected == null || set.size() < expected.size())
            && EditClassifier.canon(a, set).equals(EditClassifier.canon(b, set))) {
          expected = set;
        }
      }
      assertThat(EditClassifier.smallestCosmetic(a, b)).as("%s → %s", a, b).isEqualTo(expected);
    }
  }

  /**
   * However the spaces of an edit are written (runs, line breaks, no-break spaces, at either end),
   * every set of normalizations gives the same text: one plain space between words.
   */
  @ParameterizedTest
  @MethodSource("seeds")
  void everySetOfNormalizationsReadsAnySpacesAsOne(int seed) {
    java.util.Random r = new java.util.Random(seed);
    String[] spaces = {" ", "  ", "\n", "\u00A0", " \t", "\u2009"};
    for (int n = 0; n < 200; n++) {
      StringBuilder plain = new StringBuilder();
      StringBuilder spaced = new StringBuilder(spaces[r.nextInt(spaces.length)]);
      for (int k = r.nextInt(6); k >= 0; k--) {
        String piece = PIECES[r.nextInt(PIECES.length)];
        plain.append(piece);
        spaced.append(piece.isBlank() ? spaces[r.nextInt(spaces.length)] : piece);
      }
      spaced.append(r.nextBoolean() ? spaces[r.nextInt(spaces.length)] : "");
      for (int mask = 0; mask < 16; mask++) {
        Set<org.newsdiff.model.Category> set = cosmeticSet(mask);
        String canon = EditClassifier.canon(plain.toString(), set);
        assertThat(EditClassifier.canon(spaced.toString(), set))
            .as("[%s] [%s] %s", plain, spaced, set)
            .isEqualTo(canon)
            .doesNotStartWith(" ")
            .doesNotEndWith(" ")
            .doesNotContain("  ")
            .doesNotContainPattern("[\\s\u00A0\u2009&&[^ ]]");
      }
    }
  }

  @org.junit.jupiter.api.Test
  void anEditLongerThanAnyRealSentenceIsSubstantiveAndStillFlagged() {
    // A "sentence" of a page without punctuation, a spelling changed in every fourth word: too
    // many edits for the word diff's budget, so one replacement of some 60,000 chars.
    StringBuilder a = new StringBuilder("Start");
    StringBuilder b = new StringBuilder("Start");
    for (int i = 0; i < 3000; i++) {
      a.append(" the harbour walls stood");
      b.append(" the harbor walls stood");
    }
    a.append(" 12 end");
    b.append(" 13 end");
    Change c = only(a.toString(), b.toString());
    assertThat(c.words()).hasSize(4); // Start, the replacement's two sides, end
    assertThat(c.words().get(1).text().length()).isGreaterThan(EditClassifier.LONGEST_EXPLAINED);
    assertThat(c.kind().jsonName()).isEqualTo("substantive");
    assertThat(c.flags().stream().map(f -> f.jsonName()).toList()).containsExactly("number");

    String shorter = "Start the harbour walls stood 12 end";
    assertThat(only(shorter, shorter.replace("harbour", "harbor")).kind().jsonName())
        .isEqualTo("cosmetic");
  }
}
