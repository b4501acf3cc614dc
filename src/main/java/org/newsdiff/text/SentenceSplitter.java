package org.newsdiff.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a paragraph into sentences, made for news copy.
 *
 * <p>Non-destructive: each sentence is a span of the input, and the spans with the white space
 * between them give back the paragraph exactly. A sentence may end at {@code .}, {@code ?}, {@code
 * !} or an ellipsis, with any closing quotes or brackets after it. Whether it does is decided by
 * the word before the period and the word after it:
 *
 * <pre>
 * "He moved to the U.S. He later ..."   ends: "He" usually opens a sentence
 * "He joined the U.S. Army in 1990."    goes on: "Army" is no sentence opener
 * "Sen. Ann Ray spoke."                 goes on: a title stands before a name
 * "on Jan. 14 the ..."                  goes on: a month before a figure
 * "polls closed at 8 p.m. Results ..."  ends: after a time, only weekdays, months, zones go on
 * "“Why now?” she asked."               goes on: the next word is in lower case
 * "at dawn.It knocked out power"        ends: a missing space after a plain word
 * </pre>
 *
 * The word lists (titles, abbreviations, words before numbers, sentence openers, words after a
 * time) are resource files beside this class. A paragraph that opens with a list marker ("1.",
 * "a)", "•") is split before each following marker of the same list, even on one line.
 */
public final class SentenceSplitter {
  private final WordList titles = Lexicon.TITLES;
  private final WordList abbreviations = Lexicon.ABBREVIATIONS;
  private final WordList beforeNumbers = Lexicon.BEFORE_NUMBERS;
  private final WordList starters = Lexicon.STARTERS;
  private final WordList timeFollowers = Lexicon.TIME_FOLLOWERS;

  /** Splits {@code text[start, end)} into sentence spans without surrounding white space. */
  public List<Span> split(String text, int start, int end) {
    return split(text, start, end, new char[end - start]);
  }

  /**
   * As {@link #split(String, int, int)}, with {@code chars} (at least {@code end - start} long) as
   * scratch space, so that a caller splitting many paragraphs on one thread reuses one array.
   */
  List<Span> split(String text, int start, int end, char[] chars) {
    List<Integer> cuts = new ArrayList<>();
    List<Span> markers = listMarkers(text, start, end, cuts);
    int nextMarker = 0;
    text.getChars(start, end, chars, 0); // the search for periods runs faster in an array
    for (int i = start; i < end; i++) {
      char c = chars[i - start];
      if (!Chars.isSentenceEnd(c)) {
        continue;
      }
      while (nextMarker < markers.size() && markers.get(nextMarker).end() <= i) {
        nextMarker++;
      }
      if (nextMarker < markers.size() && markers.get(nextMarker).start() <= i) {
        continue; // the period of a list marker such as "1."
      }
      int runEnd = terminalRunEnd(text, i, end);
      int after = runEnd;
      while (after < end && Chars.isClosing(text.charAt(after))) {
        after++;
      }
      if (after < end && !Chars.isSpace(text.charAt(after))) {
        if (runEnd == i + 1 && after == runEnd && c == '.' && isMissingSpace(text, i, start, end)) {
          cuts.add(i + 1);
        }
        i = after - 1;
        continue;
      }
      if (after < end && endsSentence(text, start, i, runEnd, after, end)) {
        cuts.add(opensWithEllipsis(text, i, runEnd, after) ? i + 1 : after);
      }
      i = after - 1;
    }
    return spans(text, start, end, cuts);
  }

  /** Finds the list markers of a paragraph that opens with one; adds a cut before each next. */
  private static List<Span> listMarkers(String text, int start, int end, List<Integer> cuts) {
    List<Span> markers = new ArrayList<>();
    ListMarker prev = ListMarker.at(text, start, end);
    if (prev == null) {
      return markers;
    }
    markers.add(new Span(start, prev.end()));
    for (int p = prev.end(); p < end; p++) {
      if (!Chars.isSpace(text.charAt(p - 1))) {
        continue;
      }
      ListMarker m = ListMarker.at(text, p, end);
      if (m != null && prev.isFollowedBy(m)) {
        cuts.add(p);
        markers.add(new Span(p, m.end()));
        prev = m;
        p = m.end();
      }
    }
    return markers;
  }

  /** End of a run of sentence punctuation from {@code i}, spaced ellipses (". . .") included. */
  private static int terminalRunEnd(String text, int i, int end) {
    int j = i;
    while (j < end) {
      char d = text.charAt(j);
      if (Chars.isSentenceEnd(d)) {
        j++;
      } else if ((d == ' ' || d == '\n')
          && j + 1 < end
          && text.charAt(j + 1) == '.'
          && text.charAt(j - 1) == '.'
          && (j + 2 == end
              || text.charAt(j + 2) == ' '
              || text.charAt(j + 2) == '.'
              || Chars.isClosing(text.charAt(j + 2)))) {
        j += 2;
      } else {
        break;
      }
    }
    return j;
  }

