package org.newsdiff.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Tells the story from the page around it: navigation, captions, prompts, teaser lists, mastheads
 * and footers ("chrome"), which is set aside and reported, never dropped.
 *
 * <p>In the spirit of jusText's paragraph classifier, with what the two versions share as the
 * strongest signal:
 *
 * <ol>
 *   <li>The <b>core</b> runs from the first to the last paragraph whose content words mostly occur
 *       in the other version. Everything between them is story, whatever it looks like.
 *   <li>The core grows outward over neighbouring paragraphs that read as prose (a sentence end, six
 *       words or more, function words among them) and match no chrome pattern: the story's own cut
 *       paragraphs, a byline, a headline written as a sentence.
 *   <li>Only the leading and trailing runs left over can be chrome. In them a headline (the last
 *       line of 3 to 20 words before the story that shares two content words with the other version
 *       and is no chrome pattern and no repeated caption), a byline ("By …") and a credit line ("…
 *       contributed") stay with the story.
 * </ol>
 *
 * <pre>
 * Connect with us            chrome (pattern)
 * City Votes on Dam          headline: story
 * Published                  chrome (pattern)
 * OAK CITY — The council …   core: shared with the other version
 * …
 * Continue Reading           chrome (pattern, after the story)
 * </pre>
 *
 * Patterns are in {@code chrome-patterns.txt}. Without a shared paragraph (versions with nothing in
 * common, or the same text compared with itself), the core is the first to the last prose
 * paragraph.
 */
public final class StoryFinder {
  private static final List<Pattern> CHROME = patterns();
  private static final Pattern BYLINE =
      Pattern.compile(
          "(?i)^((by|-|—)\\s+\\p{Lu}.*|(the )?(associated press|reuters|afp|bloomberg( news)?"
              + "|agence france-presse|staff( writer| report)?)\\.?)");
  private static final Pattern CREDIT =
      Pattern.compile(
          "(?i).*\\b(contributed|contributing|additional reporting|reporting by|editing by"
              + "|writers?\\b.*\\bcontributed).*");

  private StoryFinder() {}

  /**
   * Both versions' stories, each with the paragraphs outside it in {@link Document#chrome()}; the
   * first is {@code a}'s.
   */
  public static Document[] stories(Document a, Document b) {
    // Each side reads only the other's hashes, which only it reads: the two run side by side.
    Hashes ha = new Hashes(a);
    Hashes hb = new Hashes(b);
    java.util.concurrent.CompletableFuture<Document> storyA =
        java.util.concurrent.CompletableFuture.supplyAsync(() -> story(a, hb));
    Document storyB = story(b, ha);
    return new Document[] {storyA.join(), storyB};
  }

  /**
   * {@code d}'s story, {@code other} the hashed words and paragraphs of the other version. Only the
   * ends of a document can be chrome, so paragraphs are looked at from each end inward, as far as
   * the first anchor: the cost is at most one pass over the other version's words, however long,
   * and mostly a few chunks of paragraphs at its ends (see {@link Hashes}).
   */
  private static Document story(Document d, Hashes other) {
    if (d.source().isPage()) {
      // A web page's structure already says what is story: trust it over any heuristic.
      boolean[] story = new boolean[d.paragraphs().size()];
      for (Paragraph p : d.paragraphs()) {
        story[p.index()] = !d.source().isChromeLine(d.source().lineOf(p.start()));
      }
      return build(d, story);
    }
    int n = d.paragraphs().size();
    if (n == 0) {
      return d;
    }
    Features f = new Features(d, other);
    int first = 0;
    while (first < n && !f.anchor(first)) {
      first++;
    }
    int last = n - 1;
    while (last >= first && !f.anchor(last)) {
      last--;
    }
    if (first >= n) { // nothing shared: the prose is the story
      first = 0;
      while (first < n && !(f.prose(first) && !f.pattern(first))) {
        first++;
      }
      last = n - 1;
      while (last >= first && !(f.prose(last) && !f.pattern(last))) {
        last--;
      }
      if (first >= n) {
        return d; // no prose at all: nothing to tell apart
      }
    }
    while (first > 0 && (f.prose(first - 1) || f.shared(first - 1)) && !f.pattern(first - 1)) {
      first--;
    }
    while (last + 1 < n && (f.prose(last + 1) || f.shared(last + 1)) && !f.pattern(last + 1)) {
      last++;
    }
    boolean[] story = new boolean[n];
    for (int p = first; p <= last; p++) {
      story[p] = true;
    }
    Map<List<String>, Integer> seen = new HashMap<>(); // repeated captions, before the story
    for (int p = 0; p < first; p++) {
      seen.merge(f.words(p), 1, Integer::sum);
    }
    int headline = -1;
    for (int p = first - 1; p >= 0 && headline < 0; p--) {
      String s = f.text(p);
      List<String> ws = f.words(p);
      boolean caption = seen.get(ws) > 1 || s.contains("(Photo") || s.startsWith("Photo");
      boolean onTopic = other.sharesContent(ws, 2); // a headline speaks of the story
      boolean byline = BYLINE.matcher(s).matches();
      if (ws.size() >= 3 && ws.size() <= 20 && !f.pattern(p) && !caption && onTopic && !byline) {
        headline = p;
      }
    }
    for (int p = 0; p < n; p++) {
      if (p >= first && p <= last) {
        continue; // the core is story
      }
      String s = f.text(p);
      if (p == headline
          // In both versions as it is: never story on one side and chrome on the other. Unless
          // it is known furniture ("Share this story"), which both sides set aside alike.
          || (other.hasParagraph(f.words(p)) && !f.pattern(p))
          || (p < first && p > headline && isSignature(s) && BYLINE.matcher(s).matches())
          || (p > last && isSignature(s) && CREDIT.matcher(s).matches())) {
        story[p] = true;
      }
    }
    return build(d, story);
  }

  /** What the rules ask of one paragraph, worked out when first asked. */
  private static final class Features {
    private final Document d;
    private final Hashes other;
    private final Map<Integer, List<String>> words = new HashMap<>();

    Features(Document d, Hashes other) {
      this.d = d;
      this.other = other;
    }

    String text(int p) {
      Paragraph para = d.paragraphs().get(p);
      return d.source().text().substring(para.start(), para.end());
    }

    List<String> words(int p) {
      return words.computeIfAbsent(p, k -> StoryFinder.words(text(k)));
    }

    boolean shared(int p) {
      List<String> ws = words(p);
      long content = ws.stream().filter(w -> !Lexicon.isFunctionWord(w)).count();
      return content >= 3 && other.sharesContent(ws, 0.6 * content);
    }

    boolean prose(int p) {
      return isProse(text(p), words(p));
    }

    boolean pattern(int p) {
      return isChromePattern(text(p));
    }

    /** Shared prose, and not a byline, a credit or page furniture the same on both pages. */
    boolean anchor(int p) {
      return prose(p) && !pattern(p) && shared(p) && !isSignature(text(p));
    }
  }

  /**
   * A version's words and paragraphs as 64-bit hashes, for the other version to look up.
   *
   * <p>Read lazily, from both ends inward, a chunk at a time (each twice the last): a question
   * answered yes by the paragraphs read so far is answered yes by all of them, so reading stops
   * there; only a no reads on, to the end if need be. The rules above ask about the paragraphs at
   * the ends of the other version, which mostly find their words near the ends of this one, so a
   * long input whose story reaches its ends is read a few hundred paragraphs deep, not whole. The
   * answers are those of the whole version, as every set here only grows.
   *
   * <pre>
   * 10,000 paragraphs; the other version's first and last are shared prose
   * read: paragraphs 0-63 and 9,936-9,999, and the two anchors are found
   * </pre>
   */
  private static final class Hashes {
    /** Paragraphs read from each end by the first chunk. */
    private static final int FIRST_CHUNK = 64;

    private final Document d;
    private final WordFilter words;
    private final LongSet paragraphs;

    /** Paragraphs {@code [0, front)} and {@code [back, n)} are read. */
    private int front;

    private int back;
    private int chunk = FIRST_CHUNK;
    private char[] chars = new char[256];

    Hashes(Document d) {
      this.d = d;
      words = new WordFilter(d.source().text().length());
      paragraphs = new LongSet(d.paragraphs().size());
      back = d.paragraphs().size();
    }

    /** Reads the next chunk from each end; false when every paragraph is read already. */
    private boolean readMore() {
      if (front >= back) {
        return false;
      }
      int to = Math.min(back, front + chunk);
      for (int p = front; p < to; p++) {
        read(d.paragraphs().get(p));
      }
      front = to;
      int from = Math.max(front, back - chunk);
      for (int p = from; p < back; p++) {
        read(d.paragraphs().get(p));
      }
      back = from;
      chunk *= 2;
      return true;
    }

    private void read(Paragraph p) {
      int end = p.end() - p.start();
      if (chars.length < end) {
        chars = new char[Math.max(end, 2 * chars.length)];
      }
      d.source().text().getChars(p.start(), p.end(), chars, 0); // arrays scan faster than strings
      long para = 17;
      int i = 0;
      while (i < end) {
        while (i < end && !Chars.isLetterOrDigit(chars[i])) {
          i++;
        }
        int j = i;
        long w = FNV;
        while (j < end) {
          char c = chars[j];
          if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') { // most chars: no lookup
            w = (w ^ c) * PRIME;
          } else if (c >= 'A' && c <= 'Z') {
            w = (w ^ (c + ('a' - 'A'))) * PRIME;
          } else if (c >= 128 && Chars.isLetterOrDigit(c)) {
            w = (w ^ Character.toLowerCase(c)) * PRIME;
          } else {
            break;
          }
          j++;
        }
        if (j > i) {
          words.add(w);
          para = para * 31 + w;
        }
        i = j;
      }
      paragraphs.add(para);
    }

    /** Whether at least {@code needed} of the content words of {@code ws} occur in this version. */
    boolean sharesContent(List<String> ws, double needed) {
      long[] content =
          ws.stream().filter(w -> !Lexicon.isFunctionWord(w)).mapToLong(Hashes::hash).toArray();
      do {
        int found = 0;
        for (long w : content) {
          found += words.contains(w) ? 1 : 0;
        }
        if (found >= needed) {
          return true;
        }
      } while (readMore());
      return false;
    }

    /** Whether this version has a paragraph of the words {@code ws}, in order. */
    boolean hasParagraph(List<String> ws) {
      if (ws.isEmpty()) {
        return false;
      }
      long para = 17;
      for (String w : ws) {
        para = para * 31 + hash(w);
      }
      do {
        if (paragraphs.contains(para)) {
          return true;
        }
      } while (readMore());
      return false;
    }

    private static final long FNV = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    /** The hash of a lower-case word, as {@link #read} computes it. */
    static long hash(String lowerCaseWord) {
      long w = FNV;
      for (int k = 0; k < lowerCaseWord.length(); k++) {
        w = (w ^ lowerCaseWord.charAt(k)) * PRIME;
      }
      return w;
    }
  }

  /**
   * The words of a version as a Bloom filter: two bits of a bit array per word hash. A word never
   * seen is taken for one seen about once in a thousand lookups on a long article (far less on a
   * short one), which moves no paragraph across the thresholds above; in exchange, adding the
   * millions of words of a long article touches a few megabytes, not a table of every hash.
   */
  private static final class WordFilter {
    private final long[] bits;
    private final int shift;

    /** A filter for the words of a text of {@code chars} chars. */
    WordFilter(int chars) {
      // About 16 bits a char, 2^16 to 2^24 bits: 8 KB to 2 MB.
      int log =
          Math.max(16, Math.min(24, 64 - Long.numberOfLeadingZeros(Math.max(1L, chars) * 16)));
      bits = new long[1 << (log - 6)];
      shift = 64 - log;
    }

    void add(long h) {
      set((h * 0x9E3779B97F4A7C15L) >>> shift);
      set((h * 0xC2B2AE3D27D4EB4FL) >>> shift);
    }

    boolean contains(long h) {
      return get((h * 0x9E3779B97F4A7C15L) >>> shift) && get((h * 0xC2B2AE3D27D4EB4FL) >>> shift);
    }

    private void set(long bit) {
      bits[(int) (bit >>> 6)] |= 1L << bit;
    }

    private boolean get(long bit) {
      return (bits[(int) (bit >>> 6)] & (1L << bit)) != 0;
    }
  }

  /** An open-addressing set of longs: many paragraph hashes without boxing. */
  private static final class LongSet {
    private long[] table;
    private boolean zero;
    private int size;

    /** An empty set with room for about {@code expected} values before it grows. */
    LongSet(int expected) {
      table = new long[Math.max(1024, Integer.highestOneBit(Math.max(1, expected)) * 4)];
    }

    void add(long v) {
      if (v == 0) {
        zero = true;
        return;
      }
      if (2 * (size + 1) > table.length) {
        long[] old = table;
        table = new long[old.length * 2];
        size = 0;
        for (long x : old) {
          if (x != 0) {
            insert(x);
          }
        }
      }
      insert(v);
    }

    private void insert(long v) {
      int mask = table.length - 1;
      int i = (int) (v ^ (v >>> 29)) & mask;
      while (table[i] != 0) {
        if (table[i] == v) {
          return;
        }
        i = (i + 1) & mask;
      }
      table[i] = v;
      size++;
    }

    boolean contains(long v) {
      if (v == 0) {
        return zero;
      }
      int mask = table.length - 1;
      int i = (int) (v ^ (v >>> 29)) & mask;
      while (table[i] != 0) {
        if (table[i] == v) {
          return true;
        }
        i = (i + 1) & mask;
      }
      return false;
    }
  }

  private static Document build(Document d, boolean[] story) {
    boolean all = d.chrome().isEmpty();
    for (int p = 0; p < story.length && all; p++) {
      all = story[p];
    }
    if (all) {
      return d; // all story, as most inputs: the same paragraphs and sentences, not copies
    }
    List<Paragraph> paras = new ArrayList<>();
    List<Paragraph> chrome = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    for (Paragraph p : d.paragraphs()) {
      (story[p.index()] ? paras : chrome).add(p);
    }
    for (Sentence s : d.sentences()) {
      if (story[s.paragraph()]) {
        sentences.add(new Sentence(sentences.size(), s.paragraph(), s.start(), s.end()));
      }
    }
    return new Document(d.source(), paras, sentences, d.tokenizer(), chrome);
  }

  /** Reads as prose: ends a sentence, three words or more, a function word among them. */
  private static boolean isProse(String s, List<String> words) {
    int end = s.length();
    while (end > 0 && Chars.isClosing(s.charAt(end - 1))) {
      end--;
    }
    boolean sentenceEnd = end > 0 && Chars.isSentenceEnd(s.charAt(end - 1));
    return sentenceEnd && words.size() >= 3 && words.stream().anyMatch(Lexicon::isFunctionWord);
  }

  /** Chrome, bylines and credit lines are short; longer paragraphs are never tried. */
  private static final int SHORT = 300;

  private static boolean isSignature(String s) {
    return s.length() <= SHORT && (CREDIT.matcher(s).matches() || BYLINE.matcher(s).matches());
  }

  /** Chrome lines are shorter still: prompts, labels, a time stamp. */
  private static final int CHROME_LINE = 100;

  private static boolean isChromePattern(String s) {
    if (s.length() > CHROME_LINE) {
      return false;
    }
    String line = s.strip();
    for (Pattern p : CHROME) {
      if (p.matcher(line).matches()) {
        return true;
      }
    }
    return false;
  }

  /** Lower-case words: runs of letters and digits. */
  private static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      while (i < s.length() && !Character.isLetterOrDigit(s.charAt(i))) {
        i++;
      }
      int j = i;
      while (j < s.length() && Character.isLetterOrDigit(s.charAt(j))) {
        j++;
      }
      if (j > i) {
        out.add(s.substring(i, j).toLowerCase(Locale.ROOT));
      }
      i = j;
    }
    return out;
  }

  private static List<Pattern> patterns() {
    List<Pattern> out = new ArrayList<>();
    for (String l : WordList.lines(StoryFinder.class, "chrome-patterns.txt")) {
      out.add(Pattern.compile(l, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }
    return out;
  }
}
