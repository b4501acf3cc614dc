package org.newsdiff.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsdiff.model.Change;
import org.newsdiff.model.ChangeType;
import org.newsdiff.model.DiffResult;
import org.newsdiff.model.EditKind;
import org.newsdiff.model.Flag;
import org.newsdiff.model.SentenceRef;
import org.newsdiff.model.Summary;

/**
 * Markdown for a pull-request comment or a CI job summary: a summary table, then the edited, moved,
 * split and merged sentences with their word changes ({@code ~~old~~ **new**}), then the removed
 * and added ones folded in {@code <details>}. Article text is escaped. The whole stays under
 * {@value #LIMIT} characters (GitHub takes 65,536 in a comment): past that, the rest is counted,
 * not shown.
 */
public final class MarkdownRenderer implements Renderer {
  /** Most characters written; the closing lines fit in the margin below GitHub's 65,536. */
  static final int LIMIT = 60_000;

  @Override
  public void render(DiffResult r, Appendable out) throws IOException {
    StringBuilder b = new StringBuilder();
    b.append("### newsdiff: `").append(code(r.oldSide().name())).append("` → `");
    b.append(code(r.newSide().name())).append("`\n\n");
    b.append(TextRenderer.summaryLine(r)).append("\n\n");
    table(r.summary(), b);

    List<Change> edits = new ArrayList<>();
    List<Change> removed = new ArrayList<>();
    List<Change> added = new ArrayList<>();
    for (Change c : r.changes()) {
      if (c.type() == ChangeType.REMOVED) {
        removed.add(c);
      } else if (c.type() == ChangeType.ADDED) {
        added.add(c);
      } else if (c.isDifference()) {
        edits.add(c);
      }
    }
    int left = edits.size() + removed.size() + added.size();
    left = section(b, "Edited, moved, split and merged", edits, false, left);
    left = section(b, "Removed", removed, true, left);
    left = section(b, "Added", added, true, left);
    if (left > 0) {
      b.append("\n_… and ")
          .append(left)
          .append(" more changes not shown here, to stay within a")
          .append(" comment's size; `newsdiff --format json` lists them all._\n");
    }
    out.append(b);
  }

  private static void table(Summary s, StringBuilder b) {
    b.append("| change | sentences |\n| --- | ---: |\n");
    row(b, "unchanged", s.unchanged());
    row(b, "edited", s.edited());
    row(b, "removed", s.removed());
    row(b, "added", s.added());
    row(b, "moved", s.moved());
    row(b, "split", s.split());
    row(b, "merged", s.merged());
    for (Map.Entry<EditKind, Integer> e : s.kinds().entrySet()) {
      row(b, "*" + e.getKey().jsonName() + "*", e.getValue());
    }
    for (Map.Entry<Flag, Integer> e : s.flags().entrySet()) {
      row(b, "flag: " + e.getKey().jsonName(), e.getValue());
    }
  }

  private static void row(StringBuilder b, String name, int n) {
    b.append("| ").append(name).append(" | ").append(n).append(" |\n");
  }

  /** Writes one section while it fits; returns how many changes are still not shown. */
  private static int section(
      StringBuilder b, String title, List<Change> changes, boolean folded, int left) {
    if (changes.isEmpty() || b.length() >= LIMIT) {
      return left;
    }
    b.append('\n');
    if (folded) {
      b.append("<details><summary>").append(title).append(" (").append(changes.size());
      b.append(")</summary>\n\n");
    } else {
      b.append("#### ").append(title).append(" (").append(changes.size()).append(")\n\n");
    }
    for (Change c : changes) {
      String item = item(c);
      if (b.length() + item.length() > LIMIT) {
        break;
      }
      b.append(item);
      left--;
    }
    if (folded) {
      b.append("\n</details>\n");
    }
    return left;
  }

  private static String item(Change c) {
    StringBuilder i = new StringBuilder("- ");
    List<String> tags = new ArrayList<>();
    if (c.type() != ChangeType.ADDED && c.type() != ChangeType.REMOVED && c.kind() != null) {
      tags.add(c.kind().jsonName());
    }
    c.flags().forEach(f -> tags.add("**" + f.jsonName() + "**"));
    if (c.moved()) {
      tags.add("moved");
    }
    if (c.type() == ChangeType.SPLIT || c.type() == ChangeType.MERGED) {
      tags.add(c.type().jsonName());
    }
    i.append('(').append(where(c));
    if (!tags.isEmpty()) {
      i.append("; ").append(String.join(", ", tags));
    }
    i.append(") ");
    i.append(
        InlineDiff.render(c, MarkdownRenderer::escape, w -> "~~" + w + "~~", w -> "**" + w + "**"));
    return i.append('\n').toString();
  }

  private static String where(Change c) {
    List<SentenceRef> o = c.oldSentences();
    List<SentenceRef> n = c.newSentences();
    if (o.isEmpty()) {
      return "new line " + n.get(0).line();
    }
    if (n.isEmpty()) {
      return "old line " + o.get(0).line();
    }
    return "line " + o.get(0).line() + " → " + n.get(0).line();
  }

  /** Article text as Markdown shows it literally: markup characters escaped, HTML defused. */
  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '\\', '`', '*', '_', '[', ']', '|', '~', '#', '{', '}' -> b.append('\\').append(c);
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  private static String code(String s) {
    return s.replace("`", "'");
  }
}
