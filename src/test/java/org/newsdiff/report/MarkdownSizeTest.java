package org.newsdiff.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsdiff.Pipeline;
import org.newsdiff.model.DiffResult;
import org.newsdiff.text.SourceText;

class MarkdownSizeTest {
  @Test
  void aHugeDiffStaysUnderGithubsCommentLimitAndSaysWhatItLeftOut() throws Exception {
    StringBuilder a = new StringBuilder();
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 3000; i++) {
      a.append("Shipment number ").append(i).append(" left the depot at dawn on time.\n\n");
      b.append("Cargo lot ").append(i).append(" reached the harbor by noon.\n\n");
    }
    DiffResult r =
        Pipeline.defaults()
            .compare(SourceText.of("old", a.toString()), SourceText.of("new", b.toString()));
    StringBuilder out = new StringBuilder();
    new MarkdownRenderer().render(r, out);
    assertThat(out.length()).isLessThan(65_536);
    assertThat(out.toString()).contains("more changes not shown here");
    assertThat(out.toString().split("<details>", -1).length)
        .isEqualTo(out.toString().split("</details>", -1).length);
  }

  @Test
  void markdownAndHtmlInArticleTextAreEscaped() {
    assertThat(MarkdownRenderer.escape("a *b* _c_ <i>d</i> [e](f) | g ~h~ #i"))
        .isEqualTo("a \\*b\\* \\_c\\_ &lt;i&gt;d&lt;/i&gt; \\[e\\](f) \\| g \\~h\\~ \\#i");
  }

  @Test
  void workflowCommandValuesAreEscapedAsTheActionsToolkitDoes() {
    assertThat(GithubRenderer.data("100% done\r\nnext")).isEqualTo("100%25 done%0D%0Anext");
    assertThat(GithubRenderer.property("a:b,c%")).isEqualTo("a%3Ab%2Cc%25");
  }
}
