package org.newsdiff.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdiff.Pipeline;
import org.newsdiff.cli.Cli;
import org.newsdiff.model.ChromeLine;
import org.newsdiff.model.DiffResult;

class StoryFinderTest {
  static final String STORY =
      "OAK BAY — The harbor board voted on Monday to dredge the north channel, officials said.\n\n"
          + "The work will cost about $2 million and take three months.\n\n"
          + "“Will boats still get through?” a fisherman asked.\n\n"
          + "“No,” he said.\n";

  static DiffResult diff(String a, String b) {
    return Pipeline.defaults().compare(SourceText.of("old", a), SourceText.of("new", b));
  }

  static List<String> chrome(List<ChromeLine> lines) {
    return lines.stream().map(ChromeLine::text).toList();
  }

  static final String PAGE =
      "Skip to content\n\nSports\n\nHarbor board backs dredging plan\n\nPublished\n\n"
          + STORY
          + "\nShare this story\n\nLeave a Reply\n\nTrending\n\nTeam wins title 2 hours ago\n\n"
          + "© Oak Bay Herald\n";

  static final List<String> PAGE_CHROME =
      List.of(
          "Skip to content",
          "Sports",
          "Published",
          "Share this story",
          "Leave a Reply",
          "Trending",
          "Team wins title 2 hours ago",
          "© Oak Bay Herald");

  @Test
  void navigationPromptsAndFootersAroundTheStoryAreSetAside() {
    DiffResult r = diff(PAGE, STORY);
    assertThat(chrome(r.oldSide().chrome())).containsExactlyElementsOf(PAGE_CHROME);
    // The headline stays with the story and is the only change.
    assertThat(r.summary().removed()).isEqualTo(1);
    assertThat(r.summary().unchanged()).isEqualTo(r.newSide().sentences());
  }

  @Test
  void theStoryIsFoundDeepInsideALongOtherVersion() {
    // The other version is read from its ends inward, a chunk at a time, until a question is
    // answered: here the story sits a thousand paragraphs from either end, past the first chunks.
    StringBuilder other = new StringBuilder();
    for (int k = 0; k < 2000; k++) {
      other
          .append("The q")
          .append(k)
          .append("x plan and the z")
          .append(k)
          .append("y vote waited.\n\n");
      if (k == 999) {
        other.append(STORY).append('\n');
      }
    }
    DiffResult r = diff(PAGE, other.toString());
    assertThat(chrome(r.oldSide().chrome())).containsExactlyElementsOf(PAGE_CHROME);
    assertThat(r.newSide().chrome()).isEmpty();
    assertThat(r.summary().unchanged()).isEqualTo(4);
  }

  @Test
  void headlineBylineAndAgencyLineStayWithTheStory() {
    String a = "Harbor board backs dredging plan\n\nBy LENA ORTIZ\n\nAssociated Press\n\n" + STORY;
    String b =
        "Dredging of north channel approved\n\nBy LENA ORTIZ\n\nThe Associated Press\n\n" + STORY;
    DiffResult r = diff(a, b);
    assertThat(r.oldSide().chrome()).isEmpty();
    assertThat(r.newSide().chrome()).isEmpty();
    assertThat(r.oldSide().sentences()).isEqualTo(3 + 4); // headline, byline, agency + story
  }

  @Test
  void aShortQuoteParagraphIsStoryEvenWhereTheOtherVersionCutIt() {
    String cut = STORY.replace("“No,” he said.\n", "");
    DiffResult r = diff(STORY, cut);
    assertThat(r.oldSide().chrome()).isEmpty();
    assertThat(r.changes())
        .anyMatch(
            c ->
                !c.oldSentences().isEmpty()
                    && c.oldSentences().get(0).text().equals("“No,” he said.")
                    && c.newSentences().isEmpty());
  }

  @Test
  void aChromeLookingLineBetweenStoryParagraphsStaysStory() {
    String withAd = STORY.replace("“Will boats", "Advertisement\n\n“Will boats");
    DiffResult r = diff(withAd, STORY);
    assertThat(r.oldSide().chrome()).isEmpty();
    assertThat(r.summary().removed()).isEqualTo(1);
  }

  @Test
  void theSameTextComparedWithItselfDiffersInNothingAndSetsTheSameAside() {
    String page = "Menu\n\n" + STORY + "\nLeave a Reply\n";
    DiffResult r = diff(page, page);
    assertThat(r.differs()).isFalse();
    assertThat(chrome(r.oldSide().chrome())).containsExactly("Menu", "Leave a Reply");
    assertThat(r.newSide().chrome()).isEqualTo(r.oldSide().chrome());
  }

  @Test
  void wholeTextComparesEverythingAndShowChromeListsTheLines() throws Exception {
    java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("chrome");
    java.nio.file.Path a = dir.resolve("page.txt");
    java.nio.file.Path b = dir.resolve("story.txt");
    java.nio.file.Files.writeString(a, "Connect with us\n\n" + STORY + "\nContinue Reading\n");
    java.nio.file.Files.writeString(b, STORY);
    Cli plain = Cli.run(a.toString(), b.toString());
    assertThat(plain.status()).isEqualTo(0);
    assertThat(plain.out()).contains(a + ": 2 lines outside the story; " + b + ": 0");
    Cli shown = Cli.run("--show-chrome", a.toString(), b.toString());
    assertThat(shown.out())
        .contains("Outside the story in " + a + ":")
        .contains("    1: Connect with us")
        .contains("Continue Reading");
    Cli whole = Cli.run("--whole-text", a.toString(), b.toString());
    assertThat(whole.status()).isEqualTo(1);
    assertThat(whole.out()).contains("- Connect with us").doesNotContain("outside the story");
    Cli json = Cli.run("--format=json", a.toString(), b.toString());
    assertThat(json.out()).contains("\"chrome\": [{\"line\": 1, \"text\": \"Connect with us\"}");
  }
}
