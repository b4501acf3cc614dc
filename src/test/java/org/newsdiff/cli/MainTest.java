package org.newsdiff.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
  @TempDir Path dir;
  String oldFile;
  String newFile;
  String sameFile;

  static final String OLD =
      "Town opens new library\n\n"
          + "The town of Eastfield opened its new library on Saturday. About 400 people came."
          + " The building cost $6 million.\n\n"
          + "Mayor Jo Banks cut the ribbon.\n";
  static final String NEW =
      "Town opens new library\n\n"
          + "The town of Eastfield opened its new public library on Saturday. About 400 people"
          + " came.\n\n"
          + "Mayor Jo Banks cut the ribbon. Children read aloud.\n";

  @BeforeEach
  void files() throws IOException {
    oldFile = write("old.txt", OLD);
    newFile = write("new.txt", NEW);
    sameFile = write("same.txt", OLD);
  }

  String write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p.toString();
  }

  @Test
  void differentArticlesExitOneAndShowTheChanges() {
    Cli r = Cli.run(oldFile, newFile);
    assertThat(r.status()).isEqualTo(ExitCode.DIFFERENT);
    assertThat(r.out())
        .startsWith("5 → 5 sentences: 3 unchanged, 1 edited, 1 removed, 1 added\n")
        .contains(
            "~ [substantive] The town of Eastfield opened its new {+public+} library on Saturday.")
        .contains("- The building cost $6 million.")
        .contains("+ Children read aloud.")
        .doesNotContain("\u001b[");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void sameArticlesExitZero() {
    Cli r = Cli.run(oldFile, sameFile);
    assertThat(r.status()).isEqualTo(ExitCode.SAME);
    assertThat(r.out()).isEqualTo("5 → 5 sentences: 5 unchanged, 0 edited, 0 removed, 0 added\n");
  }

  @Test
  void quietPrintsNothing() {
    Cli r = Cli.run("-q", oldFile, newFile);
    assertThat(r.status()).isEqualTo(ExitCode.DIFFERENT);
    assertThat(r.out()).isEmpty();
    assertThat(Cli.run("--quiet", oldFile, sameFile).status()).isEqualTo(ExitCode.SAME);
  }

  @Test
  void statPrintsOnlyTheSummaryLine() {
    Cli r = Cli.run("--stat", oldFile, newFile);
    assertThat(r.out()).isEqualTo("5 → 5 sentences: 3 unchanged, 1 edited, 1 removed, 1 added\n");
    assertThat(r.status()).isEqualTo(ExitCode.DIFFERENT);
  }

  @Test
  void contextShowsUnchangedNeighboursAndAllShowsEverything() {
    String plain = Cli.run(oldFile, newFile).out();
    String context = Cli.run("-U", "1", oldFile, newFile).out();
    String all = Cli.run("--all", oldFile, newFile).out();
    assertThat(plain).doesNotContain("= ");
    assertThat(context).contains("= About 400 people came.");
    assertThat(all)
        .contains("= Town opens new library")
        .contains("= Mayor Jo Banks cut the ribbon.");
    assertThat(Cli.run("--context=1", oldFile, newFile).out()).isEqualTo(context);
  }

  @Test
  void jsonIsTheDocumentScriptsRead() {
    Cli r = Cli.run("--format", "json", oldFile, newFile);
    assertThat(r.status()).isEqualTo(ExitCode.DIFFERENT);
    assertThat(r.out())
        .startsWith("{\"format_version\": \"1.2\"")
        .contains("\"summary\": {\"unchanged\": 3, \"edited\": 1, \"added\": 1, \"removed\": 1")
        .contains("{\"op\": \"insert\", \"text\": \" public\", \"kind\": \"substantive\"}")
        .contains("\"kinds\": {\"cosmetic\": 0, \"style\": 0, \"substantive\": 3}");
    assertThat(Cli.run("--format=JSON", oldFile, newFile).out()).isEqualTo(r.out());
  }

  @Test
  void standardInputIsADash() {
    Cli r = Cli.runWithInput(NEW, oldFile, "-");
    assertThat(r.status()).isEqualTo(ExitCode.DIFFERENT);
    assertThat(r.out()).isEqualTo(Cli.run(oldFile, newFile).out());
  }

  @Test
  void colorFollowsTheOptionTheTerminalAndNoColor() {
    Environment tty = new Environment(Map.of(), true);
    Environment ttyNoColor = new Environment(Map.of("NO_COLOR", "1"), true);
    Environment ttyEmptyNoColor = new Environment(Map.of("NO_COLOR", ""), true);
    byte[] none = new byte[0];
    assertThat(Cli.run(none, tty, oldFile, newFile).out()).contains("\u001b[");
    assertThat(Cli.run(none, ttyNoColor, oldFile, newFile).out()).doesNotContain("\u001b[");
    assertThat(Cli.run(none, ttyEmptyNoColor, oldFile, newFile).out()).contains("\u001b[");
    assertThat(Cli.run(none, tty, "--color=never", oldFile, newFile).out())
        .doesNotContain("\u001b[");
    assertThat(Cli.run("--color=always", oldFile, newFile).out()).contains("\u001b[");
    assertThat(Cli.run("--color", "auto", oldFile, newFile).out()).doesNotContain("\u001b[");
  }

  @Test
  void helpListsTheOptionsAndExitStatuses() {
    Cli r = Cli.run("--help");
    assertThat(r.status()).isEqualTo(0);
    assertThat(r.out())
        .contains("Usage: newsdiff")
        .contains("--context")
        .contains("--format")
        .contains("--color")
        .contains("Exit status:")
        .contains("0   the two articles have the same sentences")
        .contains("1   they differ")
        .contains("2   trouble");
    // Defaults and choices as the options declare them; the help and version options last.
    assertThat(r.out().replaceAll("\\s+", " "))
        .contains("Show N unchanged sentences around each change (default: 0).")
        .contains("Colour the text output: auto, always, never (default: auto;")
        .contains("Output format: text, json, markdown, github (default: text).")
        .contains("count as one edited (default: 0.5).")
        .contains("--ignore=WHAT[,WHAT...]")
        .containsPattern(
            "--sentences .* -h, --help Show this help message and exit\\."
                + " -V, --version Print version information and exit\\. Exit status:");
    assertThat(Cli.run("--version").out()).startsWith("newsdiff ");
  }

  @Test
  void sentencesPrintsTheSplit() throws IOException {
    String f = write("s.txt", "Headline here\n\nIt rained. Sen. Ann Roe left\nearly.\n");
    Cli r = Cli.run("--sentences", f);
    assertThat(r.status()).isEqualTo(0);
    assertThat(r.out()).isEqualTo("Headline here\n\nIt rained.\nSen. Ann Roe left early.\n");
  }

  @Test
  void aThresholdOfOnePairsOnlyIdenticalSentences() {
    Cli r = Cli.run("--stat", "--threshold", "1", oldFile, newFile);
    assertThat(r.out()).contains("0 edited, 2 removed, 2 added");
  }

  // --- trouble: one line on stderr, exit 2, nothing on stdout ---

  void assertTrouble(Cli r, String message) {
    assertThat(r.status()).isEqualTo(ExitCode.TROUBLE);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("newsdiff: ").contains(message);
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void missingFile() {
    String missing = dir.resolve("nope.txt").toString();
    assertTrouble(Cli.run(oldFile, missing), missing + ": no such file");
    assertThat(Cli.run(oldFile, missing).err().lines()).hasSize(1);
  }

  @Test
  void directory() {
    assertTrouble(Cli.run(dir.toString(), newFile), dir + ": is a directory");
  }

  @Test
  void binaryFile() throws IOException {
    Path bin = dir.resolve("photo.jpg");
    Files.write(bin, new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 0, 0x10, 'J', 'F', 'I', 'F', 0});
    assertTrouble(Cli.run(oldFile, bin.toString()), bin + ": binary file");
  }

  @Test
  void unreadableFile() throws IOException {
    Path locked = dir.resolve("locked.txt");
    Files.writeString(locked, "text");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    assumeFalse(Files.isReadable(locked), "running as a user who can read anything (root)");
    assertTrouble(Cli.run(oldFile, locked.toString()), locked + ": permission denied");
  }

  @Test
  void badOptions() {
    assertTrouble(Cli.run("--bogus", oldFile, newFile), "Unknown option");
    assertTrouble(Cli.run(oldFile), "two files are needed, OLD and NEW; got 1");
    assertTrouble(Cli.run(oldFile, newFile, sameFile), "got 3");
    assertTrouble(Cli.run("--threshold", "0", oldFile, newFile), "--threshold");
    assertTrouble(Cli.run("--threshold", "1.5", oldFile, newFile), "--threshold");
    assertTrouble(Cli.run("--threshold", "x", oldFile, newFile), "--threshold");
    assertTrouble(Cli.run("--format", "xml", oldFile, newFile), "--format");
    assertTrouble(Cli.run("--color=sometimes", oldFile, newFile), "--color");
    assertTrouble(Cli.run("-U", "-1", oldFile, newFile), "--context");
    assertTrouble(Cli.run("--encoding", "no-such-charset", oldFile, newFile), "unknown encoding");
    assertTrouble(Cli.runWithInput("x", "-", "-"), "only one input");
    assertTrouble(Cli.run("--sentences", oldFile, newFile), "--sentences takes one FILE");
  }

  @Test
  void invalidUtf8IsReadAsWindows1252WithANote() throws IOException {
    Path latin = dir.resolve("latin.txt");
    // "Café owner said “yes.”" in Windows-1252: é = E9, curly quotes = 93 / 94.
    byte[] bytes =
        "Caf\u00e9 owner said \u201cyes.\u201d\n"
            .getBytes(java.nio.charset.Charset.forName("windows-1252"));
    Files.write(latin, bytes);
    String utf8 = write("utf8.txt", "Café owner said “yes.”\n");
    Cli r = Cli.run(latin.toString(), utf8);
    assertThat(r.status()).isEqualTo(ExitCode.SAME);
    assertThat(r.err())
        .isEqualTo(
            "newsdiff: "
                + latin
                + ": not valid UTF-8; read as windows-1252 (use --encoding to choose)\n");
    Path copy = Files.copy(latin, dir.resolve("latin2.txt"));
    Cli forced = Cli.run("--encoding", "windows-1252", latin.toString(), copy.toString());
    assertThat(forced.err()).isEmpty();
    assertThat(forced.status()).isEqualTo(ExitCode.SAME);
  }

  @Test
  void unicodeSpacesBomAndLineEndingsDoNotCount() throws IOException {
    String a = write("a.txt", "\uFEFFThe\u00A0vote was 6-3.\r\nIt passed.\r\n");
    String b = write("b.txt", "The vote\u2009was 6-3.\nIt passed.");
    Cli r = Cli.run(a, b);
    assertThat(r.status()).isEqualTo(ExitCode.SAME);
  }
}
