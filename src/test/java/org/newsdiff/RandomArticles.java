package org.newsdiff;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Seeded random articles of invented news prose, and random edits of them, for property tests. */
public final class RandomArticles {
  private static final String[] WORDS = {
    "council",
    "harbor",
    "budget",
    "vote",
    "mayor",
    "plan",
    "bridge",
    "school",
    "board",
    "river",
    "storm",
    "police",
    "court",
    "judge",
    "county",
    "state",
    "farmers",
    "union",
    "workers",
    "rail",
    "prices",
    "tax",
    "bill",
    "senate",
    "report",
    "study",
    "officials",
    "residents",
    "project",
    "million",
    "water",
    "power",
    "road",
    "hospital",
    "doctors",
    "nurses",
    "teachers",
    "students",
    "delayed",
    "approved",
    "rejected",
    "opened",
    "closed",
    "warned",
    "agreed",
    "cut",
    "raised",
    "quickly",
    "again",
    "later",
    "early",
    "new",
    "old",
    "small",
    "large",
    "public",
    "private",
    "the",
    "a",
    "of",
    "in",
    "on",
    "to",
    "for",
    "with",
    "and",
    "but",
    "that",
    "said",
    "was",
    "is",
    "its",
    "their",
    "after",
    "before",
    "over",
    "under",
    "about",
    "more",
    "than",
    "two",
    "three"
  };
  private static final String[] NAMES = {
    "Alder", "Brook", "Castell", "Dunmore", "Esk", "Farrow", "Glen", "Holt", "Ivers", "Jory"
  };

  private final Random random;

  /** A generator for {@code seed}. */
  public RandomArticles(long seed) {
    this.random = new Random(seed);
  }

  /** A random sentence of 4 to 24 words. */
  public String sentence() {
    int n = 4 + random.nextInt(21);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      String w =
          random.nextInt(8) == 0
              ? NAMES[random.nextInt(NAMES.length)]
              : WORDS[random.nextInt(WORDS.length)];
      if (i == 0) {
        w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
      } else {
        b.append(random.nextInt(10) == 0 ? ", " : " ");
      }
      b.append(w);
      if (random.nextInt(15) == 0) {
        b.append(' ').append(random.nextInt(2000));
      }
    }
    return b.append(random.nextInt(12) == 0 ? "?" : ".").toString();
  }

  /** An article: paragraphs of 1 to 4 sentences, as a list of paragraphs of sentences. */
  public List<List<String>> article(int paragraphs) {
    List<List<String>> out = new ArrayList<>();
    for (int p = 0; p < paragraphs; p++) {
      List<String> para = new ArrayList<>();
      int n = 1 + random.nextInt(4);
      for (int s = 0; s < n; s++) {
        para.add(sentence());
      }
      out.add(para);
    }
    return out;
  }

  /** A randomly edited copy: some sentences removed, some added, some with one word replaced. */
  public List<List<String>> edit(List<List<String>> article) {
    List<List<String>> out = new ArrayList<>();
    for (List<String> para : article) {
      List<String> p = new ArrayList<>();
      for (String s : para) {
        int roll = random.nextInt(10);
        if (roll == 0) {
          continue; // removed
        }
        if (roll == 1) {
          String[] words = s.split(" ");
          int k = 1 + random.nextInt(Math.max(1, words.length - 2));
          if (k < words.length - 1) { // never the last word: it carries the period
            words[k] = WORDS[random.nextInt(WORDS.length)];
          }
          s = String.join(" ", words);
        }
        p.add(s);
        if (random.nextInt(12) == 0) {
          p.add(sentence()); // added
        }
      }
      if (!p.isEmpty()) {
        out.add(p);
      }
    }
    return out;
  }

  /** The article as text: one paragraph a line, blank lines between. */
  public static String text(List<List<String>> article) {
    StringBuilder b = new StringBuilder();
    for (List<String> p : article) {
      b.append(String.join(" ", p)).append("\n\n");
    }
    return b.toString();
  }

  /** The article hard-wrapped at {@code width} columns. */
  public static String wrapped(List<List<String>> article, int width) {
    StringBuilder b = new StringBuilder();
    for (List<String> p : article) {
      b.append(wrap(String.join(" ", p), width)).append("\n\n");
    }
    return b.toString();
  }

  /** One paragraph hard-wrapped greedily at {@code width} columns. */
  public static String wrap(String paragraph, int width) {
    StringBuilder b = new StringBuilder();
    int col = 0;
    for (String word : paragraph.split(" ")) {
      if (col > 0 && col + 1 + word.length() > width) {
        b.append('\n');
        col = 0;
      } else if (col > 0) {
        b.append(' ');
        col++;
      }
      b.append(word);
      col += word.length();
    }
    return b.toString();
  }
}
