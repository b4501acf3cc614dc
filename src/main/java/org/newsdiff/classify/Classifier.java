package org.newsdiff.classify;

import java.util.ArrayList;
import java.util.List;
import org.newsdiff.align.Alignment;
import org.newsdiff.align.Link;
import org.newsdiff.model.Change;
import org.newsdiff.model.ChangeType;
import org.newsdiff.model.DiffResult;
import org.newsdiff.model.SentenceRef;
import org.newsdiff.model.Side;
import org.newsdiff.model.Summary;
import org.newsdiff.text.Chars;
import org.newsdiff.text.Document;
import org.newsdiff.text.Sentence;

/**
 * Names what each link and each unpaired sentence of an alignment is, and lays the changes out in
 * reading order.
 *
 * <p>Reading order follows the new version. Between two pairs that kept their place, the old
 * sentences in between come first (removed), then the new ones (added, or moved here):
 *
 * <pre>
 * old: A X B          new: A Y B
 * reading order: A (unchanged), X (removed), Y (added), B (unchanged)
 * </pre>
 */
public final class Classifier {

  /** Builds the result for {@code alignment}. */
  public DiffResult classify(Alignment alignment) {
    Document oldDoc = alignment.oldDoc();
    Document newDoc = alignment.newDoc();
    int oldCount = oldDoc.sentences().size();
    int newCount = newDoc.sentences().size();
    boolean[] oldPaired = new boolean[oldCount];
    Link[] linkAtNew = new Link[newCount];
    for (Link l : alignment.links()) {
      l.oldIndexes().forEach(i -> oldPaired[i] = true);
      linkAtNew[l.newIndexes().get(0)] = l;
    }

    List<Change> changes = new ArrayList<>();
    int oldNext = 0;
    int newNext = 0;
    for (Link anchor : alignment.links()) {
      if (anchor.moved()) {
        continue;
      }
      int oldAt = anchor.oldIndexes().get(0);
      int newAt = anchor.newIndexes().get(0);
      oldNext = removedUpTo(oldDoc, oldPaired, oldNext, oldAt, changes);
      newNext = addedUpTo(oldDoc, newDoc, linkAtNew, newNext, newAt, changes);
      changes.add(pairChange(oldDoc, newDoc, anchor));
      oldNext = Math.max(oldNext, last(anchor.oldIndexes()) + 1);
      newNext = Math.max(newNext, last(anchor.newIndexes()) + 1);
    }
    removedUpTo(oldDoc, oldPaired, oldNext, oldCount, changes);
    addedUpTo(oldDoc, newDoc, linkAtNew, newNext, newCount, changes);

    return new DiffResult(side(oldDoc), side(newDoc), summarize(changes), changes);
  }

  private static int removedUpTo(
      Document oldDoc, boolean[] oldPaired, int from, int to, List<Change> changes) {
    for (int i = from; i < to; i++) {
      if (!oldPaired[i]) {
        changes.add(
            new Change(
                ChangeType.REMOVED, false, List.of(ref(oldDoc, i)), List.of(), 0, List.of()));
      }
    }
    return Math.max(from, to);
  }

  private static int addedUpTo(
      Document oldDoc, Document newDoc, Link[] linkAtNew, int from, int to, List<Change> changes) {
    int j = from;
    while (j < to) {
      Link l = linkAtNew[j];
      if (l == null) {
        changes.add(
            new Change(ChangeType.ADDED, false, List.of(), List.of(ref(newDoc, j)), 0, List.of()));
        j++;
      } else {
        changes.add(pairChange(oldDoc, newDoc, l));
        j = last(l.newIndexes()) + 1;
      }
    }
    return Math.max(from, to);
  }

  private static Change pairChange(Document oldDoc, Document newDoc, Link l) {
    ChangeType type;
    if (l.oldIndexes().size() > 1) {
      type = ChangeType.MERGED;
    } else if (l.newIndexes().size() > 1) {
      type = ChangeType.SPLIT;
    } else {
      type = l.identical() ? ChangeType.UNCHANGED : ChangeType.EDITED;
    }
    List<SentenceRef> olds = new ArrayList<>();
    l.oldIndexes().forEach(i -> olds.add(ref(oldDoc, i)));
    List<SentenceRef> news = new ArrayList<>();
    l.newIndexes().forEach(j -> news.add(ref(newDoc, j)));
    return new Change(type, l.moved(), olds, news, l.similarity(), l.words());
  }

  private static SentenceRef ref(Document doc, int index) {
    Sentence s = doc.sentences().get(index);
    return new SentenceRef(
        index,
        s.paragraph(),
        doc.source().lineOf(s.start()),
        doc.source().codePointOffset(s.start()),
        doc.source().codePointOffset(s.end()),
        Chars.foldLineBreaks(s.text()));
  }

  private static Side side(Document doc) {
    return new Side(
        doc.name(), doc.sentences().size(), doc.paragraphs().size(), doc.source().lineCount());
  }

  private static Summary summarize(List<Change> changes) {
    int[] n = new int[ChangeType.values().length];
    int moved = 0;
    for (Change c : changes) {
      n[c.type().ordinal()]++;
      moved += c.moved() ? 1 : 0;
    }
    return new Summary(
        n[ChangeType.UNCHANGED.ordinal()],
        n[ChangeType.EDITED.ordinal()],
        n[ChangeType.ADDED.ordinal()],
        n[ChangeType.REMOVED.ordinal()],
        moved,
        n[ChangeType.SPLIT.ordinal()],
        n[ChangeType.MERGED.ordinal()]);
  }

  private static int last(List<Integer> xs) {
    return xs.get(xs.size() - 1);
  }
}
