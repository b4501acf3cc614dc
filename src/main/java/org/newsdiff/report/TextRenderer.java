package org.newsdiff.report;

import java.io.IOException;
import java.util.List;
import java.util.function.UnaryOperator;
import org.newsdiff.model.Change;
import org.newsdiff.model.ChangeType;
import org.newsdiff.model.DiffResult;
import org.newsdiff.model.EditKind;
import org.newsdiff.model.SentenceRef;
import org.newsdiff.model.Summary;

/**
 * The output for a person: a summary line, then the changes in reading order, in groups with a
 * header naming where they are in each file.
 *
 * <pre>
 * 12 → 11 sentences: 9 unchanged, 1 edited, 2 removed, 1 added
 *
 * @@ old line 5, new line 5 @@
 * ~ The mayor [-said-]{+announced+} the plan on Tuesday.
 * - A sentence the new version cut.
 * + A sentence it added.
 * </pre>
 *
 * Markers: {@code -} removed, {@code +} added, {@code ~} edited, {@code >} moved, {@code =}
 * unchanged (shown only as context). Each change says its kind and flags in brackets ("[style]",
 * "[substantive: quote, number]"), cosmetic ones dimmed. Without colour, word changes are {@code
 * [-old-]} and {@code {+new+}}; with colour, red and green.
 *
 * @param color whether to use ANSI colours
 * @param context how many unchanged sentences to show around each change
 * @param all whether to show every sentence, unchanged ones included
 * @param showChrome whether to list the lines outside the story
 */
