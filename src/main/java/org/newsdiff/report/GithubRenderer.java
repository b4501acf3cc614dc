package org.newsdiff.report;

import java.io.IOException;
import org.newsdiff.model.Change;
import org.newsdiff.model.ChangeType;
import org.newsdiff.model.DiffResult;
import org.newsdiff.model.EditKind;
import org.newsdiff.model.SentenceRef;

/**
 * GitHub Actions workflow commands: one annotation per change, on the line of the new file where
 * the sentence starts (of the old file for a removed sentence). Substantive and flagged changes are
 * {@code ::warning}, the rest {@code ::notice}. Values are escaped as the Actions toolkit does:
 * {@code %}, CR and LF in the message; also {@code :} and {@code ,} in properties. A last notice
 * gives the counts, since GitHub shows only the first 10 annotations of each kind.
 *
 * <pre>
 * ::warning file=print.txt,line=9,title=newsdiff%3A edited (substantive%2C quote)::“We will [-never-]{+not+} sell,” …
 * </pre>
 */
public final class GithubRenderer implements Renderer {

  @Override
  public void render(DiffResult r, Appendable out) throws IOException {
    int warnings = 0;
    int notices = 0;
    for (Change c : r.changes()) {
      if (!c.isDifference()) {
        continue;
      }
      boolean warning = c.kind() == EditKind.SUBSTANTIVE || !c.flags().isEmpty();
      boolean removed = c.type() == ChangeType.REMOVED;
      SentenceRef at = removed ? c.oldSentences().get(0) : c.newSentences().get(0);
      String file = removed ? r.oldSide().name() : r.newSide().name();
      out.append(warning ? "::warning " : "::notice ");
      out.append("file=").append(property(file));
      out.append(",line=").append(Integer.toString(at.line()));
      out.append(",title=").append(property(title(c)));
      out.append("::");
      out.append(data(InlineDiff.render(c, s -> s, w -> "[-" + w + "-]", w -> "{+" + w + "+}")));
      out.append('\n');
      if (warning) {
        warnings++;
      } else {
        notices++;
      }
    }
    out.append("::notice title=newsdiff::").append(data(TextRenderer.summaryLine(r)));
    out.append(
        data(
            "\n"
                + warnings
                + " warnings and "
                + notices
                + " notices above; GitHub shows"
                + " only the first 10 of each kind, newsdiff --format json lists all."));
    out.append('\n');
  }

  private static String title(Change c) {
    StringBuilder t = new StringBuilder("newsdiff: ").append(c.type().jsonName());
    if (c.moved()) {
      t.append(", moved");
    }
    if (c.kind() != null && c.type() != ChangeType.ADDED && c.type() != ChangeType.REMOVED) {
      t.append(" (").append(c.kind().jsonName());
      c.flags().forEach(f -> t.append(", ").append(f.jsonName()));
      t.append(')');
    } else if (!c.flags().isEmpty()) {
      t.append(" (");
      c.flags().forEach(f -> t.append(f.jsonName()).append(", "));
      t.setLength(t.length() - 2);
      t.append(')');
    }
    return t.toString();
  }

  /** Escapes a command's message, as the Actions toolkit's escapeData. */
  static String data(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** Escapes a command's property value, as the Actions toolkit's escapeProperty. */
  static String property(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }
}
