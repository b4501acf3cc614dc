package org.newsdiff.text;

/** The word lists of newsdiff, loaded once from the resource files beside this class. */
public final class Lexicon {
  private Lexicon() {}

  /** Titles before a name: "Sen.", "Dr.", "Lt.". */
  static final WordList TITLES = WordList.load("titles.txt");

  /** Abbreviations that seldom end a sentence: "Corp.", "Fla.", "Jan.", "etc.". */
  static final WordList ABBREVIATIONS = WordList.load("abbreviations.txt");

  /** Words before a figure: "No.", "Jan.", "p.". */
  static final WordList BEFORE_NUMBERS = WordList.load("before-numbers.txt");

  /** Words that usually open a sentence: "The", "He", "But". */
  static final WordList STARTERS = WordList.load("starters.txt");

  /** Words that follow a time in AP style: weekdays, months, time zones. */
  static final WordList TIME_FOLLOWERS = WordList.load("time-followers.txt");

  private static final WordList FUNCTION_WORDS = WordList.load("function-words.txt");

  /**
   * Whether {@code lowerCaseWord} is a function word ("the", "of", "said"): grammar, not content.
   */
  public static boolean isFunctionWord(String lowerCaseWord) {
    return FUNCTION_WORDS.contains(lowerCaseWord);
  }

  /** Every function word, in lower case, for callers that look words up by hash. */
  public static java.util.Set<String> functionWords() {
    return FUNCTION_WORDS.words();
  }

  /**
   * Whether {@code word} usually opens a sentence ("The", "He", "But") rather than names something.
   */
  public static boolean isSentenceOpener(String word) {
    return STARTERS.contains(word);
  }

  /** The longest title or abbreviation. */
  private static final int LONGEST_ABBREVIATION =
      Math.max(TITLES.longest(), ABBREVIATIONS.longest());

  /**
   * Whether a period after the word {@code text[start, end)} belongs to it; as {@link
   * #takesPeriod(String)}, without making a string of a word too long to be in a list.
   */
  static boolean takesPeriod(char[] text, int start, int end) {
    if (end - start > LONGEST_ABBREVIATION) {
      boolean inner = false;
      for (int i = start; i < end && !inner; i++) {
        inner = text[i] == '.';
      }
      if (!inner) {
        return false;
      }
    }
    return takesPeriod(new String(text, start, end - start));
  }

  /** Whether a period after {@code word} belongs to it: "U.S.", "Corp.", "Dr.". */
  static boolean takesPeriod(String word) {
    return SentenceSplitter.isMultiPeriod(word)
        || TITLES.contains(word)
        || ABBREVIATIONS.contains(word);
  }
}
