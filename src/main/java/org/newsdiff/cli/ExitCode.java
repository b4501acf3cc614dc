package org.newsdiff.cli;

/** Exit statuses, as diff(1) has them. */
public final class ExitCode {
  private ExitCode() {}

  /** The two articles have the same sentences (or the command had nothing to compare). */
  public static final int SAME = 0;

  /** The two articles differ (or, with --fail-on, differ in a way asked about). */
  public static final int DIFFERENT = 1;

  /** Trouble: an input could not be read, an option was wrong, or newsdiff failed. */
  public static final int TROUBLE = 2;
}
