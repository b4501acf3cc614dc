package org.newsdiff.align;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsdiff.model.WordOp;
import org.newsdiff.text.Token;
import org.newsdiff.text.TokenKey;
import org.newsdiff.text.Tokenizer;

class WordDiffTest {
  static List<WordOp> diff(String a, String b) {
    Tokenizer t = new Tokenizer(TokenKey.EXACT);
    List<Token> ta = t.tokenize(a, 0, a.length());
    List<Token> tb = t.tokenize(b, 0, b.length());
    return WordDiff.diff(a, ta, b, tb);
  }

  /** The ops of the diff but equal ones, as "DELETE: text" and "INSERT: text". */
  static List<String> changes(String a, String b) {
    return diff(a, b).stream()
        .filter(w -> w.op() != WordOp.Op.EQUAL)
        .map(w -> w.op() + ":" + w.text())
        .toList();
  }

  static String show(List<WordOp> ops) {
    StringBuilder s = new StringBuilder();
    for (WordOp w : ops) {
      s.append(
          switch (w.op()) {
            case EQUAL -> w.text();
            case DELETE -> "[-" + w.text() + "-]";
            case INSERT -> "{+" + w.text() + "+}";
          });
    }
    return s.toString();
  }

  @Test
  void aRewrittenNameReadsAsOneReplacement() {
    assertThat(
            show(
                diff(
                    "forcing the Lee administration to act",
                    "forcing Governor Ann Lee’s administration to act")))
        .isEqualTo("forcing[- the Lee-]{+ Governor Ann Lee’s+} administration to act");
  }

  @Test
  void aLoneFunctionWordBetweenLongerChangesIsFolded() {
    assertThat(
            show(
                diff(
                    "He cited rising costs of fuel and steel for the delay.",
                    "He cited a shortage of trained welders for the delay.")))
        .isEqualTo(
            "He cited[- rising costs of fuel and steel-]{+ a shortage of trained welders+} for the"
                + " delay.");
  }

  @Test
  void smallSeparateChangesStaySeparate() {
    assertThat(show(diff("On Monday the five men left.", "On Tuesday the six men left.")))
        .isEqualTo("On[- Monday-]{+ Tuesday+} the[- five-]{+ six+} men left.");
  }

  @Test
  void equalAndDeleteStepsGiveBackTheOldSentenceAndEqualAndInsertTheNew() {
    String a = "In the meantime, the city has cast itself as a go-between.";
    String b = "The city has cast itself as a potential go-between, officials said.";
    List<WordOp> ops = diff(a, b);
    StringBuilder old = new StringBuilder();
    StringBuilder neu = new StringBuilder();
    for (WordOp w : ops) {
      if (w.op() != WordOp.Op.INSERT) {
        old.append(w.text());
      }
      if (w.op() != WordOp.Op.DELETE) {
        neu.append(w.text());
      }
    }
    assertThat(old.toString().strip()).isEqualTo(a);
    assertThat(neu.toString().strip()).isEqualTo(b);
  }

  @Test
  void aHugeSentenceWithAFewWordsChangedShowsJustThoseWords() {
    StringBuilder a = new StringBuilder();
    for (int i = 0; i < 30_000; i++) {
      a.append("tide").append(i % 7).append(' ');
    }
    String old = a.toString().strip();
    String neu = old.replaceFirst("tide3", "surge").replaceFirst("tide5 tide6", "gate");
    neu = neu.substring(0, neu.length() - 5) + "flood " + neu.substring(neu.length() - 5);
    assertThat(changes(old, neu))
        .containsExactly(
            "DELETE: tide3",
            "INSERT: surge",
            "DELETE: tide5 tide6",
            "INSERT: gate",
            "INSERT: flood");
  }

  @Test
  void twoUnrelatedHugeSentencesGetOneReplacementBetweenHeadAndTail() {
    StringBuilder a = new StringBuilder("Start ");
    StringBuilder b = new StringBuilder("Start ");
    for (int i = 0; i < 3000; i++) {
      a.append("old").append(i).append(' ');
      b.append("new").append(i).append(' ');
    }
    List<WordOp> ops = diff(a.append("end").toString(), b.append("end").toString());
    assertThat(ops.stream().map(WordOp::op).toList())
        .containsExactly(WordOp.Op.EQUAL, WordOp.Op.DELETE, WordOp.Op.INSERT, WordOp.Op.EQUAL);
  }

  @Test
  void aHugeSentenceTellsApartTwoWordsWithOneHashCode() {
    assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
    String old = "Aa flood " + "harbor tide gates ".repeat(2000) + "end";
    String neu = "BB flood " + "harbor tide gates ".repeat(2000) + "end";
    assertThat(changes(old, neu)).containsExactly("DELETE:Aa", "INSERT:BB");
  }

  static IntStream seeds() {
    return IntStream.rangeClosed(1, 200);
  }

  /** Random lists over a few symbols, so that equal runs are short and many paths tie. */
  private static int[] randomList(Random r) {
    return r.ints(r.nextInt(120), 0, 2 + r.nextInt(5)).toArray();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void theBoundedDiffFindsAsFewEditsAsTheLibrarysAndNoneWithFewer(int seed) {
    Random r = new Random(seed);
    int[] a = randomList(r);
    int[] b = r.nextBoolean() ? randomList(r) : mutate(a, r);
    int fewest = 0;
    for (AbstractDelta<Integer> d : DiffUtils.diff(boxed(a), boxed(b)).getDeltas()) {
      fewest += d.getSource().size() + d.getTarget().size();
    }
    List<int[]> segments = WordDiff.myers(a, b, a.length + b.length);
    int edits = 0;
    int i = 0;
    int j = 0;
    for (int[] s : segments) {
      assertThat(new int[] {s[0], s[2]}).containsExactly(i, j); // in order, nothing skipped
      if (s[4] == 1) {
        assertThat(s[1] - s[0]).isEqualTo(s[3] - s[2]).isPositive();
        for (int k = 0; k < s[1] - s[0]; k++) {
          assertThat(a[s[0] + k]).isEqualTo(b[s[2] + k]);
        }
      } else {
        edits += s[1] - s[0] + s[3] - s[2];
      }
      i = s[1];
      j = s[3];
    }
    assertThat(new int[] {i, j}).containsExactly(a.length, b.length);
    assertThat(edits).isEqualTo(fewest);
    if (fewest > 0) {
      assertThat(WordDiff.myers(a, b, fewest - 1)).isNull();
    }
  }

  private static int[] mutate(int[] a, Random r) {
    List<Integer> out = new ArrayList<>(boxed(a));
    for (int n = r.nextInt(8); n > 0; n--) {
      int at = r.nextInt(out.size() + 1);
      if (r.nextBoolean() && at < out.size()) {
        out.remove(at);
      } else {
        out.add(at, r.nextInt(9));
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  private static List<Integer> boxed(int[] a) {
    return IntStream.of(a).boxed().toList();
  }
}
