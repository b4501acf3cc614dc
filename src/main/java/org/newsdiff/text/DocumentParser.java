package org.newsdiff.text;

import java.util.ArrayList;
import java.util.List;

/** Reads a decoded input into a {@link Document}: paragraphs, then sentences. */
public final class DocumentParser {
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
    List<Sentence> out = new ArrayList<>();
    char[] scratch = new char[256]; // the splitter's copy of each paragraph, reused
    for (Paragraph p : paras) {
      if (scratch.length < p.end() - p.start()) {
        scratch = new char[Math.max(p.end() - p.start(), 2 * scratch.length)];
      }
      for (Span s : sentences.split(text, p.start(), p.end(), scratch)) {
        out.add(new Sentence(out.size(), p.index(), s.start(), s.end()));
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
