package org.newsdiff.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
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
