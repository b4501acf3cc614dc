package org.newsdiff.text;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/** Reads a decoded input into a {@link Document}: paragraphs, then sentences. */
public final class DocumentParser {
  /** Paragraphs one parallel task splits into sentences. */
  private static final int CHUNK = 2048;

  private final ParagraphSplitter paragraphs = new ParagraphSplitter();
  private final SentenceSplitter sentences = new SentenceSplitter();
  private final Tokenizer tokenizer;

  /** Creates a parser whose tokens are keyed by {@code keys}. */
  public DocumentParser(TokenKey keys) {
    this.tokenizer = new Tokenizer(keys);
  }

  /** Parses {@code source}. */
  public Document parse(SourceText source) {
    String text = source.text();
    List<Paragraph> paras = paragraphs.split(text);
    // Paragraphs split into sentences each on its own: a long input's in chunks on all cores,
    // numbered in order afterwards, so the result does not depend on which chunk ends first.
    List<List<Span>> ofParagraph =
        IntStream.range(0, (paras.size() + CHUNK - 1) / CHUNK)
            .parallel()
            .mapToObj(c -> paras.subList(c * CHUNK, Math.min(paras.size(), (c + 1) * CHUNK)))
            .flatMap(chunk -> chunk.stream().map(p -> sentences.split(text, p.start(), p.end())))
            .toList();
    List<Sentence> out = new ArrayList<>();
    for (int p = 0; p < paras.size(); p++) {
      int index = paras.get(p).index();
      for (Span s : ofParagraph.get(p)) {
        out.add(new Sentence(out.size(), index, s.start(), s.end()));
      }
    }
    return new Document(source, paras, out, tokenizer);
  }

  /** The sentence spans of one paragraph-free string, for tools and tests. */
  public List<Span> sentenceSpans(String text) {
    List<Span> out = new ArrayList<>();
    for (Paragraph p : paragraphs.split(text)) {
      out.addAll(sentences.split(text, p.start(), p.end()));
    }
    return out;
  }
}