public record TextRenderer(boolean color, int context, boolean all, boolean showChrome)
    implements Renderer {

  /** Without the list of lines outside the story. */
  public TextRenderer(boolean color, int context, boolean all) {
    this(color, context, all, false);
  }

  /**
   * The line about page chrome, or empty when there is none: "wire.txt: 57 lines outside the story;
   * print.txt: 3".
   */
  public static String chromeLine(DiffResult r) {
    int a = r.oldSide().chrome().size();
    int b = r.newSide().chrome().size();
    if (a + b == 0) {
      return "";
    }
    return r.oldSide().name()
        + ": "
        + a
        + (a == 1 ? " line" : " lines")
        + " outside the story; "
        + r.newSide().name()
        + ": "
        + b;
  }

  /** The summary line: "48 → 25 sentences: 9 unchanged, 16 edited, 23 removed, 0 added". */
  public static String summaryLine(DiffResult r) {
    Summary s = r.summary();
    StringBuilder b = new StringBuilder();
    b.append(r.oldSide().sentences()).append(" → ").append(r.newSide().sentences());
    b.append(" sentences: ").append(s.unchanged()).append(" unchanged, ");
    b.append(s.edited()).append(" edited, ").append(s.removed()).append(" removed, ");
    b.append(s.added()).append(" added");
    if (s.moved() > 0) {
      b.append(", ").append(s.moved()).append(" moved");
    }
    if (s.split() > 0) {
      b.append(", ").append(s.split()).append(" split");
    }
    if (s.merged() > 0) {
      b.append(", ").append(s.merged()).append(" merged");
    }
    return b.toString();
  }

  @Override
  public void render(DiffResult r, Appendable out) throws IOException {
    out.append(Style.SUMMARY.apply(summaryLine(r), color)).append('\n');
    String chrome = chromeLine(r);
    if (!chrome.isEmpty()) {
      out.append(
          Style.NOTE.apply(chrome + (showChrome ? "" : " (--show-chrome lists them)"), color));
      out.append('\n');
    }
    if (showChrome) {
      for (org.newsdiff.model.Side side : List.of(r.oldSide(), r.newSide())) {
        if (!side.chrome().isEmpty()) {
          out.append('\n')
              .append(Style.HEADER.apply("Outside the story in " + side.name() + ":", color));
          out.append('\n');
          for (org.newsdiff.model.ChromeLine c : side.chrome()) {
            out.append(Style.NOTE.apply(String.format("%5d: %s", c.line(), c.text()), color));
            out.append('\n');
          }
        }
      }
    }
    List<Change> changes = r.changes();
    boolean[] shown = visible(changes);
    int k = 0;
    while (k < changes.size()) {
      if (!shown[k]) {
        k++;
        continue;
      }
      int end = k;
      while (end < changes.size() && shown[end]) {
        end++;
      }
      out.append('\n').append(Style.HEADER.apply(header(changes.subList(k, end)), color));
      out.append('\n');
      for (int i = k; i < end; i++) {
        change(changes.get(i), out);
      }
      k = end;
    }
  }

  private boolean[] visible(List<Change> changes) {
    boolean[] shown = new boolean[changes.size()];
    for (int k = 0; k < changes.size(); k++) {
      if (all || changes.get(k).isDifference()) {
        int from = all ? k : Math.max(0, k - context);
        int to = all ? k : Math.min(changes.size() - 1, k + context);
        for (int i = from; i <= to; i++) {
          shown[i] = true;
        }
      }
    }
    return shown;
  }

  private static String header(List<Change> group) {
    Integer oldLine = null;
    Integer newLine = null;
    for (Change c : group) {
      if (oldLine == null && !c.oldSentences().isEmpty() && !c.moved()) {
        oldLine = c.oldSentences().get(0).line();
      }
      if (newLine == null && !c.newSentences().isEmpty()) {
        newLine = c.newSentences().get(0).line();
      }
    }
    StringBuilder b = new StringBuilder("@@ ");
    if (oldLine != null) {
      b.append("old line ").append(oldLine);
    }
    if (newLine != null) {
      b.append(oldLine != null ? ", " : "").append("new line ").append(newLine);
    }
    return b.append(" @@").toString();
  }

  private void change(Change c, Appendable out) throws IOException {
    switch (c.type()) {
      case REMOVED -> line(out, Style.REMOVED, "- ", label(c), c.oldSentences().get(0).text());
      case ADDED -> line(out, Style.ADDED, "+ ", label(c), c.newSentences().get(0).text());
      default -> pair(c, out);
    }
  }

  /**
   * What kind of change, and its flags: "[style] ", "[substantive: quote, number] ". Added and
   * removed sentences are substantive by nature, so they show only their flags.
   */
  private static String label(Change c) {
    if (c.kind() == null) {
      return "";
    }
    StringBuilder flags = new StringBuilder();
    c.flags().forEach(f -> flags.append(flags.length() == 0 ? "" : ", ").append(f.jsonName()));
    boolean unpaired = c.type() == ChangeType.ADDED || c.type() == ChangeType.REMOVED;
    if (unpaired) {
      return flags.length() == 0 ? "" : "[" + flags + "] ";
    }
    String kind = c.ignored() ? "ignored " + c.kind().jsonName() : c.kind().jsonName();
    return "[" + kind + (flags.length() == 0 ? "" : ": " + flags) + "] ";
  }

  private void pair(Change c, Appendable out) throws IOException {
    String note = "";
    if (c.moved()) {
      SentenceRef from = c.oldSentences().get(0);
      note = "(moved from old line " + from.line() + ") ";
    }
    if (c.type() == ChangeType.SPLIT) {
      note += "(split in " + c.newSentences().size() + ") ";
    } else if (c.type() == ChangeType.MERGED) {
      note += "(merged from " + c.oldSentences().size() + ") ";
    }
    Style marker = c.moved() ? Style.MOVED : c.isDifference() ? Style.EDITED : null;
    String sign = c.moved() ? "> " : c.type() == ChangeType.UNCHANGED ? "= " : "~ ";
    out.append(marker == null ? sign : marker.apply(sign, color));
    boolean quiet = c.kind() == EditKind.COSMETIC || c.ignored();
    out.append(quiet ? Style.NOTE.apply(label(c), color) : Style.LABEL.apply(label(c), color));
    out.append(Style.NOTE.apply(note, color));
    InlineDiff.render(
        c,
        out,
        UnaryOperator.identity(),
        w -> mark(Style.DELETE, "[-", w, "-]"),
        w -> mark(Style.INSERT, "{+", w, "+}"));
    out.append('\n');
  }

  private String mark(Style style, String open, String word, String close) {
    return color ? style.apply(word, true) : open + word + close;
  }

  private void line(Appendable out, Style style, String sign, String label, String text)
      throws IOException {
    out.append(style.apply(sign, color)).append(Style.LABEL.apply(label, color));
    out.append(style.apply(text, color)).append('\n');
  }
}
