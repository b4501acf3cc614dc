package org.newsdiff.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
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
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The command line: options, inputs, output and exit status. */
@Command(
    name = "newsdiff",
    mixinStandardHelpOptions = true,
    addMethodSubcommands = false,
    versionProvider = NewsdiffCommand.Version.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Compare two versions of a news article sentence by sentence: what was added, removed,"
          + " edited or moved, with the word changes inside each edited sentence.",
      "",
      "Inputs are plain text (UTF-8, or Windows-1252 with a note) or saved web pages (HTML);"
          + " '-' reads standard input. Page chrome around the story (navigation, captions,"
          + " prompts, teasers, footers) is set aside and reported, not compared."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:the two articles have the same sentences (or nothing --fail-on names)",
      "1:they differ (in a way --fail-on names; by default any)",
      "2:trouble: an input could not be read, a bad option, an internal error"
    })
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

  @Parameters(
      arity = "0..*", // counted in call(), for a clearer message than picocli's
      paramLabel = "FILE",
      description = "OLD and NEW versions of the article ('-' for standard input).")
  private List<String> files = new ArrayList<>();

  @Option(
      names = {"-U", "--context"},
      paramLabel = "N",
      description = "Show N unchanged sentences around each change (default: ${DEFAULT-VALUE}).")
  private int context = 0;

  @Option(names = "--all", description = "Show every sentence, unchanged ones included.")
  private boolean all;

  @Option(
      names = "--color",
      paramLabel = "WHEN",
      description =
          "Colour the text output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}; auto"
              + " colours a terminal unless NO_COLOR is set).")
  private ColorMode color = ColorMode.auto;

  @Option(
      names = {"-q", "--quiet"},
      description = "Print nothing; only the exit status tells.")
  private boolean quiet;

  @Option(names = "--stat", description = "Print only the summary line.")
  private boolean stat;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  private Format format = Format.text;

  @Option(
      names = "--encoding",
      paramLabel = "CHARSET",
      description = "Decode both inputs with CHARSET instead of detecting UTF-8.")
  private String encoding;

  @Option(
      names = "--threshold",
      paramLabel = "T",
      description =
          "Least word similarity (0 to 1) for two different sentences to count as one edited"
              + " (default: ${DEFAULT-VALUE}).")
  private double threshold = SentenceAligner.DEFAULT_THRESHOLD;

  @Option(
      names = "--ignore",
      split = ",",
      paramLabel = "WHAT",
      description =
          "Count an edited sentence as unchanged when all its edits are of these kinds:"
              + " spelling, punctuation, typography, case, style (a comma-separated list).")
  private List<Category> ignore = new ArrayList<>();

  @Option(
      names = "--fail-on",
      split = ",",
      paramLabel = "WHAT",
      description =
          "What makes the exit status 1: any (default), style (style or substantive edits),"
              + " substantive, quote, number, name (changes with that flag); a comma-separated"
              + " list.")
  private List<FailOn> failOn = new ArrayList<>(List.of(FailOn.any));

  @Option(
      names = "--show-chrome",
      description =
          "List the lines set aside as outside the story (site navigation, captions,"
              + " prompts, teasers, mastheads, footers).")
  private boolean showChrome;

  @Option(
      names = "--whole-text",
      description = "Compare everything: set nothing aside as page chrome.")
  private boolean wholeText;

  @Option(
      names = "--sentences",
      description =
          "Print how FILE is split: one sentence a line, a blank line between paragraphs.")
  private boolean sentences;

  private final InputStream in;
  private final PrintStream out;
  private final PrintStream err;
  private final Environment env;

  NewsdiffCommand(InputStream in, PrintStream out, PrintStream err, Environment env) {
    this.in = in;
    this.out = out;
    this.err = err;
    this.env = env;
  }

  /** Parses {@code args}, runs, and returns the exit status; prints one line on trouble. */
  int execute(String... args) {
    CommandLine cl = new CommandLine(this);
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
      Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
      if (stat) {
        w.append(TextRenderer.summaryLine(result)).append('\n');
      } else {
        renderer().render(result, w);
      }
      w.flush();
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
