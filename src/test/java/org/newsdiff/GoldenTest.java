package org.newsdiff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsdiff.model.DiffResult;
import org.newsdiff.report.GithubRenderer;
import org.newsdiff.report.JsonRenderer;
import org.newsdiff.report.MarkdownRenderer;
import org.newsdiff.report.Renderer;
import org.newsdiff.report.TextRenderer;
import org.newsdiff.text.InputException;
import org.newsdiff.text.InputReader;
import org.newsdiff.text.SourceText;

/**
 * Golden tests: every folder under {@code src/test/resources/cases} holds {@code old.txt}, {@code
 * new.txt} and one expected file per output format. Run with {@code -Dnewsdiff.golden.update=true}
 * to rewrite the expected files after a deliberate change, then read the diff before committing it.
 */
class GoldenTest {
  static final Path CASES = Path.of("src/test/resources/cases");
  static final List<String> FILES =
      List.of(
          "old.txt", "new.txt", "expected.txt", "expected.json", "expected.md", "expected.github");
  private static final boolean UPDATE = Boolean.getBoolean("newsdiff.golden.update");

  static Stream<Path> cases() throws IOException {
    try (Stream<Path> s = Files.list(CASES)) {
      return s.filter(Files::isDirectory).sorted().toList().stream();
    }
  }

  @Test
  void theCasesFolderIsNotEmpty() throws IOException {
    assertThat(cases()).as("golden cases in %s", CASES).isNotEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void everyCaseHasEveryFile(Path dir) {
    for (String f : FILES) {
      if (UPDATE && f.startsWith("expected")) {
        continue;
      }
      if (f.endsWith(".txt")
          && !f.startsWith("expected")
          && Files.exists(dir.resolve(f.replace(".txt", ".html")))) {
        continue; // a saved web page: old.html, new.html
      }
      assertThat(dir.resolve(f)).as("case %s needs %s", dir.getFileName(), f).isRegularFile();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void textOutputMatches(Path dir) throws Exception {
    check(dir, "expected.txt", new TextRenderer(false, 0, false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void jsonOutputMatches(Path dir) throws Exception {
    check(dir, "expected.json", new JsonRenderer());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void markdownOutputMatches(Path dir) throws Exception {
    check(dir, "expected.md", new MarkdownRenderer());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void githubOutputMatches(Path dir) throws Exception {
    check(dir, "expected.github", new GithubRenderer());
  }

  private static void check(Path dir, String expectedFile, Renderer renderer) throws Exception {
    DiffResult result = compare(dir);
    StringBuilder actual = new StringBuilder();
    renderer.render(result, actual);
    Path expected = dir.resolve(expectedFile);
    if (UPDATE) {
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
    }
    assertThat(expected).as("case %s needs %s", dir.getFileName(), expectedFile).isRegularFile();
    assertThat(actual.toString())
        .as("%s of case %s", expectedFile, dir.getFileName())
        .isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
  }

  static DiffResult compare(Path dir) throws IOException, InputException {
    return Pipeline.defaults().compare(read(dir, "old.txt"), read(dir, "new.txt"));
  }

  private static SourceText read(Path dir, String name) throws IOException, InputException {
    Path file =
        Files.exists(dir.resolve(name))
            ? dir.resolve(name)
            : dir.resolve(name.replace(".txt", ".html"));
    return new InputReader(null).source(file.getFileName().toString(), Files.readAllBytes(file));
  }
}
