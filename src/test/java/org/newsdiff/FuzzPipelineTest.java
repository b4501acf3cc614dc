package org.newsdiff;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.HashSet;
import java.util.Set;
import org.newsdiff.model.Change;
import org.newsdiff.model.DiffResult;
import org.newsdiff.report.JsonRenderer;
import org.newsdiff.report.TextRenderer;
import org.newsdiff.text.InputException;
import org.newsdiff.text.InputReader;
import org.newsdiff.text.SourceText;

/**
 * Fuzzes the whole pipeline with arbitrary bytes on both sides. A plain test run replays the inputs
 * in src/test/resources/org/newsdiff/FuzzPipelineTestInputs; {@code JAZZER_FUZZ=1 mvn test
 * -Dtest=FuzzPipelineTest} searches for new ones.
 */
class FuzzPipelineTest {
  @FuzzTest(maxDuration = "60s")
  void anyBytesGiveAConsistentResultOrAClearError(FuzzedDataProvider data) throws Exception {
    boolean pages = data.consumeBoolean(); // read both as saved web pages (HTML)
    boolean whole = data.consumeBoolean();
    byte[] a = data.consumeBytes(data.consumeInt(0, 4000));
    byte[] b = data.consumeRemainingAsBytes();
    SourceText oldText;
    SourceText newText;
    try {
      InputReader reader = new InputReader(null);
      oldText = reader.source(pages ? "a.html" : "a", a);
      newText = reader.source(pages ? "b.html" : "b", b);
    } catch (InputException e) {
      assertThat(e.getMessage()).doesNotContain("\n");
      return;
    }
    DiffResult r =
        new Pipeline(org.newsdiff.text.TokenKey.EXACT, 0.5, java.util.Set.of(), whole)
            .compare(oldText, newText);
    Set<Integer> olds = new HashSet<>();
    Set<Integer> news = new HashSet<>();
    for (Change c : r.changes()) {
      c.oldSentences().forEach(s -> assertThat(olds.add(s.index())).isTrue());
      c.newSentences().forEach(s -> assertThat(news.add(s.index())).isTrue());
    }
    assertThat(olds).hasSize(r.oldSide().sentences());
    assertThat(news).hasSize(r.newSide().sentences());
    new JsonRenderer().render(r, new StringBuilder());
    new TextRenderer(true, 2, false, true).render(r, new StringBuilder());
    new org.newsdiff.report.MarkdownRenderer().render(r, new StringBuilder());
    new org.newsdiff.report.GithubRenderer().render(r, new StringBuilder());
  }
}
