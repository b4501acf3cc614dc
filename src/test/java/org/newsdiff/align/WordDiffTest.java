package org.newsdiff.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
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
  void aHugeSentenceGetsACoarseDiff() {
    StringBuilder a = new StringBuilder();
    for (int i = 0; i < 5000; i++) {
      a.append("word").append(i % 50).append(' ');
    }
    String old = a.toString().strip();
    int at = old.indexOf(' ', 2000);
    String neu = old.substring(0, at) + " inserted here" + old.substring(at);
    List<WordOp> ops = diff(old, neu);
    assertThat(ops.stream().map(WordOp::op).toList())
        .containsExactly(WordOp.Op.EQUAL, WordOp.Op.INSERT, WordOp.Op.EQUAL);
  }
}
