package org.newsdiff.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
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

  @Override
  public void render(DiffResult r, Appendable sink) throws IOException {
    // Each write below is whole chars (the head, a block of changes, the tail), so each can be
    // decoded on its own: streamed as to a file, a block at a time.
    renderUtf8(
        r,
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1); // not called: the renderer writes whole arrays
          }

          @Override
          public void write(byte[] b, int from, int length) throws IOException {
            sink.append(new String(b, from, length, StandardCharsets.UTF_8));
          }
        });
  }

  /** Writes {@code r} to {@code sink} as UTF-8, in blocks of a few hundred changes. */
  @Override
  public void renderUtf8(DiffResult r, OutputStream sink) throws IOException {
    Json out = new Json(1 << 12);
    out.ascii("{\"format_version\": ").string(FORMAT_VERSION);
    out.ascii(",\n \"old\": ");
    side(r.oldSide(), out);
    out.ascii(",\n \"new\": ");
    side(r.newSide(), out);
    Summary s = r.summary();
    out.ascii(",\n \"summary\": {\"unchanged\": ").number(s.unchanged());
    out.ascii(", \"edited\": ").number(s.edited());
    out.ascii(", \"added\": ").number(s.added());
    out.ascii(", \"removed\": ").number(s.removed());
    out.ascii(", \"moved\": ").number(s.moved());
    out.ascii(", \"split\": ").number(s.split());
    out.ascii(", \"merged\": ").number(s.merged());
    out.ascii(",\n  \"kinds\": ");
    counts(s.kinds(), out);
    out.ascii(", \"flags\": ");
    counts(s.flags(), out);
    out.ascii("},\n \"changes\": [");
    out.writeTo(sink);
    List<Change> changes = r.changes();
    // Blocks of changes rendered on all cores and written in order: the same bytes, in bounded
    // memory. A written block's bytes are used again for a later one: allocated afresh, they were
    // most of what a long result's rendering allocated, and brought on collections of their own.
    Queue<Json> spare = new ConcurrentLinkedQueue<>();
    Rounds.run(
        (changes.size() + BLOCK - 1) / BLOCK,
        b -> block(changes, b * BLOCK, spare),
        block -> {
          block.writeTo(sink);
          if (block.capacity() <= KEPT) {
            block.clear();
            spare.add(block);
          }
        });
    sink.write((changes.isEmpty() ? "]}\n" : "\n ]}\n").getBytes(StandardCharsets.US_ASCII));
  }

  /** Changes rendered together, as one task. */
  private static final int BLOCK = 256;

  /**
   * Most bytes of room a block keeps for the next: one that held a megabyte-long sentence is let
   * go.
   */
  private static final int KEPT = 1 << 20;

  /**
   * The changes from {@code from} on, one block of them, each after its separator; in a spare
   * block's room if there is one.
   */
  private static Json block(List<Change> changes, int from, Queue<Json> spare) {
    Json out = spare.poll();
    if (out == null) {
      out = new Json(BLOCK * 1024);
    }
    for (int k = from; k < Math.min(changes.size(), from + BLOCK); k++) {
      out.ascii(k == 0 ? "\n  " : ",\n  ");
      change(changes.get(k), out);
    }
    return out;
  }

  private static void side(Side side, Json out) {
    out.ascii("{\"name\": ");
    out.string(side.name());
    out.ascii(", \"sentences\": ").number(side.sentences());
    out.ascii(", \"paragraphs\": ").number(side.paragraphs());
    out.ascii(", \"lines\": ").number(side.lines());
    out.ascii(",\n  \"chrome\": [");
    for (int k = 0; k < side.chrome().size(); k++) {
      ChromeLine c = side.chrome().get(k);
      out.ascii(k == 0 ? "" : ", ").ascii("{\"line\": ").number(c.line());
      out.ascii(", \"text\": ");
      out.string(c.text());
      out.ascii('}');
    }
    out.ascii("]}");
  }

  private static void change(Change c, Json out) {
    out.ascii("{\"type\": ");
    out.string(c.type().jsonName());
    out.ascii(", \"moved\": ").ascii(Boolean.toString(c.moved()));
    if (c.kind() != null) {
      out.ascii(", \"kind\": ");
      out.string(c.kind().jsonName());
      out.ascii(", \"flags\": ");
      names(c.flags(), out);
    }
    if (c.ignored()) {
      out.ascii(", \"ignored\": true");
    }
    out.ascii(",\n   \"old\": ");
    sentences(c.oldSentences(), out);
    out.ascii(",\n   \"new\": ");
    sentences(c.newSentences(), out);
    if (c.isPair()) {
      out.ascii(",\n   \"similarity\": ").ascii(round(c.similarity()));
    }
    if (!c.words().isEmpty()) {
      out.ascii(",\n   \"words\": [");
      for (int k = 0; k < c.words().size(); k++) {
        WordOp w = c.words().get(k);
        out.ascii(k == 0 ? "" : ", ").ascii("{\"op\": ");
        out.string(w.op().jsonName());
        out.ascii(", \"text\": ");
        out.string(w.text());
        if (w.kind() != null) {
          out.ascii(", \"kind\": ");
          out.string(w.kind().jsonName());
          if (!w.categories().isEmpty()) {
            out.ascii(", \"categories\": ");
            names(w.categories(), out);
          }
        }
        out.ascii('}');
      }
      out.ascii(']');
    }
    out.ascii('}');
  }

  private static void sentences(List<SentenceRef> refs, Json out) {
    out.ascii('[');
    for (int k = 0; k < refs.size(); k++) {
      SentenceRef s = refs.get(k);
      out.ascii(k == 0 ? "" : ", ").ascii("{\"index\": ").number(s.index());
      out.ascii(", \"paragraph\": ").number(s.paragraph());
      out.ascii(", \"line\": ").number(s.line());
      out.ascii(", \"start\": ").number(s.start());
      out.ascii(", \"end\": ").number(s.end());
      out.ascii(", \"text\": ");
      s.text(out::string); // most often straight from the input, not a copy of it
      out.ascii('}');
    }
    out.ascii(']');
  }

  /** {"name": count, ...} in enum order. */
  private static void counts(Map<? extends JsonNamed, Integer> counts, Json out) {
    out.ascii('{');
    String sep = "";
    for (Map.Entry<? extends JsonNamed, Integer> e : counts.entrySet()) {
      out.ascii(sep).ascii('"').ascii(e.getKey().jsonName()).ascii("\": ");
      out.number(e.getValue());
      sep = ", ";
    }
    out.ascii('}');
  }

  /** ["name", ...] in the collection's order. */
  private static void names(Collection<? extends JsonNamed> values, Json out) {
    out.ascii('[');
    String sep = "";
    for (JsonNamed v : values) {
      out.ascii(sep);
      out.string(v.jsonName());
      sep = ", ";
    }
    out.ascii(']');
  }

  /** {@link #round} of k / 1000, for k from 0 to 1000. */
  private static final String[] THOUSANDTHS = new String[1001];

  static {
    for (int k = 0; k < THOUSANDTHS.length; k++) {
      THOUSANDTHS[k] = exactRound(k / 1000.0);
    }
  }

  /**
   * Three decimals, no exponent, no locale: 0.93, 1, 0.5. A similarity, from 0 to 1, is looked up:
   * rounding its decimal form half-even at three places is rounding d × 1000 to the nearest whole
   * number whenever that is not within a hair of a tie (the decimal form and the product are both
   * within 10⁻¹³ of the exact value), and there are only 1,001 answers.
   */
  static String round(double d) {
    double scaled = d * 1000;
    if (scaled >= 0 && scaled <= 1000) {
      long k = Math.round(scaled);
      if (Math.abs(scaled - k) < 0.5 - 1e-6) {
        return THOUSANDTHS[(int) k];
      }
    }
    return exactRound(d);
  }

  private static String exactRound(double d) {
    return BigDecimal.valueOf(d)
        .setScale(3, RoundingMode.HALF_EVEN)
        .stripTrailingZeros()
        .toPlainString();
  }
}
