package org.newsdiff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdiff.model.Change;
import org.newsdiff.model.ChangeType;
import org.newsdiff.model.DiffResult;
import org.newsdiff.model.SentenceRef;
import org.newsdiff.text.InputReader;

/**
 * The reference pair of the workplace (an AP story as a web page and as a newspaper printed it),
 * read where it lies, beside the project; skipped where it is absent. Its text is third-party and
 * never copied here: the test finds the story by its first and last sentences' openings.
 */
class ReferencePairTest {
  static final Path SEEDS = Path.of("../shared/corpus/seeds");

  @Test
  void theStoryIsPairedSentenceBySentence() throws Exception {
    Path oldPath = SEEDS.resolve("000_f723eda51115cd1a.txt");
    Path newPath = SEEDS.resolve("001_dd95b4f4c2903541.txt");
    assumeTrue(
        Files.exists(oldPath) && Files.exists(newPath), "no reference pair beside the project");
    InputReader reader = new InputReader(null);
    DiffResult r =
        Pipeline.defaults()
            .compare(reader.read(oldPath.toString(), null), reader.read(newPath.toString(), null));

    // The story runs from the dateline to the last quote (old) or the last paragraph (new).
    int oldFirst = indexStarting(r, true, "WASHINGTON");
    int oldLast = indexStarting(r, true, "“Russia is a status quo power");
    int newFirst = indexStarting(r, false, "WASHINGTON");
    int newLast = indexStarting(r, false, "Both reject Chinese");
    assertThat(oldLast - oldFirst + 1).as("wire story sentences").isEqualTo(48);
    assertThat(newLast - newFirst + 1).as("print story sentences").isEqualTo(25);

    int unchanged = 0;
    int edited = 0;
    int removed = 0;
    for (Change c : r.changes()) {
      boolean oldInStory = in(c.oldSentences(), oldFirst, oldLast);
      boolean newInStory = in(c.newSentences(), newFirst, newLast);
      if (newInStory) {
        assertThat(c.isPair()).as("print story sentence paired: %s", c).isTrue();
        assertThat(oldInStory).as("paired with a wire story sentence: %s", c).isTrue();
        unchanged += c.type() == ChangeType.UNCHANGED ? 1 : 0;
        edited += c.type() == ChangeType.EDITED ? 1 : 0;
        assertThat(c.moved()).isFalse();
      } else if (oldInStory) {
        assertThat(c.type()).as("wire story sentence cut: %s", c).isEqualTo(ChangeType.REMOVED);
        removed++;
      }
    }
    // Page chrome set aside (issue 6): only the story, its headline and its credit or byline.
    assertThat(r.oldSide().sentences()).isEqualTo(48 + 2);
    assertThat(r.newSide().sentences()).isEqualTo(25 + 2);
    assertThat(r.newSide().chrome()).hasSize(3); // masthead and two footer lines
    assertThat(r.oldSide().chrome().stream().map(c -> c.text()))
        .contains("Connect with us", "Published", "Continue Reading", "Latest")
        .anyMatch(t -> t.startsWith("Portrait of"));
    assertThat(unchanged).isEqualTo(9);
    assertThat(edited).isEqualTo(16);
    assertThat(removed).isEqualTo(23);

    Change cutOpening = changeWithNew(r, "Russia has cast itself");
    assertThat(cutOpening.words().get(0).text()).isEqualTo("In the meantime,");
    Change lostHyphen = changeWithNew(r, "A larger question");
    assertThat(lostHyphen.type()).isEqualTo(ChangeType.EDITED);

    // How an editor sees the edits (issue 5).
    assertThat(kindOf(r, "But China isn’t")).isEqualTo("cosmetic"); // neighbour → neighbor
    assertThat(kindOf(r, "So far, Moscow")).isEqualTo("cosmetic"); // co-ordinated
    assertThat(kindOf(r, "Beijing’s close ties")).isEqualTo("cosmetic"); // comma after uncle
    assertThat(lostHyphen.kind().jsonName()).isEqualTo("cosmetic"); // U.S.-North
    assertThat(kindOf(r, "Since then, the allies")).isEqualTo("style"); // U.N. → United Nations
    Change wmd = changeWithNew(r, "“If Russia delivers");
    assertThat(wmd.kind().jsonName()).isEqualTo("style");
    assertThat(wmd.flags()).contains(org.newsdiff.model.Flag.QUOTE);
    assertThat(kindOf(r, "Yun said he and")).isEqualTo("substantive"); // often inscrutable
  }

  static String kindOf(DiffResult r, String newPrefix) {
    return changeWithNew(r, newPrefix).kind().jsonName();
  }

  static int indexStarting(DiffResult r, boolean old, String prefix) {
    for (Change c : r.changes()) {
      for (SentenceRef s : old ? c.oldSentences() : c.newSentences()) {
        if (s.text().startsWith(prefix)) {
          return s.index();
        }
      }
    }
    throw new AssertionError("no sentence starts with " + prefix);
  }

  static boolean in(List<SentenceRef> refs, int first, int last) {
    return !refs.isEmpty() && refs.get(0).index() >= first && refs.get(0).index() <= last;
  }

  static Change changeWithNew(DiffResult r, String prefix) {
    return r.changes().stream()
        .filter(
            c -> !c.newSentences().isEmpty() && c.newSentences().get(0).text().startsWith(prefix))
        .findFirst()
        .orElseThrow();
  }
}
