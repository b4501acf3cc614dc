package org.newsdiff.text;

/**
 * A list item's marker at the start of a line or item: a bullet ("•", "-", "*"), a number ("1.",
 * "2)", "3.)"), a letter ("a.", "b)"), or a bullet followed by a number ("• 9.").
 *
 * @param kind what sort of marker
 * @param ordinal the number or the letter's place in the alphabet (1 for "a"); 0 for a bullet
 * @param bullet the bullet char, or 0
 * @param suffix what follows the number or letter: ".", ")" or ".)"; empty for a bullet
 * @param end offset just past the marker
 */
public record ListMarker(Kind kind, int ordinal, char bullet, String suffix, int end) {

  /** The sorts of marker. */
  public enum Kind {
    BULLET,
    NUMBER,
    LETTER
  }

  private static final String BULLETS = "•⁃▪◦‣·*-";

  /** Whether {@code next} continues the list that this marker belongs to. */
  public boolean isFollowedBy(ListMarker next) {
    return next.kind == kind
        && next.bullet == bullet
        && next.suffix.equals(suffix)
        && (kind == Kind.BULLET || next.ordinal == ordinal + 1);
  }

  /** The marker starting exactly at {@code i}, or null; it must be followed by a space. */
  public static ListMarker at(CharSequence s, int i, int end) {
    if (i >= end) {
      return null;
    }
    char bullet = 0;
    int p = i;
    if (BULLETS.indexOf(s.charAt(p)) >= 0) {
      bullet = s.charAt(p);
      p++;
      int q = Chars.skipSpace(s, p, end);
      ListMarker inner = q < end ? ordinalMarker(s, q, end, bullet) : null;
      if (inner != null) {
        return inner;
      }
      return p < end && Chars.isSpace(s.charAt(p))
          ? new ListMarker(Kind.BULLET, 0, bullet, "", p)
          : null;
    }
    return ordinalMarker(s, p, end, (char) 0);
  }

  private static ListMarker ordinalMarker(CharSequence s, int p, int end, char bullet) {
    int q = p;
    while (q < end && q - p < 3 && s.charAt(q) >= '0' && s.charAt(q) <= '9') {
      q++;
    }
    Kind kind;
    int ordinal;
    if (q > p) {
      kind = Kind.NUMBER;
      ordinal = Integer.parseInt(s.subSequence(p, q).toString());
    } else if (s.charAt(p) >= 'a' && s.charAt(p) <= 'z') {
      kind = Kind.LETTER;
      ordinal = s.charAt(p) - 'a' + 1;
      q = p + 1;
    } else {
      return null;
    }
    String suffix;
    if (q + 1 < end && s.charAt(q) == '.' && s.charAt(q + 1) == ')') {
      suffix = ".)";
    } else if (q < end && (s.charAt(q) == '.' || s.charAt(q) == ')')) {
      suffix = String.valueOf(s.charAt(q));
    } else {
      return null;
    }
    int after = q + suffix.length();
    if (after >= end || !Chars.isSpace(s.charAt(after))) {
      return null;
    }
    return new ListMarker(kind, ordinal, bullet, suffix, after);
  }
}
