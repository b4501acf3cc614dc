package org.newsdiff.text;

/**
 * One token of a sentence: its text as written and the key it is compared by.
 *
 * <p>Options such as ignoring case change only the key; output always shows the text.
 *
 * @param text the token exactly as in the input
 * @param key what comparisons use (see {@link TokenKey})
 * @param kind word, number or punctuation
 * @param start offset of the token in {@link SourceText#text()}
 * @param end offset just past the token
 */
public record Token(String text, String key, Kind kind, int start, int end) {

  /** What sort of token. */
  public enum Kind {
    /**
     * Letters, possibly with apostrophes, hyphens or periods: "Trump’s", "co-operation", "U.S.".
     */
    WORD,
    /** A figure, with its currency, percent or magnitude: "3.5%", "$1.2 billion", "1950-53". */
    NUMBER,
    /** One punctuation mark or symbol; an ellipsis "..." is one token. */
    PUNCT
  }

  /** Whether this token is a word or a number, as opposed to punctuation. */
  public boolean isWordLike() {
    return kind != Kind.PUNCT;
  }
}
