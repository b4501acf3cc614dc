package org.newsdiff.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.newsdiff.Pipeline;
import org.newsdiff.align.SentenceAligner;
import org.newsdiff.model.Category;
import org.newsdiff.model.Change;
import org.newsdiff.model.DiffResult;
import org.newsdiff.model.EditKind;
import org.newsdiff.model.Flag;
import org.newsdiff.report.GithubRenderer;
import org.newsdiff.report.JsonRenderer;
import org.newsdiff.report.MarkdownRenderer;
import org.newsdiff.report.Renderer;
import org.newsdiff.report.TextRenderer;
import org.newsdiff.text.Chars;
import org.newsdiff.text.Document;
import org.newsdiff.text.DocumentParser;
import org.newsdiff.text.InputException;
import org.newsdiff.text.InputReader;
import org.newsdiff.text.Sentence;
import org.newsdiff.text.SourceText;
import org.newsdiff.text.TokenKey;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParseResult;

/**
 * The command line: options, inputs, output and exit status.
 *
 * <p>The options are declared through picocli's programmatic API rather than its annotations: on
 * every run, reading the annotations (a proxy class made for each annotation type, each attribute
 * parsed) took about half of picocli's start-up, a sixth of an everyday comparison. See
 * docs/alignment.md, "Start-up".
 */
final class NewsdiffCommand implements Callable<Integer> {

  /** Output formats. */
  enum Format {
    text,
    json,
    markdown,
    github
  }

  /** What makes the exit status 1 ({@code --fail-on}). */
  enum FailOn {
    any,
    style,
    substantive,
    quote,
    number,
    name
  }

  /** When to colour the text output. */
  enum ColorMode {
    auto,
    always,
    never
  }

  // Defaults, both shown in help and taken when an option is not given.
  private static final int DEFAULT_CONTEXT = 0;
  private static final ColorMode DEFAULT_COLOR = ColorMode.auto;
  private static final Format DEFAULT_FORMAT = Format.text;

  // The parsed command line, read by read() from the parse result; declared in spec().
  private List<String> files;
  private int context;
  private boolean all;
  private ColorMode color;
  private boolean quiet;
  private boolean stat;
  private Format format;
  private String encoding;
  private double threshold;
  private List<Category> ignore;
  private List<FailOn> failOn;
  private boolean showChrome;
  private boolean wholeText;
  private boolean sentences;

  private final InputStream in;
  private final PrintStream out;
  private final PrintStream err;
  private final Environment env;
  private CommandLine commandLine;

  NewsdiffCommand(InputStream in, PrintStream out, PrintStream err, Environment env) {
    this.in = in;
    this.out = out;
    this.err = err;
    this.env = env;
  }

