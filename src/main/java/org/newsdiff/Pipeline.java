package org.newsdiff;

import java.util.concurrent.CompletableFuture;
import org.newsdiff.align.SentenceAligner;
import org.newsdiff.classify.Classifier;
import org.newsdiff.model.DiffResult;
import org.newsdiff.text.Document;
import org.newsdiff.text.DocumentParser;
import org.newsdiff.text.SourceText;
import org.newsdiff.text.TokenKey;

/**
 * The stages in order: text (paragraphs, sentences, tokens), align, classify; the result is what
 * every renderer reads.
 *
 * @param keys how tokens are compared
 * @param threshold least similarity for two different sentences to pair as one edited
 */
public record Pipeline(TokenKey keys, double threshold) {

  /** Exact comparison with the default threshold. */
  public static Pipeline defaults() {
    return new Pipeline(TokenKey.EXACT, SentenceAligner.DEFAULT_THRESHOLD);
  }

  /** Compares two decoded inputs; the two are read into sentences side by side. */
  public DiffResult compare(SourceText oldText, SourceText newText) {
    DocumentParser parser = new DocumentParser(keys);
    CompletableFuture<Document> oldDoc = CompletableFuture.supplyAsync(() -> parser.parse(oldText));
    Document newDoc = parser.parse(newText);
    return new Classifier().classify(new SentenceAligner(threshold).align(oldDoc.join(), newDoc));
  }
}
