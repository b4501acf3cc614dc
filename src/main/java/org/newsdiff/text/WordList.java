package org.newsdiff.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A list of words read from a resource file: one word a line, {@code #} starts a comment.
 *
 * <p>A word matches when it is in the list as written, or when it is written in all capitals and
 * the list holds it in any case (so "GOV" matches "Gov", as in a headline set in capitals).
 */
public final class WordList {
  private final Set<String> exact = new HashSet<>();
  private final Set<String> upper = new HashSet<>();

  private WordList() {}

  /** Loads {@code name} from this package's resources. */
  public static WordList load(String name) {
    WordList list = new WordList();
    for (String word : lines(WordList.class, name)) {
      list.exact.add(word);
      list.upper.add(word.toUpperCase(Locale.ROOT));
    }
    return list;
  }

  /**
   * The lines of resource {@code name} beside {@code anchor}, stripped, without comments (from
   * {@code #} to the end of the line) and blank lines. A missing resource is a build error.
   */
  public static List<String> lines(Class<?> anchor, String name) {
    List<String> out = new ArrayList<>();
    try (InputStream in = anchor.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        int hash = line.indexOf('#');
        String l = (hash >= 0 ? line.substring(0, hash) : line).strip();
        if (!l.isEmpty()) {
          out.add(l);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** The length of the longest word in the list. */
  public int longest() {
    return exact.stream().mapToInt(String::length).max().orElse(0);
  }

  /** The words of the list as written. */
  public Set<String> words() {
    return java.util.Collections.unmodifiableSet(exact);
  }

  /** Whether {@code word} is in the list, as described on the class. */
  public boolean contains(String word) {
    if (exact.contains(word)) {
      return true;
    }
    return isAllCaps(word) && upper.contains(word);
  }

  private static boolean isAllCaps(String w) {
    boolean letter = false;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letter |= Character.isLetter(c);
    }
    return letter;
  }
}