  /** The options, inputs and help of the command, in the order help lists them. */
  private CommandSpec spec() {
    CommandSpec spec =
        CommandSpec.wrapWithoutInspection(this).name("newsdiff").versionProvider(new Version());
    Map<String, String> exitCodes = new LinkedHashMap<>();
    exitCodes.put("0", "the two articles have the same sentences (or nothing --fail-on names)");
    exitCodes.put("1", "they differ (in a way --fail-on names; by default any)");
    exitCodes.put("2", "trouble: an input could not be read, a bad option, an internal error");
    spec.usageMessage()
        .sortOptions(false)
        .autoWidth(true)
        .description(
            "Compare two versions of a news article sentence by sentence: what was added, removed,"
                + " edited or moved, with the word changes inside each edited sentence.",
            "",
            "Inputs are plain text (UTF-8, or Windows-1252 with a note) or saved web pages (HTML);"
                + " '-' reads standard input. Page chrome around the story (navigation, captions,"
                + " prompts, teasers, footers) is set aside and reported, not compared.")
        .exitCodeListHeading("%nExit status:%n")
        .exitCodeList(exitCodes);
    spec.addPositional(
        PositionalParamSpec.builder()
            .arity("0..*") // counted in call(), for a clearer message than picocli's
            .paramLabel("FILE")
            .type(List.class)
            .auxiliaryTypes(String.class)
            .description("OLD and NEW versions of the article ('-' for standard input).")
            .build());
    spec.addOption(
        OptionSpec.builder("-U", "--context")
            .paramLabel("N")
            .type(int.class)
            .defaultValue(String.valueOf(DEFAULT_CONTEXT))
            .description(
                "Show N unchanged sentences around each change (default: ${DEFAULT-VALUE}).")
            .build());
    spec.addOption(flag("--all", "Show every sentence, unchanged ones included."));
    spec.addOption(
        OptionSpec.builder("--color")
            .paramLabel("WHEN")
            .type(ColorMode.class)
            .defaultValue(DEFAULT_COLOR.name())
            .description(
                "Colour the text output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}; auto"
                    + " colours a terminal unless NO_COLOR is set).")
            .build());
    spec.addOption(flag("-q", "--quiet", "Print nothing; only the exit status tells."));
    spec.addOption(flag("--stat", "Print only the summary line."));
    spec.addOption(
        OptionSpec.builder("--format")
            .paramLabel("FORMAT")
            .type(Format.class)
            .defaultValue(DEFAULT_FORMAT.name())
            .description("Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
            .build());
    spec.addOption(
        OptionSpec.builder("--encoding")
            .paramLabel("CHARSET")
            .type(String.class)
            .description("Decode both inputs with CHARSET instead of detecting UTF-8.")
            .build());
    spec.addOption(
        OptionSpec.builder("--threshold")
            .paramLabel("T")
            .type(double.class)
            .defaultValue(String.valueOf(SentenceAligner.DEFAULT_THRESHOLD))
            .description(
                "Least word similarity (0 to 1) for two different sentences to count as one edited"
                    + " (default: ${DEFAULT-VALUE}).")
            .build());
    spec.addOption(
        list("--ignore", Category.class)
            .description(
                "Count an edited sentence as unchanged when all its edits are of these kinds:"
                    + " spelling, punctuation, typography, case, style (a comma-separated list).")
            .build());
    spec.addOption(
        list("--fail-on", FailOn.class)
            .description(
                "What makes the exit status 1: any (default), style (style or substantive edits),"
                    + " substantive, quote, number, name (changes with that flag); a"
                    + " comma-separated list.")
            .build());
    spec.addOption(
        flag(
            "--show-chrome",
            "List the lines set aside as outside the story (site navigation, captions,"
                + " prompts, teasers, mastheads, footers)."));
    spec.addOption(flag("--whole-text", "Compare everything: set nothing aside as page chrome."));
    spec.addOption(
        flag(
            "--sentences",
            "Print how FILE is split: one sentence a line, a blank line between paragraphs."));
    // Last, as picocli's standard help options would be.
    spec.addOption(
        OptionSpec.builder("-h", "--help")
            .usageHelp(true)
            .description("Show this help message and exit.")
            .build());
    spec.addOption(
        OptionSpec.builder("-V", "--version")
            .versionHelp(true)
            .description("Print version information and exit.")
            .build());
    return spec;
  }

  /** An option without a value: {@code names} then its description. */
  private static OptionSpec flag(String... namesThenDescription) {
    int n = namesThenDescription.length - 1;
    return OptionSpec.builder(Arrays.copyOf(namesThenDescription, n))
        .type(boolean.class)
        .description(namesThenDescription[n])
        .build();
  }

  /** An option that takes a comma-separated list of {@code type}'s values, and may be repeated. */
  private static OptionSpec.Builder list(String name, Class<?> type) {
    return OptionSpec.builder(name)
        .paramLabel("WHAT")
        .type(List.class)
        .auxiliaryTypes(type)
        .splitRegex(",");
  }

  /** Takes the values of the parsed command line; an option not given keeps its default. */
  private void read(ParseResult p) {
    files = p.matchedPositionalValue(0, List.<String>of());
    context = p.matchedOptionValue("--context", DEFAULT_CONTEXT);
    all = p.hasMatchedOption("--all");
    color = p.matchedOptionValue("--color", DEFAULT_COLOR);
    quiet = p.hasMatchedOption("--quiet");
    stat = p.hasMatchedOption("--stat");
    format = p.matchedOptionValue("--format", DEFAULT_FORMAT);
    encoding = p.matchedOptionValue("--encoding", null);
    threshold = p.matchedOptionValue("--threshold", SentenceAligner.DEFAULT_THRESHOLD);
    ignore = p.matchedOptionValue("--ignore", List.<Category>of());
    failOn = p.matchedOptionValue("--fail-on", List.of(FailOn.any));
    showChrome = p.hasMatchedOption("--show-chrome");
    wholeText = p.hasMatchedOption("--whole-text");
    sentences = p.hasMatchedOption("--sentences");
  }

  /** Parses {@code args}, runs, and returns the exit status; prints one line on trouble. */
  int execute(String... args) {
    CommandLine cl = new CommandLine(spec());
    commandLine = cl;
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setOut(new java.io.PrintWriter(out, true));
    cl.setErr(new java.io.PrintWriter(err, true));
    cl.setParameterExceptionHandler(
        (ex, a) -> {
          err.println("newsdiff: " + ex.getMessage());
          err.println("Try 'newsdiff --help' for more information.");
          return ExitCode.TROUBLE;
        });
    cl.setExecutionExceptionHandler(
        (ex, c, p) -> {
          err.println("newsdiff: internal error: " + ex);
          return ExitCode.TROUBLE;
        });
    return cl.execute(args);
  }

  @Override
  public Integer call() throws IOException {
    read(commandLine.getParseResult());
    int expected = sentences ? 1 : 2;
    if (files.size() != expected) {
      return usage(
          sentences
              ? "--sentences takes one FILE; got " + files.size()
              : "two files are needed, OLD and NEW; got " + files.size());
    }
    if (files.stream().filter("-"::equals).count() > 1) {
      return usage("only one input can be standard input ('-')");
    }
    if (!(threshold > 0 && threshold <= 1)) {
      return usage("--threshold must be more than 0 and at most 1, not " + threshold);
    }
    if (context < 0) {
      return usage("--context must be 0 or more");
    }
    Charset charset = null;
    if (encoding != null) {
      try {
        charset = Charset.forName(encoding);
      } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
        return usage("unknown encoding: " + encoding);
      }
    }
    // The inputs are read side by side (the last on this thread), each by its own reader; errors
    // and notes are told in the order the files were given, whichever finished first.
    List<InputReader> readers = new ArrayList<>();
    List<CompletableFuture<SourceText>> reads = new ArrayList<>();
    for (String f : files) {
      InputReader reader = new InputReader(charset);
      readers.add(reader);
      Supplier<SourceText> read =
          () -> {
            try {
              return reader.read(f, in);
            } catch (InputException e) {
              throw new CompletionException(e);
            }
          };
      boolean last = reads.size() + 1 == files.size();
      reads.add(last ? completeHere(read) : CompletableFuture.supplyAsync(read));
    }
    List<SourceText> inputs = new ArrayList<>();
    try {
      for (CompletableFuture<SourceText> read : reads) {
        inputs.add(read.join());
      }
    } catch (CompletionException e) {
      if (e.getCause() instanceof InputException bad) {
        err.println("newsdiff: " + bad.getMessage());
        return ExitCode.TROUBLE;
      }
      throw e;
    }
    if (!quiet) {
      readers.forEach(r -> r.notes().forEach(n -> err.println("newsdiff: " + n)));
    }
    if (sentences) {
      printSentences(new DocumentParser(TokenKey.EXACT).parse(inputs.get(0)));
      return ExitCode.SAME;
    }
    DiffResult result =
        new Pipeline(TokenKey.EXACT, threshold, Set.copyOf(ignore), wholeText)
            .compare(inputs.get(0), inputs.get(1));
    if (!quiet) {
      // Streamed, not buffered whole: every input is read and compared by now, so nothing can
      // fail halfway through the output, and a long diff need not sit in memory twice.
      if (stat) {
        byte[] line = (TextRenderer.summaryLine(result) + "\n").getBytes(StandardCharsets.UTF_8);
        out.write(line, 0, line.length);
      } else {
        renderer().renderUtf8(result, out);
      }
      out.flush();
    }
    return fails(result) ? ExitCode.DIFFERENT : ExitCode.SAME;
  }

