package org.newsdiff.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
    return new Document[] {
      story(a, vocabulary(b), paragraphTexts(b)), story(b, vocabulary(a), paragraphTexts(a))
    };
  }

  private static Document story(Document d, Set<String> other, Set<String> otherParagraphs) {
    if (d.source().isPage()) {
      // A web page's structure already says what is story: trust it over any heuristic.
      boolean[] story = new boolean[d.paragraphs().size()];
      for (Paragraph p : d.paragraphs()) {
        story[p.index()] = !d.source().isChromeLine(d.source().lineOf(p.start()));
      }
      return build(d, story);
    }
    String text = d.source().text();
    List<Paragraph> paras = d.paragraphs();
    int n = paras.size();
    if (n == 0) {
      return d;
    }
    boolean[] shared = new boolean[n];
    boolean[] prose = new boolean[n];
    boolean[] pattern = new boolean[n];
    int first = -1;
    int last = -1;
    int firstProse = -1;
    int lastProse = -1;
    for (int p = 0; p < n; p++) {
      String s = text.substring(paras.get(p).start(), paras.get(p).end());
      List<String> words = words(s);
      shared[p] = isShared(words, other);
      prose[p] = isProse(s, words);
      pattern[p] = isChromePattern(s);
      boolean signature = CREDIT.matcher(s).matches() || BYLINE.matcher(s).matches();
      // Bylines and credits have rules of their own; furniture the same on both pages (a
      // copyright line) is shared too, but no anchor.
      if (shared[p] && prose[p] && !signature && !pattern[p]) {
        first = first < 0 ? p : first;
        last = p;
      }
      if (prose[p] && !pattern[p]) {
        firstProse = firstProse < 0 ? p : firstProse;
        lastProse = p;
      }
    }
    if (first < 0) {
      first = firstProse;
      last = lastProse;
    }
    if (first < 0) {
      return d; // no prose at all: nothing to tell apart
    }
    while (first > 0 && (prose[first - 1] || shared[first - 1]) && !pattern[first - 1]) {
      first--;
    }
    while (last + 1 < n && (prose[last + 1] || shared[last + 1]) && !pattern[last + 1]) {
      last++;
    }
    boolean[] story = new boolean[n];
    for (int p = first; p <= last; p++) {
      story[p] = true;
    }
    Map<String, Integer> seen = new HashMap<>();
    for (Paragraph p : paras) {
      seen.merge(norm(text.substring(p.start(), p.end())), 1, Integer::sum);
    }
    int headline = -1;
    for (int p = first - 1; p >= 0 && headline < 0; p--) {
      String s = text.substring(paras.get(p).start(), paras.get(p).end());
      List<String> ws = words(s);
      boolean caption = seen.get(norm(s)) > 1 || s.contains("(Photo") || s.startsWith("Photo");
      boolean onTopic = sharedContent(ws, other) >= 2; // a headline speaks of the story
      boolean byline = BYLINE.matcher(s).matches();
      if (ws.size() >= 3 && ws.size() <= 20 && !pattern[p] && !caption && onTopic && !byline) {
        headline = p;
      }
    }
    for (int p = 0; p < n; p++) {
      String s = text.substring(paras.get(p).start(), paras.get(p).end());
      if (p == headline
          || (!words(s).isEmpty() && otherParagraphs.contains(norm(s))) // never one-sided
          || (p < first && p > headline && BYLINE.matcher(s).matches())
          || (p > last && CREDIT.matcher(s).matches() && words(s).size() <= 30)) {
        story[p] = true;
      }
    }
    return build(d, story);
  }

  private static Document build(Document d, boolean[] story) {
    List<Paragraph> paras = new ArrayList<>();
    List<Paragraph> chrome = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    for (Paragraph p : d.paragraphs()) {
      (story[p.index()] ? paras : chrome).add(p);
    }
    for (Sentence s : d.sentences()) {
      if (story[s.paragraph()]) {
        sentences.add(new Sentence(sentences.size(), s.paragraph(), s.start(), s.end(), s.text()));
      }
    }
    return new Document(d.source(), paras, sentences, d.tokenizer(), chrome);
  }

  /** Most of a paragraph's content words (and at least three) occur in the other version. */
  private static boolean isShared(List<String> words, Set<String> other) {
    long content = words.stream().filter(w -> !Lexicon.isFunctionWord(w)).count();
    return content >= 3 && sharedContent(words, other) >= 0.6 * content;
  }

  private static int sharedContent(List<String> words, Set<String> other) {
    int found = 0;
    for (String w : words) {
      found += !Lexicon.isFunctionWord(w) && other.contains(w) ? 1 : 0;
    }
    return found;
  }

  /** Reads as prose: ends a sentence, three words or more, a function word among them. */
  private static boolean isProse(String s, List<String> words) {
    int end = s.length();
    while (end > 0 && Chars.isClosing(s.charAt(end - 1))) {
      end--;
    }
    char last = end > 0 ? s.charAt(end - 1) : ' ';
    boolean sentenceEnd = last == '.' || last == '?' || last == '!' || last == '\u2026';
    return sentenceEnd && words.size() >= 3 && words.stream().anyMatch(Lexicon::isFunctionWord);
  }

  private static boolean isChromePattern(String s) {
    String line = s.strip();
    for (Pattern p : CHROME) {
      if (p.matcher(line).matches()) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> paragraphTexts(Document d) {
    Set<String> out = new HashSet<>();
    for (Paragraph p : d.paragraphs()) {
      out.add(norm(d.source().text().substring(p.start(), p.end())));
    }
    return out;
  }

  private static Set<String> vocabulary(Document d) {
    Set<String> out = new HashSet<>();
    for (Paragraph p : d.paragraphs()) {
      out.addAll(words(d.source().text().substring(p.start(), p.end())));
    }
    return out;
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

  private static String norm(String s) {
    return String.join(" ", words(s));
  }

  private static List<Pattern> patterns() {
    List<Pattern> out = new ArrayList<>();
    try (java.io.InputStream in = StoryFinder.class.getResourceAsStream("chrome-patterns.txt")) {
      if (in == null) {
        throw new IllegalStateException("missing resource chrome-patterns.txt");
      }
      java.io.BufferedReader r =
          new java.io.BufferedReader(
              new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String l = line.strip();
        if (!l.isEmpty() && !l.startsWith("#")) {
          out.add(Pattern.compile(l, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out;
  }
}
