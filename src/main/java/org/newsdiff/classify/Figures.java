package org.newsdiff.classify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The figures of an edit's side, each in one written form, and the words around them.
 *
 * <p>House styles write one figure several ways, and a change between them changes no figure: each
 * pair below has the same figures, and the same words besides.
 *
 * <pre>
 * "three" → "3"     "twenty-five" → "25"   "first" → "1st"     "1,200" → "1200"   "1990's" → "1990s"
 * "10 percent" → "10%"   "10 per cent" → "10%"   "5 p.m." → "5pm"
 * "Jan. 5" → "January 5"   "$5m" → "$5 million"   "$2bn" → "$2 billion"
 * </pre>
 *
 * A figure is a word with a digit, a number word, a magnitude ("million"), a weekday, a month, a
 * relative day ("yesterday"), "percent", "a.m." and "p.m." ("am" and "pm" after a number only).
 * "May" and "March" are months only capitalised: they are verbs too. Whether a word is a figure
 * does not depend on the words around it (but for "per cent", and "am" or "pm" after a number:
 * {@link #isContextWord}), so that a sentence's figures change only where its edits touch one,
 * whichever version is old.
 */
final class Figures {
  /** Number words that are also written as numerals, and the numeral. */
  private static final Map<String, String> NUMERALS =
      Map.ofEntries(
          Map.entry("zero", "0"),
          Map.entry("one", "1"),
          Map.entry("two", "2"),
          Map.entry("three", "3"),
          Map.entry("four", "4"),
          Map.entry("five", "5"),
          Map.entry("six", "6"),
          Map.entry("seven", "7"),
          Map.entry("eight", "8"),
          Map.entry("nine", "9"),
          Map.entry("ten", "10"),
          Map.entry("eleven", "11"),
          Map.entry("twelve", "12"),
          Map.entry("thirteen", "13"),
          Map.entry("fourteen", "14"),
          Map.entry("fifteen", "15"),
          Map.entry("sixteen", "16"),
          Map.entry("seventeen", "17"),
          Map.entry("eighteen", "18"),
          Map.entry("nineteen", "19"),
          Map.entry("twenty", "20"),
          Map.entry("thirty", "30"),
          Map.entry("forty", "40"),
          Map.entry("fifty", "50"),
          Map.entry("sixty", "60"),
          Map.entry("seventy", "70"),
          Map.entry("eighty", "80"),
          Map.entry("ninety", "90"),
          Map.entry("first", "1st"),
          Map.entry("second", "2nd"),
          Map.entry("third", "3rd"),
          Map.entry("fourth", "4th"),
          Map.entry("fifth", "5th"),
          Map.entry("sixth", "6th"),
          Map.entry("seventh", "7th"),
          Map.entry("eighth", "8th"),
          Map.entry("ninth", "9th"),
          Map.entry("tenth", "10th"));

  /** Months as AP style abbreviates them before a date, and the month. */
  private static final Map<String, String> MONTH_ABBREVIATIONS =
      Map.ofEntries(
          Map.entry("jan", "january"),
          Map.entry("feb", "february"),
          Map.entry("mar", "march"),
          Map.entry("apr", "april"),
          Map.entry("jun", "june"),
          Map.entry("jul", "july"),
          Map.entry("aug", "august"),
          Map.entry("sep", "september"),
          Map.entry("sept", "september"),
          Map.entry("oct", "october"),
          Map.entry("nov", "november"),
          Map.entry("dec", "december"));

  /** Weekdays and months: "on" before one of them is house style's to keep or cut. */
  private static final Set<String> DAYS_AND_MONTHS =
      Set.of(
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december");

  /** Figures written as words that have no numeral here: magnitudes, relative days, "dozen". */
  private static final Set<String> OTHER_NUMBER_WORDS =
      Set.of(
          "hundred",
          "thousand",
          "million",
          "billion",
          "trillion",
          "dozen",
          "half",
          "yesterday",
          "today",
          "tomorrow");

  /** Every figure word without a digit, and the form it is read in: one lookup a word. */
  private static final Map<String, String> FIGURE_WORDS = figureWords();

  private static Map<String, String> figureWords() {
    Map<String, String> out = new HashMap<>(NUMERALS);
    out.put("percent", "percent");
    out.put("a.m", "am"); // as EditClassifier#words reads "a.m.": the last period is no part
    out.put("p.m", "pm");
    out.putAll(MONTH_ABBREVIATIONS);
    DAYS_AND_MONTHS.forEach(w -> out.put(w, w));
    OTHER_NUMBER_WORDS.forEach(w -> out.put(w, w));
    return Map.copyOf(out);
  }

  /** Whether {@code word} is a figure, or part of one, only next to another word. */
  static boolean isContextWord(String word) {
    return isContextWord(word, 0, word.length());
  }

  /** As {@link #isContextWord(String)}, for the word {@code text[from, to)}; no string made. */
  static boolean isContextWord(String text, int from, int to) {
    int n = to - from;
    if (n < 2 || n > 4) {
      return false;
    }
    for (String w : CONTEXT_WORDS) {
      if (w.length() == n && text.regionMatches(true, from, w, 0, n)) {
        return true;
      }
    }
    return false;
  }

  /** Words that are figures, or part of one, only next to another word. */
  private static final List<String> CONTEXT_WORDS = List.of("per", "cent", "am", "pm");

  private static final int LONGEST_WORD = 9; // "september", "seventeen"

  /** Its figures in order ("10 to 5" is not "5 to 10"), and how to get the rest of its words. */
  record Split(List<String> figures, List<String> words, boolean afterDigits) {
    /** Whether these words hold one that makes a figure with its neighbour: "per", "pm". */
    boolean holdsContextWord() {
      for (String w : words) {
        if (isContextWord(w)) {
          return true;
        }
      }
      return false;
    }

    /** The words that are no figures, lower-cased, a space after each. */
    String rest() {
      StringBuilder b = new StringBuilder();
      scan(words, afterDigits, b);
      return b.toString();
    }
  }

  private Figures() {}

  /** Whether {@code lower}, a lower-case word without digits, is a figure on its own. */
  static boolean isNumberWord(String lower) {
    return NUMERALS.containsKey(lower)
        || MONTH_ABBREVIATIONS.containsKey(lower)
        || DAYS_AND_MONTHS.contains(lower)
        || OTHER_NUMBER_WORDS.contains(lower)
        || compound(lower) != null;
  }

  /** Whether {@code lower}, a lower-case word, names a weekday or a month (abbreviated or not). */
  static boolean isDayOrMonth(String lower) {
    return DAYS_AND_MONTHS.contains(lower) || MONTH_ABBREVIATIONS.containsKey(lower);
  }

  /**
   * The figures of {@code words} (an edit's side, as {@link EditClassifier#words}); {@code
   * afterDigits} when a word with a digit comes right before them ("5" before "pm").
   */
  static Split of(List<String> words, boolean afterDigits) {
    List<String> apart = withFiguresApart(words);
    return new Split(scan(apart, afterDigits, null), apart, afterDigits);
  }

  /** The figures of {@code words}, in order; the other words appended to {@code rest} if given. */
  private static List<String> scan(List<String> words, boolean afterDigits, StringBuilder rest) {
    List<String> figures = null; // made at the first figure: most edits have none
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      String figure = null;
      String unit = null;
      if (hasDigit(word)) {
        figure = withoutMarks(word.toLowerCase(Locale.ROOT));
        for (String[] s : SUFFIXES) {
          if (figure.length() > s[0].length()
              && figure.endsWith(s[0])
              && (s[2] == null || figure.startsWith(s[2]))
              && Character.isDigit(figure.charAt(figure.length() - s[0].length() - 1))) {
            figure = figure.substring(0, figure.length() - s[0].length());
            unit = s[1];
            break;
          }
        }
      } else if (word.length() <= LONGEST_WORD
          || (word.length() <= LONGEST_WORD * 2 + 1 && word.indexOf('-') > 0)) {
        // Longer words are no figures: "seventy-seven" is the longest with a hyphen.
        String lower = word.toLowerCase(Locale.ROOT);
        figure = FIGURE_WORDS.get(lower);
        if (figure != null && isVerbToo(lower) && !Character.isUpperCase(word.charAt(0))) {
          figure = null; // "may" and "march" are months only capitalised
        }
        if (figure == null && lower.indexOf('-') > 0) {
          figure = compound(lower);
        }
        if (figure == null
            && lower.equals("per")
            && i + 1 < words.size()
            && words.get(i + 1).equalsIgnoreCase("cent")) {
          figure = "percent";
          i++;
        } else if (figure == null && afterDigits && (lower.equals("am") || lower.equals("pm"))) {
          figure = lower; // "am" alone is a verb
        }
      }
      afterDigits = figure != null && unit == null && hasDigit(word);
      if (figure == null) {
        if (rest != null) {
          rest.append(word.toLowerCase(Locale.ROOT)).append(' ');
        }
        continue;
      }
      if (figures == null) {
        figures = new ArrayList<>();
      }
      figures.add(figure);
      if (unit != null) {
        figures.add(unit);
      }
    }
    return figures == null ? List.of() : figures;
  }

  /** A suffix a figure may carry, what it stands for, and the prefix it needs (or null). */
  private static final String[][] SUFFIXES = {
    {"%", "percent", null},
    {"a.m", "am", null},
    {"p.m", "pm", null},
    {"am", "am", null},
    {"pm", "pm", null},
    {"bn", "billion", null},
    {"m", "million", "$"}, // "5m" alone may be metres
  };

  /**
   * {@code words} with each word that holds a digit and a hyphen cut at its hyphens: "34-year-old"
   * → "34", "year", "old"; "10-5" → "10", "5". {@code words} itself when none does.
   */
  private static List<String> withFiguresApart(List<String> words) {
    List<String> out = null;
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      boolean apart = w.indexOf('-') > 0 && hasDigit(w);
      if (apart && out == null) {
        out = new ArrayList<>(words.subList(0, i));
      }
      if (apart) {
        for (String part : w.split("-")) {
          if (!part.isEmpty()) {
            out.add(part);
          }
        }
      } else if (out != null) {
        out.add(w);
      }
    }
    return out == null ? words : out;
  }

  /**
   * A figure without thousands separators and apostrophes: "1,200" → "1200", "1990's" → "1990s".
   */
  private static String withoutMarks(String lower) {
    return lower.replace(",", "").replace("'", "").replace("\u2019", "");
  }

  /** "may" and "march": months only capitalised, as they are verbs too. */
  private static boolean isVerbToo(String lower) {
    return lower.equals("may") || lower.equals("march");
  }

  /** "twenty-five" → "25"; null for any other word. */
  private static String compound(String lower) {
    int dash = lower.indexOf('-');
    if (dash < 0) {
      return null;
    }
    String tens = NUMERALS.get(lower.substring(0, dash));
    String unit = NUMERALS.get(lower.substring(dash + 1));
    if (tens == null
        || unit == null
        || tens.length() != 2
        || tens.charAt(1) != '0'
        || tens.charAt(0) < '2'
        || unit.length() != 1
        || unit.equals("0")) {
      return null;
    }
    return tens.charAt(0) + unit;
  }

  static boolean hasDigit(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (Character.isDigit(w.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
