package org.newsdiff.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsdiff.Pipeline;
import org.newsdiff.RandomArticles;
import org.newsdiff.model.Change;
import org.newsdiff.model.ChangeType;
import org.newsdiff.model.DiffResult;
import org.newsdiff.model.SentenceRef;
import org.newsdiff.text.SourceText;

/** One known edit applied to a seeded random article is found, and nothing else is reported. */
class EditRecoveryTest {

  static LongStream seeds() {
    return LongStream.range(1, 31);
  }

  static DiffResult diff(List<List<String>> a, List<List<String>> b) {
    return Pipeline.defaults()
        .compare(
            SourceText.of("old", RandomArticles.text(a)),
            SourceText.of("new", RandomArticles.text(b)));
  }

  static List<List<String>> copy(List<List<String>> a) {
    List<List<String>> out = new ArrayList<>();
    a.forEach(p -> out.add(new ArrayList<>(p)));
    return out;
  }

  static List<Change> differences(DiffResult r) {
    return r.changes().stream().filter(Change::isDifference).toList();
  }

  /** A paragraph moved to the end: its sentences are reported moved, everything else unchanged. */
  @ParameterizedTest
  @MethodSource("seeds")
  void aMovedParagraphIsFoundMoved(long seed) {
    Random r = new Random(seed);
    List<List<String>> a = new RandomArticles(seed).article(8);
    List<List<String>> b = copy(a);
    List<String> moved = b.remove(1 + r.nextInt(3));
    b.add(moved);
    List<Change> found = differences(diff(a, b));
    assertThat(found).allMatch(c -> c.type() == ChangeType.UNCHANGED && c.moved());
    assertThat(found.stream().map(c -> c.newSentences().get(0).text()).toList())
        .containsExactlyElementsOf(moved);
  }

  /** A long sentence cut in two at a word: one split change, old one sentence, new the two. */
  @ParameterizedTest
  @MethodSource("seeds")
  void aSplitSentenceIsFoundSplit(long seed) {
    Random r = new Random(seed);
    RandomArticles g = new RandomArticles(seed);
    List<List<String>> a = g.article(6);
    a.get(2).set(0, longSentence(g));
    List<List<String>> b = copy(a);
    String[] words = a.get(2).get(0).replace(".", "").replace("?", "").split(" ");
    int cut = 6 + r.nextInt(words.length - 12);
    String first = String.join(" ", List.of(words).subList(0, cut)) + ".";
    String second = capital(String.join(" ", List.of(words).subList(cut, words.length))) + ".";
    b.get(2).set(0, first);
    b.get(2).add(1, second);
    List<Change> found = differences(diff(a, b));
    assertThat(found).hasSize(1);
    Change c = found.get(0);
    assertThat(c.type()).isEqualTo(ChangeType.SPLIT);
    assertThat(c.newSentences().stream().map(SentenceRef::text).toList())
        .containsExactly(first, second);
  }

  /** Two sentences joined into one with ", and": one merged change. */
  @ParameterizedTest
  @MethodSource("seeds")
  void mergedSentencesAreFoundMerged(long seed) {
    RandomArticles g = new RandomArticles(seed);
    List<List<String>> a = g.article(6);
    a.get(3).clear();
    a.get(3).add(longSentence(g));
    a.get(3).add(longSentence(g));
    List<List<String>> b = copy(a);
    String x = a.get(3).get(0);
    String y = a.get(3).get(1);
    String joined =
        x.substring(0, x.length() - 1)
            + ", and "
            + y.substring(0, 1).toLowerCase(Locale.ROOT)
            + y.substring(1);
    b.get(3).clear();
    b.get(3).add(joined);
    List<Change> found = differences(diff(a, b));
    assertThat(found).hasSize(1);
    assertThat(found.get(0).type()).isEqualTo(ChangeType.MERGED);
    assertThat(found.get(0).oldSentences().stream().map(SentenceRef::text).toList())
        .containsExactly(x, y);
  }

  static LongStream fewSeeds() {
    return LongStream.range(1, 9);
  }

