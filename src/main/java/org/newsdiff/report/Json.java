package org.newsdiff.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * JSON text built straight as UTF-8 bytes, with string quoting (RFC 8259): the few lines we need
 * instead of a JSON library.
 *
 * <p>Bytes rather than a {@code StringBuilder}: one curly quote turns a builder's Latin-1 bytes
 * into UTF-16 chars, and every later piece is widened on the way in, copied out by the writer and
 * encoded again. Here each char of a string is escaped and encoded in one pass.
 *
 * <pre>
 * string("say “no”")  →  "say “no”"    (the quotes as three bytes each)
 * string("a\"b\n")    →  "a\"b\n"      (escaped)
 * </pre>
 */
final class Json {
  private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

  private byte[] bytes;
  private int size;

  /** An empty text with room for {@code capacity} bytes before it grows. */
  Json(int capacity) {
    bytes = new byte[Math.max(16, capacity)];
  }

  /** Number of bytes so far. */
  int size() {
    return size;
  }

  /** Writes the bytes so far to {@code out}. */
  void writeTo(OutputStream out) throws IOException {
    out.write(bytes, 0, size);
  }

  /** Appends {@code s}, which holds only ASCII (JSON punctuation, keys, numbers), as it is. */
  @SuppressWarnings("deprecation") // for ASCII, the old byte copy is exact: each char's low byte
  Json ascii(String s) {
    int n = s.length();
    room(n);
    s.getBytes(0, n, bytes, size); // one array copy, where a loop of charAt cost a call a char
    size += n;
    return this;
  }

  /** Appends the ASCII char {@code c}. */
  Json ascii(char c) {
    room(1);
    bytes[size++] = (byte) c;
    return this;
  }

  /** Appends {@code n} in decimal. */
  Json number(long n) {
    if (n < 0) {
      return ascii(Long.toString(n));
    }
    room(20);
    int digits = 1;
    for (long rest = n / 10; rest > 0; rest /= 10) {
      digits++;
    }
    for (int at = size + digits - 1; at >= size; at--) {
      bytes[at] = (byte) ('0' + n % 10);
      n /= 10;
    }
    size += digits;
    return this;
  }

  /**
   * Appends {@code s} as a JSON string literal, in UTF-8. Quotes, backslashes, controls,
   * U+2028/U+2029 and lone surrogates are escaped; every other char is written as it is.
   */
  Json string(String s) {
    return string(s, 0, s.length());
  }

  /** Appends {@code s[from, to)} as a JSON string literal, as {@link #string(String)} does. */
  Json string(String s, int from, int to) {
    ascii('"');
    // A piece at a time, room made for the most a char can take (six bytes: a control in hex;
    // UTF-8 takes at most three), so that the loop need not check and a megabyte of text need not
    // ask for six megabytes of room.
    for (int at = from; at < to; ) {
      int end = Math.min(to, at + PIECE);
      room(6 * (end - at));
      at = quote(s, at, end, to);
    }
    return ascii('"');
  }

  /** Forgets the bytes so far, keeping the room they took. */
  void clear() {
    size = 0;
  }

  /** Bytes of room this text has taken. */
  int capacity() {
    return bytes.length;
  }

  /** Chars quoted a piece at a time by {@link #string}. */
  private static final int PIECE = 1 << 12;

  /**
   * Quotes {@code s[from, to)}, with room made for six bytes a char; returns where it stopped: at
   * {@code to}, or one past it when a surrogate pair begins at {@code to - 1} and ends before
   * {@code limit}.
   */
  private int quote(String s, int from, int to, int limit) {
    byte[] b = bytes;
    int at = size;
    int i = from;
    for (; i < to; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        if (c >= 0x20 && c != '"' && c != '\\') {
          b[at++] = (byte) c; // nearly every char
        } else {
          at = escape(b, at, c);
        }
      } else if (c < 0x800) {
        b[at++] = (byte) (0xC0 | c >> 6);
        b[at++] = (byte) (0x80 | c & 0x3F);
      } else if (Character.isHighSurrogate(c)
          && i + 1 < limit
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, s.charAt(++i));
        b[at++] = (byte) (0xF0 | cp >> 18);
        b[at++] = (byte) (0x80 | cp >> 12 & 0x3F);
        b[at++] = (byte) (0x80 | cp >> 6 & 0x3F);
        b[at++] = (byte) (0x80 | cp & 0x3F);
      } else if (Character.isSurrogate(c) || c == '\u2028' || c == '\u2029') {
        at = unicodeEscape(b, at, c); // a lone half, or a line separator JavaScript reads as one
      } else {
        b[at++] = (byte) (0xE0 | c >> 12);
        b[at++] = (byte) (0x80 | c >> 6 & 0x3F);
        b[at++] = (byte) (0x80 | c & 0x3F);
      }
    }
    size = at;
    return i;
  }

  /** Writes the escape of the ASCII quote, backslash or control {@code c} at {@code at}. */
  private static int escape(byte[] b, int at, char c) {
    char named =
        switch (c) {
          case '"' -> '"';
          case '\\' -> '\\';
          case '\n' -> 'n';
          case '\r' -> 'r';
          case '\t' -> 't';
          case '\b' -> 'b';
          case '\f' -> 'f';
          default -> 0;
        };
    if (named == 0) {
      return unicodeEscape(b, at, c);
    }
    b[at++] = '\\';
    b[at++] = (byte) named;
    return at;
  }

  private static int unicodeEscape(byte[] b, int at, char c) {
    b[at++] = '\\';
    b[at++] = 'u';
    b[at++] = HEX[c >> 12];
    b[at++] = HEX[c >> 8 & 0xF];
    b[at++] = HEX[c >> 4 & 0xF];
    b[at++] = HEX[c & 0xF];
    return at;
  }

  private void room(int more) {
    if (bytes.length - size < more) {
      bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, size + more));
    }
  }
}
