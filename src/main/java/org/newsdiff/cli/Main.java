package org.newsdiff.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** The newsdiff command: {@code main} only exits with what {@link #run} returns. */
public final class Main {
  private Main() {}

  /** Runs newsdiff with this process's streams and exits with its status. */
  public static void main(String[] args) {
    PrintStream out =
        new PrintStream(
            new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
            false,
            StandardCharsets.UTF_8);
    PrintStream err =
        new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    int status = run(System.in, out, err, Environment.system(), args);
    out.flush();
    err.flush();
    System.exit(status);
  }

  /**
   * Runs newsdiff: reads the inputs named in {@code args}, writes to {@code out} and {@code err},
   * and returns the exit status ({@link ExitCode}). Never exits and never prints elsewhere.
   */
  public static int run(
      InputStream in, PrintStream out, PrintStream err, Environment env, String... args) {
    return new NewsdiffCommand(in, out, err, env).execute(args);
  }
}
