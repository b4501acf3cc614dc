package org.newsdiff.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsdiff.Pipeline;
import org.newsdiff.RandomArticles;
import org.newsdiff.model.Change;
import org.newsdiff.model.DiffResult;
import org.newsdiff.text.SourceText;

/** The JSON of a long diff, rendered in blocks on all cores, against the model it comes from. */
class JsonRendererTest {
  private static DiffResult result;

  @BeforeAll
  static void longDiff() {
    RandomArticles g = new RandomArticles(7);
    List<List<String>> a = g.article(2000);
    result =
        Pipeline.defaults()
            .compare(
                SourceText.of("old", RandomArticles.text(a)),
                SourceText.of("new", RandomArticles.text(g.edit(a))));
  }

  private static String json() throws IOException {
    StringBuilder b = new StringBuilder();
    new JsonRenderer().render(result, b);
    return b.toString();
  }

  @Test
  void everyChangeIsWrittenOnceInOrder() throws IOException {
    assertThat(result.changes()).hasSizeGreaterThan(2 * 256 * 8); // several rounds of blocks
    List<Integer> expected = new ArrayList<>();
    for (Change c : result.changes()) {
      c.oldSentences().forEach(s -> expected.add(s.index()));
      c.newSentences().forEach(s -> expected.add(s.index()));
    }
    List<Integer> written = new ArrayList<>();
    Matcher m = Pattern.compile("\\{\"index\": (\\d+)").matcher(json());
    while (m.find()) {
      written.add(Integer.parseInt(m.group(1)));
    }
    assertThat(written).isEqualTo(expected);
    assertThat(json()).endsWith("\n ]}\n").isEqualTo(json());
  }

  /** Rounding as BigDecimal does it, the way the renderer did before its table of answers. */
  private static String decimal(double d) {
    return BigDecimal.valueOf(d)
        .setScale(3, RoundingMode.HALF_EVEN)
        .stripTrailingZeros()
        .toPlainString();
  }

  /**
   * Similarities round as their decimal form does, half-even at three places: random ones, every
   * thousandth and every tie between two, and the doubles either side of each.
   */
  @Test
  void similaritiesRoundAsTheirDecimalFormDoes() {
    List<Double> values = new ArrayList<>(List.of(-0.0, -0.25, 1.0005, 2.5, 1e-9, 0.9995));
    Random r = new Random(11);
    for (int k = 0; k < 200_000; k++) {
      values.add(r.nextDouble());
    }
    for (int k = 0; k <= 2000; k++) {
      double d = k / 2000.0; // thousandths and the ties between them
      values.addAll(List.of(d, Math.nextUp(d), Math.nextDown(d), (double) (float) d));
    }
    for (double d : values) {
      assertThat(JsonRenderer.round(d)).as("%s", d).isEqualTo(decimal(d));
    }
  }

  /** A disk that fills up: every write or append after the first {@code allowed} fails. */
  private static final class Full extends OutputStream implements Appendable {
    private final int allowed;
    private int calls;

    Full(int allowed) {
      this.allowed = allowed;
    }

    private void call() throws IOException {
      if (++calls > allowed) {
        throw new IOException("disk full");
      }
    }

    @Override
    public void write(int b) throws IOException {
      call();
    }

    @Override
    public void write(byte[] b, int from, int length) throws IOException {
      call();
    }

    @Override
    public Appendable append(CharSequence s) throws IOException {
      call();
      return this;
    }

    @Override
    public Appendable append(CharSequence s, int from, int to) throws IOException {
      return append(s.subSequence(from, to));
    }

    @Override
    public Appendable append(char c) throws IOException {
      return append(String.valueOf(c));
    }
  }

  @Test
  void aFailingWriterFailsTheRenderWithItsOwnError() {
    Appendable failing = new Full(2);
    assertThatThrownBy(() -> new JsonRenderer().render(result, failing))
        .isInstanceOf(IOException.class)
        .hasMessage("disk full");
  }

  /** What the command line writes to: the error of a write in a later round comes through. */
  @Test
  void aFailingStreamFailsTheRenderWithItsOwnError() {
    OutputStream failing = new Full(12); // past the head and the first round's blocks
    assertThatThrownBy(() -> new JsonRenderer().renderUtf8(result, failing))
        .isInstanceOf(IOException.class)
        .hasMessage("disk full");
  }
}
