package org.newsdiff.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Runs the command in-process, as a test sees it: status, stdout and stderr. */
public record Cli(int status, String out, String err) {

  /** Runs with no standard input, no terminal, an empty environment. */
  public static Cli run(String... args) {
    return run(new byte[0], new Environment(Map.of(), false), args);
  }

  /** Runs with {@code stdin} as standard input. */
  public static Cli runWithInput(String stdin, String... args) {
    return run(stdin.getBytes(StandardCharsets.UTF_8), new Environment(Map.of(), false), args);
  }

  /** Runs with everything given. */
  public static Cli run(byte[] stdin, Environment env, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        Main.run(
            new ByteArrayInputStream(stdin),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            env,
            args);
    return new Cli(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
