package org.newsdiff.align;

import org.newsdiff.text.Chars;

/**
 * 64-bit hashes of words and sentences: FNV-1a over the chars, finished by a bit mixer so that
 * nearby texts spread over a table. Two different texts share a hash with odds of about one in
 * 10^19 per pair; where that would make a difference that shows (an edited sentence shown as
 * unchanged), the texts themselves are compared too.
 */
final class Hash64 {
  private static final long FNV = 0xcbf29ce484222325L;
  private static final long PRIME = 0x100000001b3L;

  /** Each ASCII char, or a plain space for a white space one. */
  private static final char[] ASCII_FOLDED = new char[128];

  static {
    for (char c = 0; c < ASCII_FOLDED.length; c++) {
      ASCII_FOLDED[c] = Chars.isSpace(c) ? ' ' : c;
    }
  }

  private Hash64() {}

  /** The hash of {@code s}. */
  static long of(CharSequence s) {
    long h = FNV;
    for (int i = 0; i < s.length(); i++) {
      h = (h ^ s.charAt(i)) * PRIME;
    }
    return mix(h);
  }

  /**
   * The hash of {@code chars[from, to)} with every white space char read as a plain space, so that
   * a sentence wrapped over two lines hashes as it does on one.
   */
  static long ofSpacesFolded(char[] chars, int from, int to) {
    long h = FNV;
    for (int i = from; i < to; i++) {
      char c = chars[i];
      // A table for ASCII: under the quick compiler, testing for a space was 4x the hashing.
      h = (h ^ (c < ASCII_FOLDED.length ? ASCII_FOLDED[c] : foldedAbove(c))) * PRIME;
    }
    return mix(h);
  }

  private static char foldedAbove(char c) {
    return Chars.isSpace(c) ? ' ' : c;
  }

  /** The hash of {@code chars[from, to)}, the same as of a string of those chars. */
  static long of(char[] chars, int from, int to) {
    long h = FNV;
    for (int i = from; i < to; i++) {
      h = (h ^ chars[i]) * PRIME;
    }
    return mix(h);
  }

  /** The hash of a sequence, {@code h} so far, extended by the hash {@code next}. */
  static long then(long h, long next) {
    return mix(h * PRIME ^ next);
  }

  /** The finalizer of MurmurHash3: every input bit moves every output bit. */
  static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    return h ^ (h >>> 33);
  }
}
