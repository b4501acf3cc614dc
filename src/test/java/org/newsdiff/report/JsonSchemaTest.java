package org.newsdiff.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsdiff.cli.Cli;

/**
 * The JSON output of every golden case, and of the bundled example, meets
 * docs/newsdiff.schema.json.
 */
class JsonSchemaTest {
  static final ObjectMapper MAPPER = new ObjectMapper();
  static final JsonSchema SCHEMA = load();

  static JsonSchema load() {
    try {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
          .getSchema(Files.readString(Path.of("docs/newsdiff.schema.json")));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static Stream<Path> cases() throws java.io.IOException {
    try (Stream<Path> s = Files.list(Path.of("src/test/resources/cases"))) {
      return s.filter(Files::isDirectory).sorted().toList().stream();
    }
  }

  static void assertValid(String json) throws Exception {
    JsonNode node = MAPPER.readTree(json);
    Set<ValidationMessage> errors = SCHEMA.validate(node);
    assertThat(errors).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void goldenCaseOutputIsValid(Path dir) throws Exception {
    Cli r = Cli.run("--format=json", input(dir, "old").toString(), input(dir, "new").toString());
    assertValid(r.out());
  }

  /** A case's input: NAME.txt, or NAME.html for a saved web page. */
  static Path input(Path dir, String name) {
    Path html = dir.resolve(name + ".html");
    return Files.exists(html) ? html : dir.resolve(name + ".txt");
  }

  @Test
  void bundledExampleIsValidAndMatchesTheSummary() throws Exception {
    Cli r = Cli.run("--format=json", "examples/wire.txt", "examples/print.txt");
    assertValid(r.out());
    JsonNode n = MAPPER.readTree(r.out());
    int total = 0;
    for (JsonNode c : n.get("changes")) {
      total += c.get("type").asText().equals("added") ? 0 : c.get("old").size();
    }
    assertThat(total).isEqualTo(n.get("old").get("sentences").asInt());
  }

  @Test
  void aLongResultIsValidWithEveryChangeInOrder() throws Exception {
    // More changes than one rendering round (8 blocks of 256): blocks are rendered side by side
    // and must come out whole and in order.
    StringBuilder old = new StringBuilder();
    StringBuilder neu = new StringBuilder();
    int n = 2 * 8 * 256 + 7;
    for (int k = 0; k < n; k++) {
      old.append("Harbor official number ").append(k).append(" spoke.\n\n");
      if (k % 3 != 0) {
        neu.append("Harbor official number ").append(k).append(" spoke.\n\n");
      }
    }
    Path dir = Files.createTempDirectory("newsdiff-json");
    Path a = Files.writeString(dir.resolve("old.txt"), old);
    Path b = Files.writeString(dir.resolve("new.txt"), neu);
    Cli r = Cli.run("--format=json", a.toString(), b.toString());
    assertValid(r.out());
    JsonNode changes = MAPPER.readTree(r.out()).get("changes");
    assertThat(changes).hasSize(n);
    for (int k = 0; k < n; k++) {
      assertThat(changes.get(k).get("old").get(0).get("index").asInt()).isEqualTo(k);
      assertThat(changes.get(k).get("type").asText())
          .isEqualTo(k % 3 == 0 ? "removed" : "unchanged");
    }
  }

  @Test
  void theSchemaRejectsABrokenDocument() throws Exception {
    JsonNode bad =
        MAPPER.readTree("{\"format_version\": \"1.0\", \"changes\": [{\"type\": \"edited\"}]}");
    assertThat(SCHEMA.validate(bad)).isNotEmpty();
  }
}
