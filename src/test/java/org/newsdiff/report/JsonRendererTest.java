package org.newsdiff.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
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
