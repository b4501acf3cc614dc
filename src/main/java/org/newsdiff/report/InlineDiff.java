package org.newsdiff.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.UnaryOperator;
import org.newsdiff.model.Change;
import org.newsdiff.model.SentenceRef;
import org.newsdiff.model.WordOp;

/**
 * A change as one line of text with its word changes marked, the way each format marks them: {@code
 * [-old-]{+new+}} in plain text, colours on a terminal, {@code ~~old~~ **new**} in Markdown. White
 * space stays outside the marks, and a replacement shares one space.
 */
final class InlineDiff {
  private InlineDiff() {}

  /**
   * Renders {@code c}: its word diff with deletions and insertions wrapped by {@code delete} and
   * {@code insert}, all text passed through {@code escape} first; or, with no word diff, its new
   * sentences (or old, for a removal) joined.
   */
  static String render(
      Change c,
      UnaryOperator<String> escape,
      UnaryOperator<String> delete,
      UnaryOperator<String> insert) {
    StringBuilder out = new StringBuilder();
    try {
      render(c, out, escape, delete, insert);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // not thrown: a StringBuilder does not fail
    }
    return out.toString();
  }

  /**
   * Writes {@link #render(Change, UnaryOperator, UnaryOperator, UnaryOperator) the rendering} of
   * {@code c} to {@code out}, a piece at a time: a long result's lines are not built first.
   */
  static void render(
      Change c,
      Appendable out,
      UnaryOperator<String> escape,
      UnaryOperator<String> delete,
      UnaryOperator<String> insert)
      throws IOException {
    if (c.words().isEmpty()) {
      List<SentenceRef> side = c.newSentences().isEmpty() ? c.oldSentences() : c.newSentences();
      for (int k = 0; k < side.size(); k++) {
        out.append(k == 0 ? "" : " ").append(escape.apply(side.get(k).text()));
      }
      return;
    }
    boolean afterDelete = false;
    for (WordOp w : c.words()) {
      String text = w.text();
      int lead = 0;
      while (lead < text.length() && Character.isWhitespace(text.charAt(lead))) {
        lead++;
      }
      String space = text.substring(0, lead);
      String word = escape.apply(text.substring(lead));
      switch (w.op()) {
        case EQUAL -> out.append(space).append(word);
        case DELETE -> out.append(space).append(delete.apply(word));
        case INSERT -> out.append(afterDelete ? "" : space).append(insert.apply(word));
      }
      afterDelete = w.op() == WordOp.Op.DELETE;
    }
  }
}