  /** A future already done with what {@code work} gives or throws, run on this thread. */
  private static <T> CompletableFuture<T> completeHere(Supplier<T> work) {
    CompletableFuture<T> done = new CompletableFuture<>();
    try {
      done.complete(work.get());
    } catch (CompletionException e) {
      done.completeExceptionally(e.getCause());
    }
    return done;
  }

  /** Whether the result holds anything that {@code --fail-on} names. */
  private boolean fails(DiffResult result) {
    for (Change c : result.changes()) {
      for (FailOn f : failOn) {
        boolean hit =
            switch (f) {
              case any -> c.isDifference();
              case style -> c.kind() == EditKind.STYLE || c.kind() == EditKind.SUBSTANTIVE;
              case substantive -> c.kind() == EditKind.SUBSTANTIVE;
              case quote -> c.flags().contains(Flag.QUOTE);
              case number -> c.flags().contains(Flag.NUMBER);
              case name -> c.flags().contains(Flag.NAME);
            };
        if (hit && !c.ignored()) {
          return true;
        }
      }
    }
    return false;
  }

  private Renderer renderer() {
    return switch (format) {
      case json -> new JsonRenderer();
      case markdown -> new MarkdownRenderer();
      case github -> new GithubRenderer();
      case text -> {
        boolean colored =
            color == ColorMode.always || (color == ColorMode.auto && env.colorByDefault());
        yield new TextRenderer(colored, context, all, showChrome);
      }
    };
  }

  private void printSentences(Document doc) {
    StringBuilder b = new StringBuilder();
    int paragraph = -1;
    for (Sentence s : doc.sentences()) {
      if (paragraph >= 0 && s.paragraph() != paragraph) {
        b.append('\n');
      }
      paragraph = s.paragraph();
      b.append(Chars.foldLineBreaks(doc.text(s))).append('\n');
    }
    out.print(b);
    out.flush();
  }

  private int usage(String message) {
    err.println("newsdiff: " + message);
    err.println("Try 'newsdiff --help' for more information.");
    return ExitCode.TROUBLE;
  }

  /** The version from the jar's manifest, or "dev" when run from classes. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = NewsdiffCommand.class.getPackage().getImplementationVersion();
      return new String[] {"newsdiff " + (v == null ? "dev" : v)};
    }
  }
}
