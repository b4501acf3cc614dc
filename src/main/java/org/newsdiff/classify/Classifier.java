package org.newsdiff.classify;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.newsdiff.align.Alignment;
import org.newsdiff.align.Link;
import org.newsdiff.model.Category;
import org.newsdiff.model.Change;
import org.newsdiff.model.ChangeType;
import org.newsdiff.model.ChromeLine;
import org.newsdiff.model.DiffResult;
import org.newsdiff.model.EditKind;
import org.newsdiff.model.Flag;
import org.newsdiff.model.SentenceRef;
import org.newsdiff.model.Side;
import org.newsdiff.model.Summary;
import org.newsdiff.text.Chars;
import org.newsdiff.text.Document;
import org.newsdiff.text.Paragraph;
import org.newsdiff.text.Sentence;
import org.newsdiff.text.SourceText;

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
  private final EditClassifier edits = new EditClassifier();
  private final Set<Category> ignore;

  /** A classifier that ignores nothing. */
  public Classifier() {
    this(Set.of());
  }

  /**
   * A classifier under which an edited sentence whose every edit is of a category in {@code ignore}
   * counts as unchanged.
   */
  public Classifier(Set<Category> ignore) {
    this.ignore = ignore.isEmpty() ? Set.of() : EnumSet.copyOf(ignore);
  }

  /** Builds the result for {@code alignment}. */
  public DiffResult classify(Alignment alignment) {
    Document oldDoc = alignment.oldDoc();
    Document newDoc = alignment.newDoc();
    int oldCount = oldDoc.sentences().size();
    int newCount = newDoc.sentences().size();
    List<Link> links = alignment.links();
    Refs oldRefs = new Refs(oldDoc);
    Refs newRefs = new Refs(newDoc);
    boolean[] oldPaired = new boolean[oldCount];
    int[] linkAtNew = new int[newCount];
    java.util.Arrays.fill(linkAtNew, -1);
    for (int k = 0; k < links.size(); k++) {
      links.get(k).oldIndexes().forEach(i -> oldPaired[i] = true);
      linkAtNew[links.get(k).newIndexes().get(0)] = k;
    }

    // Classifying the edits of the pairs is pure: done on all cores, read back in order.
    List<Change> pairs =
        IntStream.range(0, links.size())
            .parallel()
            .mapToObj(k -> pairChange(oldRefs, newRefs, links.get(k)))
            .toList();

    List<Change> changes = new ArrayList<>(oldCount + newCount); // at most: one a sentence
    int oldNext = 0;
    int newNext = 0;
    for (int k = 0; k < links.size(); k++) {
      Link anchor = links.get(k);
      if (anchor.moved()) {
        continue;
      }
      int oldAt = anchor.oldIndexes().get(0);
      int newAt = anchor.newIndexes().get(0);
      oldNext = removedUpTo(oldRefs, oldPaired, oldNext, oldAt, changes);
      newNext = addedUpTo(newRefs, links, linkAtNew, pairs, newNext, newAt, changes);
      changes.add(pairs.get(k));
      oldNext = Math.max(oldNext, last(anchor.oldIndexes()) + 1);
      newNext = Math.max(newNext, last(anchor.newIndexes()) + 1);
    }
    removedUpTo(oldRefs, oldPaired, oldNext, oldCount, changes);
    addedUpTo(newRefs, links, linkAtNew, pairs, newNext, newCount, changes);

    return new DiffResult(side(oldDoc), side(newDoc), summarize(changes), changes);
  }

  private static int removedUpTo(
      Refs oldDoc, boolean[] oldPaired, int from, int to, List<Change> changes) {
    for (int i = from; i < to; i++) {
      if (!oldPaired[i]) {
        changes.add(unpaired(ChangeType.REMOVED, oldDoc.ref(i), oldDoc.quotes(i)));
      }
    }
    return Math.max(from, to);
  }

  private static int addedUpTo(
      Refs newDoc,
      List<Link> links,
      int[] linkAtNew,
      List<Change> pairs,
      int from,
      int to,
      List<Change> changes) {
    int j = from;
    while (j < to) {
      int k = linkAtNew[j];
      if (k < 0) {
        changes.add(unpaired(ChangeType.ADDED, newDoc.ref(j), newDoc.quotes(j)));
        j++;
      } else {
        changes.add(pairs.get(k));
        j = last(links.get(k).newIndexes()) + 1;
      }
    }
    return Math.max(from, to);
  }

  private Change pairChange(Refs oldDoc, Refs newDoc, Link l) {
    ChangeType type;
    if (l.oldIndexes().size() > 1) {
      type = ChangeType.MERGED;
    } else if (l.newIndexes().size() > 1) {
      type = ChangeType.SPLIT;
    } else {
      type = l.identical() ? ChangeType.UNCHANGED : ChangeType.EDITED;
    }
    List<SentenceRef> olds = new ArrayList<>();
    l.oldIndexes().forEach(i -> olds.add(oldDoc.ref(i)));
    List<SentenceRef> news = new ArrayList<>();
    l.newIndexes().forEach(j -> news.add(newDoc.ref(j)));
    if (l.words().isEmpty()) {
      return new Change(type, l.moved(), olds, news, l.similarity(), l.words());
    }
    EditClassifier.Result r = edits.classify(l.words());
    boolean ignored =
        type == ChangeType.EDITED
            && !ignore.isEmpty()
            && r.kind() != EditKind.SUBSTANTIVE
            && ignore.containsAll(r.categories());
    return new Change(
        ignored ? ChangeType.UNCHANGED : type,
        l.moved(),
        olds,
        news,
        l.similarity(),
        r.words(),
        r.kind(),
        r.flags(),
        ignored);
  }

  /** An added or removed sentence: substantive, flagged when it holds a quotation. */
  private static Change unpaired(ChangeType type, SentenceRef s, boolean quote) {
    return new Change(
        type,
        false,
        type == ChangeType.REMOVED ? List.of(s) : List.of(),
        type == ChangeType.ADDED ? List.of(s) : List.of(),
        0,
        List.of(),
        EditKind.SUBSTANTIVE,
        quote ? EnumSet.of(Flag.QUOTE) : Set.of(),
        false);
  }

  /** Makes the references to one input's sentences, all reading their text from the input. */
  private static final class Refs {
    private final Document doc;
    private final SentenceRef.Source text;

    Refs(Document doc) {
      this.doc = doc;
      SourceText src = doc.source();
      String source = src.text();
      this.text =
          new SentenceRef.Source() {
            @Override
            public String text(int from, int to) {
              return Chars.foldLineBreaks(source.substring(from, to));
            }

            @Override
            public void text(int from, int to, SentenceRef.TextSink sink) {
              if (to <= from
                  || src.lineOf(from) == src.lineOf(to - 1) && source.charAt(to - 1) != '\n') {
                sink.text(source, from, to); // no line break in it: the input's chars as they are
              } else {
                String text = text(from, to);
                sink.text(text, 0, text.length());
              }
            }
          };
    }

    /** Whether sentence {@code index} holds a double quote mark, straight or curly. */
    boolean quotes(int index) {
      Sentence s = doc.sentences().get(index);
      String source = doc.source().text();
      for (int k = s.start(); k < s.end(); k++) {
        char c = source.charAt(k);
        if (c == '"' || c == '\u201C' || c == '\u201D') {
          return true;
        }
      }
      return false;
    }

    SentenceRef ref(int index) {
      Sentence s = doc.sentences().get(index);
      SourceText src = doc.source();
      return new SentenceRef(
          index,
          s.paragraph(),
          src.lineOf(s.start()),
          src.codePointOffset(s.start()),
          src.codePointOffset(s.end()),
          text,
          s.start(),
          s.end());
    }
  }

  private static Side side(Document doc) {
    List<ChromeLine> chrome = new ArrayList<>();
    SourceText src = doc.source();
    for (Paragraph p : doc.chrome()) {
      for (int line = src.lineOf(p.start()); line <= src.lineOf(p.end() - 1); line++) {
        String text = src.line(line).strip();
        if (!Chars.isBlank(text, 0, text.length())) {
          chrome.add(new ChromeLine(line, text));
        }
      }
    }
    return new Side(
        doc.name(), doc.sentences().size(), doc.paragraphs().size(), src.lineCount(), chrome);
  }

  private static Summary summarize(List<Change> changes) {
    // Counted in arrays by ordinal: a long diff has hundreds of thousands of changes.
    int[] n = new int[ChangeType.values().length];
    int[] kind = new int[EditKind.values().length];
    int[] flag = new int[Flag.values().length];
    int moved = 0;
    for (Change c : changes) {
      n[c.type().ordinal()]++;
      moved += c.moved() ? 1 : 0;
      if (c.kind() != null && !c.ignored()) {
        kind[c.kind().ordinal()]++;
        for (Flag f : c.flags()) {
          flag[f.ordinal()]++;
        }
      }
    }
    Map<EditKind, Integer> kinds = new EnumMap<>(EditKind.class);
    for (EditKind k : EditKind.values()) {
      kinds.put(k, kind[k.ordinal()]);
    }
    Map<Flag, Integer> flags = new EnumMap<>(Flag.class);
    for (Flag f : Flag.values()) {
      flags.put(f, flag[f.ordinal()]);
    }
    return new Summary(
        n[ChangeType.UNCHANGED.ordinal()],
        n[ChangeType.EDITED.ordinal()],
        n[ChangeType.ADDED.ordinal()],
        n[ChangeType.REMOVED.ordinal()],
        moved,
        n[ChangeType.SPLIT.ordinal()],
        n[ChangeType.MERGED.ordinal()],
        kinds,
        flags);
  }

  private static int last(List<Integer> xs) {
    return xs.get(xs.size() - 1);
  }
}