  private boolean endsSentence(String text, int start, int i, int runEnd, int after, int end) {
    int next = Chars.skipSpace(text, after, end);
    int nc = text.codePointAt(next);
    if (Character.isLowerCase(nc)) {
      return false; // "“Why now?” she asked", "the U.S. for 20 years", "... well, what"
    }
    int dots = 0;
    boolean question = false;
    for (int j = i; j < runEnd; j++) {
      char d = text.charAt(j);
      dots += d == '.' ? 1 : d == '\u2026' ? 3 : 0;
      question |= d == '?' || d == '!';
    }
    boolean closed = after > runEnd;
    if (dots >= 3
        && i > start
        && text.charAt(i - 1) == '['
        && closed
        && text.charAt(runEnd) == ']') {
      return false; // an ellipsis in brackets marks words left out of a quote: "[...]"
    }
    if (question) {
      return true;
    }
    if (dots >= 3) {
      // An ellipsis alone marks words left out; a period and an ellipsis end the sentence.
      return closed || dots >= 4;
    }
    if (closed) {
      return true; // "... called it “dead on arrival.” Others"
    }
    String word = wordBefore(text, start, i);
    String tail = word.substring(word.lastIndexOf('-') + 1);
    if (!isMultiPeriod(tail)) {
      tail = tail.substring(tail.lastIndexOf('.') + 1); // "Tuesday.Mr" after a missing space
    }
    if (titles.contains(tail)) {
      return false;
    }
    boolean abbreviation = abbreviations.contains(tail) || isMultiPeriod(tail) || isInitial(tail);
    if (Character.isDigit(nc)) {
      return !(abbreviation || beforeNumbers.contains(tail));
    }
    String nextWord = wordAt(text, next, end);
    if (isTime(tail)) {
      return Chars.isOpening(nc) || !timeFollowers.contains(nextWord);
    }
    if (abbreviation) {
      return Chars.isOpening(nc) || starters.contains(nextWord);
    }
    return true;
  }

  /**
   * "compounds. . . . The practice": a period on the word, then a spaced ellipsis marking words
   * left out at the start of the next sentence, which it opens. ("a period . . . . Next": the
   * ellipsis first, then the period, all in the first sentence.)
   */
  private static boolean opensWithEllipsis(String text, int i, int runEnd, int after) {
    if (after != runEnd || i == 0 || Chars.isSpace(text.charAt(i - 1)) || runEnd - i != 7) {
      return false;
    }
    for (int k = 0; k < 7; k++) {
      char c = text.charAt(i + k);
      if (k % 2 == 0 ? c != '.' : !Chars.isSpace(c)) {
        return false;
      }
    }
    return true;
  }

  /** The run of non-space chars that ends just before {@code i}, without enclosing punctuation. */
  private static String wordBefore(String text, int start, int i) {
    int s = i;
    while (s > start && !Chars.isSpace(text.charAt(s - 1))) {
      s--;
    }
    int e = i;
    while (s < e && Chars.isOpening(text.charAt(s))) {
      s++;
    }
    while (e > s && Chars.isClosing(text.charAt(e - 1))) {
      e--;
    }
    return text.substring(s, e);
  }

  private static String wordAt(String text, int i, int end) {
    int e = i;
    while (e < end && (Chars.isWordChar(text.charAt(e)) || Chars.isApostrophe(text.charAt(e)))) {
      e++;
    }
    return text.substring(i, e);
  }

  /** "U.S", "U.S.S.R", "Ph.D", "a.m", "D.C": letter groups of one to three joined by periods. */
  static boolean isMultiPeriod(String w) {
    if (w.indexOf('.') < 0) {
      return false;
    }
    int group = 0;
    for (int j = 0; j < w.length(); j++) {
      char c = w.charAt(j);
      if (c == '.') {
        if (group == 0) {
          return false;
        }
        group = 0;
      } else if (Character.isLetter(c) && group < 3) {
        group++;
      } else {
        return false;
      }
    }
    return group > 0;
  }

  /**
   * A capital letter alone: "John F. Kennedy". A lower-case "a." is the article ending a sentence.
   */
  private static boolean isInitial(String w) {
    return w.length() == 1 && Character.isUpperCase(w.charAt(0));
  }

  private static boolean isTime(String w) {
    String lower = w.toLowerCase(Locale.ROOT);
    return lower.equals("a.m") || lower.equals("p.m");
  }

  /**
   * A period with no space after it ends a sentence when a plain lower-case word (or a figure)
   * comes before it and a capitalised word after it: "at dawn.It knocked". Not inside web or e-mail
   * addresses, and not after capitals ("U.S.North").
   */
  private static boolean isMissingSpace(String text, int i, int start, int end) {
    if (i - 2 < start || i + 2 >= end) {
      return false;
    }
    char a = text.charAt(i - 2);
    char b = text.charAt(i - 1);
    boolean wordBefore =
        (Character.isLowerCase(a) && Character.isLowerCase(b))
            || (Character.isDigit(a) && Character.isDigit(b));
    if (!wordBefore
        || !Character.isUpperCase(text.charAt(i + 1))
        || !Character.isLowerCase(text.charAt(i + 2))) {
      return false;
    }
    int s = i;
    while (s > start && !Chars.isSpace(text.charAt(s - 1))) {
      s--;
    }
    int e = i;
    while (e < end && !Chars.isSpace(text.charAt(e))) {
      e++;
    }
    String token = text.substring(s, e);
    return !(token.contains("://") || token.contains("@") || token.startsWith("www."));
  }

  private static List<Span> spans(String text, int start, int end, List<Integer> cuts) {
    cuts.sort(null);
    List<Span> out = new ArrayList<>();
    int from = start;
    for (int k = 0; k <= cuts.size(); k++) {
      int to = k < cuts.size() ? cuts.get(k) : end;
      int s = Chars.skipSpace(text, from, to);
      int e = to;
      while (e > s && Chars.isSpace(text.charAt(e - 1))) {
        e--;
      }
      if (s < e) {
        out.add(new Span(s, e));
      }
      from = Math.max(from, to);
    }
    return out;
  }
}
