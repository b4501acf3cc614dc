package org.newsdiff.align;

import java.util.Arrays;
import java.util.List;
import org.newsdiff.text.Document;
import org.newsdiff.text.Sentence;
import org.newsdiff.text.Token;
import org.newsdiff.text.TokenKey;
import org.newsdiff.text.Tokenizer;

/**
 * What pairing needs to know of each sentence of one version, as 64-bit hashes (see {@link
 * Hash64}), worked out in parallel without keeping tokens:
 *
 * <ul>
 *   <li>{@link #text}: its text with every space read as a plain space. Cheap, from the chars
 *       alone; sentences unchanged word for word, usually most of them, need nothing more.
 *   <li>{@link #keys}: its token keys in order, equal for sentences with the same words.
 *   <li>{@link #words}: its words' {@link MatchKey match keys}, ascending.
 * </ul>
 *
 * The last two are worked out by {@link #read} only for the sentences that pairing looks into.
 */
final class Features {
  /** Slots of a reader's cache of match keys (a power of two). */
  private static final int MATCH_CACHE = 4096;

  final long[] text;
  final long[] keys;
  final long[][] words;
  private final Document doc;

  /** The reader of {@link #read(int)}, made on first use. */
  private Reader single;

  private Features(Document doc) {
    this.doc = doc;
    int n = doc.sentences().size();
    text = new long[n];
    keys = new long[n];
    words = new long[n][];
  }

  /** The text hashes of {@code doc}'s sentences; keys and words are read later. */
  static Features of(Document doc) {
    Features f = new Features(doc);
    String source = doc.source().text();
    List<Sentence> sentences = doc.sentences();
    Chunks.run(
        sentences.size(),
        (from, to) -> {
          char[] chars = new char[256];
          for (int k = from; k < to; k++) {
            Sentence s = sentences.get(k);
            int length = s.end() - s.start();
            if (chars.length < length) {
              chars = new char[Math.max(length, 2 * chars.length)];
            }
            source.getChars(s.start(), s.end(), chars, 0); // arrays scan faster than strings
            f.text[k] = Hash64.ofSpacesFolded(chars, 0, length);
          }
        });
    return f;
  }

  /** Reads the keys and words of every sentence but those {@code skip} marks, in parallel. */
  void read(boolean[] skip) {
    Chunks.run(
        skip.length,
        (from, to) -> {
          Reader r = new Reader();
          for (int k = from; k < to; k++) {
            if (!skip[k]) {
              r.read(k);
            }
          }
        });
  }

  /**
   * Reads the keys and words of sentence {@code k}; from one thread only, as it reuses a reader.
   */
  void read(int k) {
    if (single == null) {
      single = new Reader();
    }
    single.read(k);
  }

  /** Reads sentences token by token; one per thread. */
  private final class Reader implements Tokenizer.Sink {
    private final String source = doc.source().text();
    private final TokenKey tokenKeys = doc.tokenizer().keys();
    private char[] buffer = new char[64];

    /** The sentence being read, copied by the scan; {@link #base} is where it starts. */
    private char[] sentence = new char[256];

    private int base;

    /**
     * Match-key hashes by token-key hash, the last one seen in each slot: most words of an article
     * recur, and each is worked out once in a while rather than every time.
     */
    private final long[] cachedKeys = new long[MATCH_CACHE];

    private final long[] cachedMatches = new long[MATCH_CACHE];

    private long[] found = new long[64];
    private int count;
    private long key;

    void read(int k) {
      Sentence s = doc.sentences().get(k);
      count = 0;
      key = 0;
      if (sentence.length < s.end() - s.start()) {
        sentence = new char[Math.max(s.end() - s.start(), 2 * sentence.length)];
      }
      base = s.start();
      Tokenizer.scan(source, s.start(), s.end(), sentence, this);
      keys[k] = key;
      long[] w = Arrays.copyOf(found, count);
      Arrays.sort(w);
      words[k] = w;
    }

    @Override
    public void token(int start, int end, Token.Kind kind) {
      int length = tokenKeys.writeKey(sentence, start - base, end - base, buffer);
      while (length < 0 || 2 * length > buffer.length) { // room for MatchKey too
        buffer = new char[2 * Math.max(buffer.length, end - start) + 16];
        length = tokenKeys.writeKey(sentence, start - base, end - base, buffer);
      }
      long hash = Hash64.of(buffer, 0, length);
      key = Hash64.then(key, hash);
      if (kind != Token.Kind.PUNCT) {
        boolean number = kind == Token.Kind.NUMBER;
        long probe = number ? ~hash : hash; // a number's match key follows other rules
        int slot = (int) probe & (MATCH_CACHE - 1);
        long match;
        if (probe != 0 && cachedKeys[slot] == probe) {
          match = cachedMatches[slot];
        } else {
          match = Hash64.of(buffer, 0, MatchKey.apply(buffer, length, number));
          cachedKeys[slot] = probe;
          cachedMatches[slot] = match;
        }
        if (count == found.length) {
          found = Arrays.copyOf(found, count * 2);
        }
        found[count++] = match;
      }
    }
  }
}
