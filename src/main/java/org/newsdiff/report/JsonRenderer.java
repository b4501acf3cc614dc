package org.newsdiff.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.newsdiff.model.Change;
import org.newsdiff.model.ChromeLine;
import org.newsdiff.model.DiffResult;
import org.newsdiff.model.JsonNamed;
import org.newsdiff.model.SentenceRef;
import org.newsdiff.model.Side;
import org.newsdiff.model.Summary;
import org.newsdiff.model.WordOp;

/**
 * The JSON document for scripts, described in {@code docs/json.md} and checked against {@code
 * docs/newsdiff.schema.json}. Keys always come in the same order, so output is byte-stable.
 */
public final class JsonRenderer implements Renderer {
  /** The version of the document's shape; later versions only add fields. */
  public static final String FORMAT_VERSION = "1.2";

  /** Characters gathered before they are handed on: one call to the writer per few kilobytes. */
  private static final int CHUNK = 1 << 16;

  @Override
  public void render(DiffResult r, Appendable sink) throws IOException {
    // Built in a StringBuilder, handed on in chunks: a call to a Writer per fragment (it locks and
    // checks it is open each time) cost more than the JSON itself on a long article.
    StringBuilder out = new StringBuilder(CHUNK * 2);
    out.append("{\"format_version\": ");
    Json.string(out, FORMAT_VERSION);
    out.append(",\n \"old\": ");
    side(r.oldSide(), out);
    out.append(",\n \"new\": ");
    side(r.newSide(), out);
    Summary s = r.summary();
    out.append(",\n \"summary\": {\"unchanged\": ").append(s.unchanged());
    out.append(", \"edited\": ").append(s.edited());
    out.append(", \"added\": ").append(s.added());
    out.append(", \"removed\": ").append(s.removed());
    out.append(", \"moved\": ").append(s.moved());
    out.append(", \"split\": ").append(s.split());
    out.append(", \"merged\": ").append(s.merged());
    out.append(",\n  \"kinds\": ");
    counts(s.kinds(), out);
    out.append(", \"flags\": ");
    counts(s.flags(), out);
    out.append("},\n \"changes\": [");
    List<Change> changes = r.changes();
    // Blocks of changes are rendered on all cores, a few at a time, and written in order: the
    // same bytes, in bounded memory. Each round writes the blocks of the round before while the
    // other cores render its own, so that no core waits while the writer encodes.
    sink.append(out);
    List<String> rendered = List.of();
    for (int from = 0; from < changes.size() || !rendered.isEmpty(); from += BLOCK * AHEAD) {
      List<String> done = rendered;
      int first = from;
      int blocks = from < changes.size() ? AHEAD : 0;
      try {
        List<String> round =
            IntStream.range(-1, blocks)
                .parallel()
                .mapToObj(b -> b < 0 ? write(done, sink) : block(changes, first + b * BLOCK))
                .toList();
        rendered = round.subList(1, round.size());
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }
    sink.append(changes.isEmpty() ? "]}\n" : "\n ]}\n");
  }

  /** Appends {@code blocks} to {@code sink}; the empty string, as a round's placeholder. */
  private static String write(List<String> blocks, Appendable sink) {
    try {
      for (String block : blocks) {
        sink.append(block);
      }
      return "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Changes rendered together, as one task. */
  private static final int BLOCK = 256;

  /** Blocks rendered side by side before they are written. */
  private static final int AHEAD = 8;

  /** The changes from {@code from} on, one block of them, each after its separator. */
  private static String block(List<Change> changes, int from) {
    StringBuilder out = new StringBuilder(BLOCK * 512);
    for (int k = from; k < Math.min(changes.size(), from + BLOCK); k++) {
      out.append(k == 0 ? "\n  " : ",\n  ");
      change(changes.get(k), out);
    }
    return out.toString();
  }

  private static void side(Side side, StringBuilder out) {
    out.append("{\"name\": ");
    Json.string(out, side.name());
    out.append(", \"sentences\": ").append(side.sentences());
    out.append(", \"paragraphs\": ").append(side.paragraphs());
    out.append(", \"lines\": ").append(side.lines());
    out.append(",\n  \"chrome\": [");
    for (int k = 0; k < side.chrome().size(); k++) {
      ChromeLine c = side.chrome().get(k);
      out.append(k == 0 ? "" : ", ").append("{\"line\": ").append(c.line());
      out.append(", \"text\": ");
      Json.string(out, c.text());
      out.append('}');
    }
    out.append("]}");
  }

  private static void change(Change c, StringBuilder out) {
    out.append("{\"type\": ");
    Json.string(out, c.type().jsonName());
    out.append(", \"moved\": ").append(Boolean.toString(c.moved()));
    if (c.kind() != null) {
      out.append(", \"kind\": ");
      Json.string(out, c.kind().jsonName());
      out.append(", \"flags\": ");
      names(c.flags(), out);
    }
    if (c.ignored()) {
      out.append(", \"ignored\": true");
    }
    out.append(",\n   \"old\": ");
    sentences(c.oldSentences(), out);
    out.append(",\n   \"new\": ");
    sentences(c.newSentences(), out);
    if (c.isPair()) {
      out.append(",\n   \"similarity\": ").append(round(c.similarity()));
    }
    if (!c.words().isEmpty()) {
      out.append(",\n   \"words\": [");
      for (int k = 0; k < c.words().size(); k++) {
        WordOp w = c.words().get(k);
        out.append(k == 0 ? "" : ", ").append("{\"op\": ");
        Json.string(out, w.op().jsonName());
        out.append(", \"text\": ");
        Json.string(out, w.text());
        if (w.kind() != null) {
          out.append(", \"kind\": ");
          Json.string(out, w.kind().jsonName());
          if (!w.categories().isEmpty()) {
            out.append(", \"categories\": ");
            names(w.categories(), out);
          }
        }
        out.append('}');
      }
      out.append(']');
    }
    out.append('}');
  }

  private static void sentences(List<SentenceRef> refs, StringBuilder out) {
    out.append('[');
    for (int k = 0; k < refs.size(); k++) {
      SentenceRef s = refs.get(k);
      out.append(k == 0 ? "" : ", ").append("{\"index\": ").append(s.index());
      out.append(", \"paragraph\": ").append(s.paragraph());
      out.append(", \"line\": ").append(s.line());
      out.append(", \"start\": ").append(s.start());
      out.append(", \"end\": ").append(s.end());
      out.append(", \"text\": ");
      Json.string(out, s.text());
      out.append('}');
    }
    out.append(']');
  }

  /** {"name": count, ...} in enum order. */
  private static void counts(Map<? extends JsonNamed, Integer> counts, StringBuilder out) {
    out.append('{');
    String sep = "";
    for (Map.Entry<? extends JsonNamed, Integer> e : counts.entrySet()) {
      out.append(sep).append('"').append(e.getKey().jsonName()).append("\": ");
      out.append(e.getValue());
      sep = ", ";
    }
    out.append('}');
  }

  /** ["name", ...] in the collection's order. */
  private static void names(Collection<? extends JsonNamed> values, StringBuilder out) {
    out.append('[');
    String sep = "";
    for (JsonNamed v : values) {
      out.append(sep);
      Json.string(out, v.jsonName());
      sep = ", ";
    }
    out.append(']');
  }

  /** Three decimals, no exponent, no locale: 0.93, 1, 0.5. */
  private static String round(double d) {
    return BigDecimal.valueOf(d)
        .setScale(3, RoundingMode.HALF_EVEN)
        .stripTrailingZeros()
        .toPlainString();
  }
}
