package org.newsdiff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The exit status as a shell sees it: through a real java process running Main. */
class ProcessTest {
  record Result(int status, String out, String err) {}

  static Result java(String... args) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(Main.class.getName());
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectInput(new File("/dev/null")).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Result(p.exitValue(), out, err);
  }

  @Test
  void exitStatusesReachTheShell() throws Exception {
    Result differ = java("--stat", "examples/wire.txt", "examples/print.txt");
    assertThat(differ.status()).isEqualTo(1);
    assertThat(differ.out()).contains(" → ").contains(" sentences: ");
    assertThat(java("-q", "examples/wire.txt", "examples/wire.txt").status()).isEqualTo(0);
    Result trouble = java("examples/wire.txt", "examples/no-such-file.txt");
    assertThat(trouble.status()).isEqualTo(2);
    assertThat(trouble.out()).isEmpty();
    assertThat(trouble.err()).isEqualTo("newsdiff: examples/no-such-file.txt: no such file\n");
  }
}
