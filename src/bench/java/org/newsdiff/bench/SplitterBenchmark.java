package org.newsdiff.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.newsdiff.RandomArticles;
import org.newsdiff.text.DocumentParser;
import org.newsdiff.text.ParagraphSplitter;
import org.newsdiff.text.Paragraph;
import org.newsdiff.text.SentenceSplitter;
import org.newsdiff.text.SourceText;
import org.newsdiff.text.Span;
import org.newsdiff.text.TokenKey;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Speed of the text stage on one core: paragraphs and sentences only, and the whole stage with
 * tokens. Time per document; the document's size is printed at setup, so MB/s = size / time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SplitterBenchmark {
  @Param({"200000"})
  int sentences;

  String text;
  SourceText source;
  final ParagraphSplitter paragraphs = new ParagraphSplitter();
  final SentenceSplitter splitter = new SentenceSplitter();
  final DocumentParser parser = new DocumentParser(TokenKey.EXACT);

  @Setup
  public void setUp() {
    RandomArticles g = new RandomArticles(4);
    StringBuilder b = new StringBuilder();
    int n = 0;
    while (n < sentences) {
      List<List<String>> a = g.article(20);
      for (List<String> p : a) {
        n += p.size();
      }
      b.append(RandomArticles.text(a));
    }
    text = b.toString();
    source = SourceText.of("bench", text);
    System.out.printf("%n[setup] %d sentences, %.2f MB of UTF-16 text%n", n, text.length() / 1e6);
  }

  /** Paragraphs and sentence spans: what issue 3's target speaks of. */
  @Benchmark
  public int splitSentences() {
    int count = 0;
    for (Paragraph p : paragraphs.split(text)) {
      List<Span> spans = splitter.split(text, p.start(), p.end());
      count += spans.size();
    }
    return count;
  }

  /** The whole text stage: paragraphs, sentences and tokens with their keys. */
  @Benchmark
  public int parseDocument() {
    return parser.parse(source).sentences().size();
  }
}
