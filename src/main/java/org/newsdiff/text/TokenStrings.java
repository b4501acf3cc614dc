package org.newsdiff.text;

/**
 * The strings of the tokens one thread made last, to give a word that recurs (most do) the text and
 * key strings it had before instead of new ones, and the thread's copy of the sentence being
 * tokenized.
 *
 * <p>A slot per hash of the token's chars, the last token seen in it kept:
 *
 * <pre>
 * "the" (slot 17, empty)  → new strings "the", kept in slot 17
 * "the" (slot 17, "the")  → the same strings again
 * </pre>
 *
 * Keys equal as strings compare as the same object too, which is the first thing {@link
 * String#equals} tries: most tokens of an edited sentence equal one of the other version's.
 */
final class TokenStrings {
  /** Slots (a power of two). */
  private static final int SLOTS = 4096;

  private final TokenKey keys;
  private final char[][] chars = new char[SLOTS][];
  private final String[] texts = new String[SLOTS];
  private final String[] keyed = new String[SLOTS];
  private char[] copy = new char[256];

  /** Which chars and strings {@link #text} and {@link #key} refer to after {@link #find}. */
  private int slot;

  TokenStrings(TokenKey keys) {
    this.keys = keys;
  }

  /** A buffer of this thread's for a copy of {@code length} chars. */
  char[] copy(int length) {
    if (copy.length < length) {
      copy = new char[Math.max(length, 2 * copy.length)];
    }
    return copy;
  }

  /** Finds or makes the strings of the token {@code text[start, end)}: then {@link #text}. */
  void find(char[] text, int start, int end) {
    int length = end - start;
    int hash = length;
    for (int i = start; i < end; i++) {
      hash = 31 * hash + text[i];
    }
    int s = (hash ^ hash >>> 12) & (SLOTS - 1);
    slot = s;
    char[] kept = chars[s];
    if (kept != null && kept.length == length) {
      int i = 0;
      while (i < length && kept[i] == text[start + i]) {
        i++;
      }
      if (i == length) {
        return;
      }
    }
    char[] mine = new char[length];
    System.arraycopy(text, start, mine, 0, length);
    String written = new String(mine);
    chars[s] = mine;
    texts[s] = written;
    keyed[s] = keys.key(text, start, end, written);
  }

  /** The text of the token last found. */
  String text() {
    return texts[slot];
  }

  /** The key of the token last found. */
  String key() {
    return keyed[slot];
  }
}
