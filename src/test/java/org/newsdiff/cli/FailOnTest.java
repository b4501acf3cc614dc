package org.newsdiff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** --ignore and --fail-on together decide the exit status. */
class FailOnTest {
  @TempDir Path dir;

  static final String OLD = "The harbour council met.\n\n“We will not cut the ferry,” Ruiz said.\n";

  /** Each pair edits the old text one way; the table says which options make it exit 1. */
  static String variant(String which) {
    return switch (which) {
      case "spelling" -> "The harbor council met.\n\n“We will not cut the ferry,” Ruiz said.\n";
      case "style" ->
          "The harbour council met.\n\n“We will not cut the ferry,” Mayor Ana Ruiz said.\n";
      case "quote" -> "The harbour council met.\n\n“We will never cut the ferry,” Ruiz said.\n";
      case "number" ->
          "The harbour council met for 3 hours.\n\n“We will not cut the ferry,” Ruiz said.\n";
      case "name" -> "The harbour council met.\n\n“We will not cut the ferry,” Ortiz said.\n";
      default -> throw new IllegalArgumentException(which);
    };
  }

  @ParameterizedTest(name = "{0} with {1}: exit {2}")
  @CsvSource({
    "spelling, --fail-on=any, 1",
    "spelling, --fail-on=style, 0",
    "spelling, --fail-on=substantive, 0",
    "spelling, --ignore=spelling, 0",
    "spelling, --ignore=punctuation, 1",
    "style, --fail-on=any, 1",
    "style, --fail-on=style, 1",
    "style, --fail-on=substantive, 0",
    "style, --ignore=style, 0",
    "style, --ignore=spelling, 1",
    "quote, --fail-on=quote, 1",
    "quote, --fail-on=number, 0",
    "quote, --fail-on=substantive, 1",
    "quote, --ignore=style, 1",
    "number, --fail-on=number, 1",
    "number, --fail-on=quote, 0",
    "number, --fail-on=name, 0",
    "name, --fail-on=name, 1",
    "name, --fail-on=number, 0",
    "name, '--fail-on=quote,name', 1",
    "spelling, '--fail-on=quote,name', 0",
    "spelling, '--ignore=spelling,style', 0",
  })
  void exitStatus(String which, String option, int status) throws IOException {
    Path a = dir.resolve("a.txt");
    Path b = dir.resolve("b.txt");
    Files.writeString(a, OLD, StandardCharsets.UTF_8);
    Files.writeString(b, variant(which), StandardCharsets.UTF_8);
    Cli r = Cli.run("-q", option, a.toString(), b.toString());
    assertThat(r.err()).isEmpty();
    assertThat(r.status()).isEqualTo(status);
  }

  @ParameterizedTest
  @CsvSource({"--ignore=colour, --ignore", "--fail-on=everything, --fail-on"})
  void badValuesAreTrouble(String option, String name) throws IOException {
    Path a = dir.resolve("a.txt");
    Files.writeString(a, OLD, StandardCharsets.UTF_8);
    Cli r = Cli.run(option, a.toString(), a.toString());
    assertThat(r.status()).isEqualTo(ExitCode.TROUBLE);
    assertThat(r.err()).startsWith("newsdiff: ").contains(name);
  }
}
