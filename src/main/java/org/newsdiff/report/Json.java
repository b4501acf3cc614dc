package org.newsdiff.report;

/** JSON string quoting (RFC 8259): the few lines we need instead of a JSON library. */
final class Json {
  private Json() {}

  /**
   * Appends {@code s} as a JSON string literal. Runs of characters that need no escape are copied
   * whole; quotes, backslashes, controls, U+2028/U+2029 and lone surrogates are escaped.
   */
  static void string(StringBuilder out, String s) {
    out.append('"');
    int n = s.length();
    int plain = 0; // start of the run not yet copied
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c != '"' && c != '\\' && c < 0x2028) {
        continue; // nearly every character
      }
      String escape = escape(s, i, c);
      if (escape != null) {
        out.append(s, plain, i).append(escape);
        plain = i + 1;
      }
    }
    if (plain == 0) {
      out.append(s);
    } else {
      out.append(s, plain, n);
    }
    out.append('"');
  }

  /** The escape for {@code c} at {@code i} of {@code s}, or null when it is written as it is. */
  private static String escape(String s, int i, char c) {
    return switch (c) {
      case '"' -> "\\\"";
      case '\\' -> "\\\\";
      case '\n' -> "\\n";
      case '\r' -> "\\r";
      case '\t' -> "\\t";
      case '\b' -> "\\b";
      case '\f' -> "\\f";
      default -> {
        boolean lone =
            Character.isSurrogate(c)
                && !(Character.isHighSurrogate(c)
                    && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1)))
                && !(Character.isLowSurrogate(c)
                    && i > 0
                    && Character.isHighSurrogate(s.charAt(i - 1)));
        boolean escaped = c < 0x20 || c == '\u2028' || c == '\u2029' || lone;
        yield escaped ? String.format("\\u%04x", (int) c) : null;
      }
    };
  }
}
