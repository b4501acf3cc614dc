package org.newsdiff.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlExtractorTest {
  @Test
  void paragraphsBecomeParagraphsEntitiesAreDecodedScriptsDropped() {
    HtmlExtractor.Extracted e =
        HtmlExtractor.extract(
            "<html><body><script>var x = 1;</script><style>p{}</style><article>"
                + "<h1>Caf&eacute; closes</h1><p>The owner said &ldquo;enough.&rdquo;</p>"
                + "<p>It opened in 1998 &amp; never moved.</p></article></body></html>");
    assertThat(e.text())
        .isEqualTo("Café closes\n\nThe owner said “enough.”\n\nIt opened in 1998 & never moved.\n");
    assertThat(e.chromeLines().isEmpty()).isTrue();
  }

  @Test
  void blocksOutsideTheArticleOrInChromeElementsAreMarked() {
    HtmlExtractor.Extracted e =
        HtmlExtractor.extract(
            "<body><nav><a>Home</a></nav><article><p>Story text here.</p>"
                + "<div class=\"related-links\"><p>More stories</p></div></article>"
                + "<footer><p>Contact us</p></footer></body>");
    assertThat(e.text()).isEqualTo("Home\n\nStory text here.\n\nMore stories\n\nContact us\n");
    assertThat(e.chromeLines().stream().boxed().toList()).containsExactly(1, 5, 7);
  }

  @Test
  void aPageIsRecognisedByItsNameOrItsFirstTag() {
    assertThat(HtmlExtractor.isHtml("story.html", "plain")).isTrue();
    assertThat(HtmlExtractor.isHtml("story.txt", "  <!DOCTYPE html><html>")).isTrue();
    assertThat(HtmlExtractor.isHtml("story.txt", "The <b>council</b> met.")).isFalse();
  }
}
