package org.newsdiff.cli;

import java.util.Map;

/**
 * What the command reads from outside its arguments, so that tests can set it.
 *
 * @param variables environment variables (NO_COLOR, TERM)
 * @param stdoutIsTerminal whether standard output is a terminal; Java 17 cannot tell by itself, so
 *     bin/newsdiff passes {@code [ -t 1 ]} as the system property {@value #TTY_PROPERTY}
 */
public record Environment(Map<String, String> variables, boolean stdoutIsTerminal) {
  /** The system property that bin/newsdiff sets to "true" when stdout is a terminal. */
  public static final String TTY_PROPERTY = "newsdiff.stdout.tty";

  /** Copies the map. */
  public Environment {
    variables = Map.copyOf(variables);
  }

  /** This process's environment. */
  public static Environment system() {
    return new Environment(System.getenv(), Boolean.getBoolean(TTY_PROPERTY));
  }

  /** Whether --color=auto means colour: a terminal, NO_COLOR unset or empty, TERM not dumb. */
  public boolean colorByDefault() {
    String noColor = variables.get("NO_COLOR");
    return stdoutIsTerminal
        && (noColor == null || noColor.isEmpty())
        && !"dumb".equals(variables.get("TERM"));
  }
}
