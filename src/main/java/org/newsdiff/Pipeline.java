package org.newsdiff;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.newsdiff.align.SentenceAligner;
import org.newsdiff.classify.Classifier;
import org.newsdiff.model.Category;
import org.newsdiff.model.DiffResult;
import org.newsdiff.text.Document;
import org.newsdiff.text.DocumentParser;
import org.newsdiff.text.SourceText;
import org.newsdiff.text.StoryFinder;
import org.newsdiff.text.TokenKey;

/**
 * The stages in order: text (paragraphs, sentences, tokens), align, classify; the result is what
 * every renderer reads.
 *
 * @param keys how tokens are compared
 * @param threshold least similarity for two different sentences to pair as one edited
 * @param ignore categories of edit under which an edited sentence counts as unchanged
 * @param wholeText whether to compare everything, page chrome included
 */
public record Pipeline(TokenKey keys, double threshold, Set<Category> ignore, boolean wholeText) {

  /** Copies the set. */
  public Pipeline {
    ignore = ignore.isEmpty() ? Set.of() : Set.copyOf(ignore);
  }

  /** Compares the stories, chrome set aside. */
  public Pipeline(TokenKey keys, double threshold, Set<Category> ignore) {
    this(keys, threshold, ignore, false);
  }

  /** Exact comparison with the default threshold, ignoring nothing, chrome set aside. */
  public static Pipeline defaults() {
    return new Pipeline(TokenKey.EXACT, SentenceAligner.DEFAULT_THRESHOLD, Set.of());
  }

  /** Compares two decoded inputs; the two are read into sentences side by side. */
  public DiffResult compare(SourceText oldText, SourceText newText) {
    DocumentParser parser = new DocumentParser(keys);
    CompletableFuture<Document> oldDoc = CompletableFuture.supplyAsync(() -> parser.parse(oldText));
    Document newDoc = parser.parse(newText);
    Document[] docs =
        wholeText
            ? new Document[] {oldDoc.join(), newDoc}
            : StoryFinder.stories(oldDoc.join(), newDoc);
    return new Classifier(ignore).classify(new SentenceAligner(threshold).align(docs[0], docs[1]));
  }
}