  /**
   * A long article of common words where two sentences of every three were touched, so that every
   * word is in more sentences to pair than the word index looks through; a paragraph moved fifty
   * sentences up with its middle sentence edited. The index has no rare word to look that one up
   * by, and it is far from where it was expected, but its neighbours pair, and so does it, beside
   * them.
   */
  @ParameterizedTest
  @MethodSource("fewSeeds")
  void anEditedSentenceOfAMovedParagraphPairsWhenNoWordOfItIsRare(long seed) {
    Random r = new Random(seed);
    List<String> common = new ArrayList<>();
    for (String a : List.of("har", "fer", "coun", "bud", "brid", "scho", "wat", "lev")) {
      for (String b : List.of("bor", "ry", "cil", "get", "ge")) {
        common.add(a + b);
      }
    }
    Set<String> seen = new HashSet<>();
    List<List<String>> a = new ArrayList<>();
    while (a.size() < 300) {
      List<String> para = new ArrayList<>();
      while (para.size() < 3) {
        Collections.shuffle(common, r);
        String s = capital(String.join(" ", common.subList(0, 8))) + ".";
        if (seen.add(s)) {
          para.add(s);
        }
      }
      a.add(para);
    }
    List<List<String>> b = new ArrayList<>();
    for (List<String> para : a) {
      b.add(List.of(para.get(0), then(para.get(1)), then(para.get(2))));
    }
    int from = 200 + r.nextInt(50);
    String edited = a.get(from).get(1).replaceFirst(" ", " the ");
    b.remove(from);
    b.add(from - 17, List.of(a.get(from).get(0), edited, a.get(from).get(2)));

    String before = a.get(from).get(1);
    for (boolean swapped : new boolean[] {false, true}) {
      List<Change> found = (swapped ? diff(b, a) : diff(a, b)).changes();
      Change middle =
          found.stream()
              .filter(c -> text(c.oldSentences()).equals(swapped ? edited : before))
              .findFirst()
              .orElseThrow();
      assertThat(middle.type()).isEqualTo(ChangeType.EDITED);
      assertThat(middle.moved()).isTrue();
      assertThat(text(middle.newSentences())).isEqualTo(swapped ? before : edited);
      assertThat(found)
          .noneMatch(c -> c.type() == ChangeType.REMOVED || c.type() == ChangeType.ADDED);
    }
  }

  private static String text(List<SentenceRef> sentences) {
    return sentences.isEmpty() ? "" : sentences.get(0).text();
  }

  private static String then(String sentence) {
    return sentence.replaceFirst(" ", " then ");
  }

  /**
   * A stock line in a long article, cut in one place and written again 250 sentences on, is
   * reported removed and added, not moved across the article; its copy that stayed pairs in place,
   * and a sentence of its own moved as far pairs, moved.
   */
  @ParameterizedTest
  @MethodSource("seeds")
  void aStockLineCutHereAndWrittenFarAwayIsNotAMove(long seed) {
    RandomArticles g = new RandomArticles(seed);
    List<String> sentences = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    while (sentences.size() < 300) {
      String s = g.sentence();
      if (seen.add(s)) {
        sentences.add(s);
      }
    }
    String stock = "The ministry declined to comment.";
    List<String> old = new ArrayList<>(sentences);
    old.set(20, stock);
    old.set(150, stock);
    List<String> nu = new ArrayList<>(old);
    nu.remove(20); // the first copy cut
    nu.add(270, stock); // and one written far on
    String unique = nu.remove(10); // and a sentence of its own moved as far
    nu.add(280, unique);

    // Either way round: the same report, removed and added swapped.
    for (DiffResult r :
        List.of(diff(paragraphs(old), paragraphs(nu)), diff(paragraphs(nu), paragraphs(old)))) {
      List<Change> found = differences(r);
      assertThat(found)
          .filteredOn(c -> c.type() != ChangeType.UNCHANGED)
          .extracting(Change::type, c -> text(c))
          .containsExactlyInAnyOrder(
              tuple(ChangeType.REMOVED, stock), tuple(ChangeType.ADDED, stock));
      assertThat(found).filteredOn(Change::moved).extracting(c -> text(c)).containsExactly(unique);
    }
  }

  private static List<List<String>> paragraphs(List<String> sentences) {
    List<List<String>> out = new ArrayList<>();
    for (int k = 0; k < sentences.size(); k += 3) {
      out.add(new ArrayList<>(sentences.subList(k, Math.min(sentences.size(), k + 3))));
    }
    return out;
  }

  private static String text(Change c) {
    return text(c.newSentences().isEmpty() ? c.oldSentences() : c.newSentences());
  }

  static String longSentence(RandomArticles g) {
    String s = g.sentence();
    while (s.split(" ").length < 16) {
      s = g.sentence();
    }
    return s.replace(",", "");
  }

  static String capital(String s) {
    return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }
}
