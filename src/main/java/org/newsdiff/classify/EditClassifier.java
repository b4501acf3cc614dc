package org.newsdiff.classify;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.newsdiff.model.Category;
import org.newsdiff.model.EditKind;
import org.newsdiff.model.Flag;
import org.newsdiff.model.WordOp;
import org.newsdiff.text.Chars;
import org.newsdiff.text.Lexicon;
import org.newsdiff.text.WordList;

/**
 * Says how much each edit inside a sentence matters, and flags the ones worth a second look.
 *
 * <p>An edit is a run of deleted and inserted words between equal ones. It is <b>cosmetic</b> when
 * a few normalizations make both sides equal: spelling variants ({@code spelling-variants.txt} and
 * the regular British endings), punctuation, typography (quote marks, dashes, spaces, ellipses),
 * letter case; the smallest set that does it is its categories. Otherwise it is <b>style</b> when
 * house style explains it: "that" inserted or cut, a sentence split or joined at "and", "on" before
 * a weekday, the attribution moved ({@link Attribution}), the same figures written another way
 * ({@link Figures}), a phrase swapped for its variant ({@code style-variants.txt}), an abbreviation
 * spelled out, a name given or losing its title. Anything else is <b>substantive</b>.
 *
 * <pre>
 * "neighbour" → "neighbor"                 cosmetic (spelling)
 * "uncle who" → "uncle, who"               cosmetic (punctuation)
 * "U.N." → "United Nations"                style
 * "nine" → "9"                             style
 * "Kim and President Donald Trump" → "Kim and Trump"   style (title dropped)
 * "isolated, often inscrutable" → "isolated"           substantive
 * </pre>
 *
 * Flags: {@code quote} when the edit lies inside quotation marks (a bracketed insertion in a quote
 * too); {@code number} when the sentence's figures differ by value or order ({@link Figures});
 * {@code name} when a substantive edit adds, cuts or replaces a capitalised name that the other
 * version of the sentence does not hold.
 */
final class EditClassifier {
  private static final Map<String, String> SPELLING = pairs("spelling-variants.txt", true);
  private static final Map<String, String> STYLE = pairs("style-variants.txt", false);

  /**
   * What follows the first word of each variant of more than one word ("monday" of "on monday"): an
   * edit can be a variant with the word before it only if one of its sides is one of these.
   */
  private static final Set<String> STYLE_TAILS =
      STYLE.keySet().stream()
          .filter(k -> k.indexOf(' ') > 0)
          .map(k -> k.substring(k.indexOf(' ') + 1))
          .collect(Collectors.toUnmodifiableSet());

  private static final java.util.regex.Pattern PER_CENT =
      java.util.regex.Pattern.compile("(?i)\\bper cent\\b");

  /**
   * Longest edit, in chars on either side, that is looked into for a cosmetic or style explanation;
   * a longer one is substantive. Sentences are far shorter: only a word diff that gave up on a
   * "sentence" of a page without punctuation, thousands of words changed in it, makes one as long,
   * and the search for an explanation would cost about a second a megabyte.
   */
  static final int LONGEST_EXPLAINED = 20_000;

  /** What one sentence pair's edits come to. */
  record Result(List<WordOp> words, EditKind kind, Set<Flag> flags, Set<Category> categories) {}

  /** Classifies the edits in {@code words}, the word diff of one pair. */
  Result classify(List<WordOp> words) {
    boolean[] quoted = quoted(words);
    List<Span> spans = new ArrayList<>();
    int k = 0;
    while (k < words.size()) {
      if (words.get(k).op() == WordOp.Op.EQUAL) {
        k++;
        continue;
      }
      int end = k;
      StringBuilder oldText = new StringBuilder();
      StringBuilder newText = new StringBuilder();
      boolean inQuote = false;
      while (end < words.size() && words.get(end).op() != WordOp.Op.EQUAL) {
        WordOp w = words.get(end);
        (w.op() == WordOp.Op.DELETE ? oldText : newText).append(w.text());
        inQuote |= quoted[end];
        end++;
      }
      String before = k > 0 ? words.get(k - 1).text() : "";
      String after = end < words.size() ? words.get(end).text() : "";
      Edit e = edit(oldText.toString(), newText.toString(), before, after, k == 0);
      if (inQuote && !e.categories.equals(EnumSet.of(Category.TYPOGRAPHY))) {
        e.flags.add(Flag.QUOTE); // new quote marks alone do not alter what was said
      }
      spans.add(new Span(k, end, e));
      k = end;
    }
    if (anySubstantive(spans) && isOnlyAttributionMoved(words)) {
      for (Span x : spans) {
        if (x.edit.kind == EditKind.SUBSTANTIVE) {
          x.edit.kind = EditKind.STYLE; // "Okafor said" → "said Okafor": the words only moved
          x.edit.categories = EnumSet.of(Category.STYLE);
        }
      }
    }

    List<WordOp> out = new ArrayList<>(words);
    EditKind strongest = null;
    EnumSet<Flag> flags = EnumSet.noneOf(Flag.class);
    EnumSet<Category> categories = EnumSet.noneOf(Category.class);
    // Figures and names are compared over the whole sentence: one moved from one edit to another
    // ("the man, 34," → "the 34-year-old man") is not changed. Figures in order ("7 to 2" → "2 to
    // 7" is).
    boolean contextWords = false;
    List<String> deletedFigures = null; // of the edits whose sides differ in figures
    List<String> insertedFigures = null;
    Set<String> oldNames = Set.of(); // made at the first name: most sentences have none
    Set<String> newNames = Set.of();
    for (Span x : spans) {
      Edit e = x.edit;
      for (int i = x.from; i < x.to; i++) {
        out.set(i, words.get(i).classified(e.kind, e.categories));
      }
      strongest = strongest == null || e.kind.compareTo(strongest) > 0 ? e.kind : strongest;
      flags.addAll(e.flags);
      categories.addAll(e.categories);
      contextWords |= e.nextToContextWord;
      if (!e.oldFigures.equals(e.newFigures)) {
        deletedFigures = deletedFigures == null ? new ArrayList<>() : deletedFigures;
        insertedFigures = insertedFigures == null ? new ArrayList<>() : insertedFigures;
        deletedFigures.addAll(e.oldFigures);
        insertedFigures.addAll(e.newFigures);
      }
      if (e.kind == EditKind.SUBSTANTIVE) {
        oldNames = union(oldNames, e.oldNames);
        newNames = union(newNames, e.newNames);
      }
    }
    if (figuresChanged(words, contextWords, deletedFigures, insertedFigures)) {
      flags.add(Flag.NUMBER);
    }
    // A name in the edits of both sides is in both versions; only the others are looked for.
    if ((!newNames.containsAll(oldNames)
            && !holdsAll(sideText(words, WordOp.Op.INSERT), oldNames, newNames))
        || (!oldNames.containsAll(newNames)
            && !holdsAll(sideText(words, WordOp.Op.DELETE), newNames, oldNames))) {
      flags.add(Flag.NAME); // a name the other version of the sentence does not hold at all
    }
    return new Result(out, strongest, flags, categories);
  }

  /**
   * Whether the sentence's figures changed, in value or order. Edits whose sides have the same
   * figures change none (figures do not depend on the words around them); where the others delete
   * and insert different figures, the sentence's differ; where the same ones, they may only have
   * moved, and the sentence's are compared in full. So are they near "per" or "pm".
   */
  private static boolean figuresChanged(
      List<WordOp> words, boolean contextWords, List<String> deleted, List<String> inserted) {
    if (!contextWords) {
      if (deleted == null) {
        return false;
      }
      deleted.sort(null);
      inserted.sort(null);
      if (!deleted.equals(inserted)) {
        return true;
      }
    }
    return !figuresOf(sideText(words, WordOp.Op.DELETE))
        .equals(figuresOf(sideText(words, WordOp.Op.INSERT)));
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    if (b.isEmpty()) {
      return a;
    }
    Set<String> out = a.isEmpty() ? new HashSet<>() : a;
    out.addAll(b);
    return out;
  }

  private static boolean anySubstantive(List<Span> spans) {
    for (Span x : spans) {
      if (x.edit.kind == EditKind.SUBSTANTIVE) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the sentence's two sides differ only in where its attribution stands ({@link
   * Attribution}), cosmetic differences aside.
   */
  private static boolean isOnlyAttributionMoved(List<WordOp> words) {
    // First the letters deleted against those inserted, whatever their case: a move deletes and
    // inserts the same ones. Most substantive edits fail this; it costs a pass over their chars.
    long deletedSum = 0;
    long insertedSum = 0;
    for (WordOp w : words) {
      if (w.op() != WordOp.Op.EQUAL) {
        long sum = letterSum(w.text());
        if (w.op() == WordOp.Op.DELETE) {
          deletedSum += sum;
        } else {
          insertedSum += sum;
        }
      }
    }
    if (deletedSum != insertedSum || deletedSum == 0) {
      return false;
    }
    StringBuilder deleted = new StringBuilder();
    StringBuilder inserted = new StringBuilder();
    for (WordOp w : words) {
      if (w.op() != WordOp.Op.EQUAL) {
        (w.op() == WordOp.Op.DELETE ? deleted : inserted).append(w.text()).append(' ');
      }
    }
    List<String> d = canonWords(deleted.toString());
    List<String> i = canonWords(inserted.toString());
    if (d.size() != i.size() || d.isEmpty()) {
      return false;
    }
    d.sort(null);
    i.sort(null);
    return d.equals(i)
        && Attribution.onlyMoved(
            canonWords(sideText(words, WordOp.Op.DELETE)),
            canonWords(sideText(words, WordOp.Op.INSERT)));
  }

  /**
   * A sum over the letters and digits of {@code text}, lower-cased, each weighed so that texts with
   * the same letters in any order and case have the same sum, and most others not.
   */
  private static long letterSum(String text) {
    long sum = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isLetterOrDigit(c)) {
        long x = Character.toLowerCase(c);
        sum += x * x * x + 1; // the + 1 counts them too
      }
    }
    return sum;
  }

  /** The words of {@code text}, each with every cosmetic normalization applied; none left empty. */
  private static List<String> canonWords(String text) {
    List<String> out = new ArrayList<>();
    for (String w : words(text)) {
      String c = canon(w, ALL_COSMETIC);
      if (!c.isEmpty()) {
        out.add(c);
      }
    }
    return out;
  }

  /** An edit and the ops it covers, {@code from} inclusive, {@code to} exclusive. */
  private record Span(int from, int to, Edit edit) {}

  /** The text of one side of a sentence: its equal ops and those of {@code side}. */
  private static String sideText(List<WordOp> words, WordOp.Op side) {
    StringBuilder b = new StringBuilder();
    for (WordOp w : words) {
      if (w.op() == WordOp.Op.EQUAL || w.op() == side) {
        b.append(w.text());
      }
    }
    return b.toString();
  }

  /** The figures of a sentence, in order. */
  private static List<String> figuresOf(String sentence) {
    return Figures.of(words(sentence), false).figures();
  }

  /**
   * Whether {@code sentence} holds each of {@code names} not {@code known} to be in it as a word or
   * a part of a hyphenated one, capital and all: "Ohio" is in "the Ohio-based company", "Park" not
   * in "the park".
   */
  private static boolean holdsAll(String sentence, Set<String> names, Set<String> known) {
    for (String name : names) {
      if (!known.contains(name) && !holds(sentence, name)) {
        return false;
      }
    }
    return true;
  }

  private static boolean holds(String sentence, String name) {
    int n = name.length();
    for (int at = sentence.indexOf(name); at >= 0; at = sentence.indexOf(name, at + 1)) {
      if ((at == 0 || !isLetterOrDigit(sentence.charAt(at - 1)))
          && (at + n == sentence.length() || !isLetterOrDigit(sentence.charAt(at + n)))) {
        return true;
      }
    }
    return false;
  }

  private static final class Edit {
    EditKind kind;
    EnumSet<Category> categories = EnumSet.noneOf(Category.class);
    EnumSet<Flag> flags = EnumSet.noneOf(Flag.class);

    /** The figures of its sides where they differ; empty where they are the same. */
    List<String> oldFigures = List.of();

    List<String> newFigures = List.of();

    /** Whether it holds or stands next to a word that makes a figure with its neighbour. */
    boolean nextToContextWord;

    Set<String> oldNames = Set.of(); // worked out for a substantive edit only
    Set<String> newNames = Set.of();
  }

  private Edit edit(String oldText, String newText, String before, String after, boolean atStart) {
    Edit e = new Edit();
    List<String> oldWords = words(oldText);
    List<String> newWords = words(newText);
    int end = before.length(); // the word before the edit: before[start, end)
    while (end > 0 && !isLetterOrDigit(before.charAt(end - 1))) {
      end--;
    }
    int start = end;
    while (start > 0 && isLetterOrDigit(before.charAt(start - 1))) {
      start--;
    }
    boolean figureBefore = Figures.hasDigit(before.substring(start, end));
    Figures.Split oldFigures = Figures.of(oldWords, figureBefore);
    Figures.Split newFigures = Figures.of(newWords, figureBefore);
    if (oldText.length() > LONGEST_EXPLAINED || newText.length() > LONGEST_EXPLAINED) {
      e.kind = EditKind.SUBSTANTIVE;
    } else {
      String o = canon(oldText, ALL_COSMETIC);
      String n = canon(newText, ALL_COSMETIC);
      // Most edits: not even all four normalizations together explain them; skip the search.
      EnumSet<Category> cosmetic = o.equals(n) ? smallestCosmetic(oldText, newText) : null;
      if (cosmetic != null) {
        e.kind = EditKind.COSMETIC;
        e.categories = cosmetic;
      } else if (isStyle(oldText, newText, o, n, before, after, oldWords, newWords)
          || isSameFigures(oldFigures, newFigures)) {
        e.kind = EditKind.STYLE;
        e.categories = EnumSet.of(Category.STYLE);
      } else {
        e.kind = EditKind.SUBSTANTIVE;
      }
    }
    // An edit whose sides have the same figures leaves the sentence's figures as they were, unless
    // it holds or stands next to a word that makes a figure with its neighbour: "per [+vote+]
    // cent".
    e.nextToContextWord =
        oldFigures.holdsContextWord()
            || newFigures.holdsContextWord()
            || Figures.isContextWord(before, start, end)
            || isContextWordFirst(after);
    if (!oldFigures.figures().equals(newFigures.figures())) {
      e.oldFigures = oldFigures.figures();
      e.newFigures = newFigures.figures();
    }
    if (e.kind == EditKind.SUBSTANTIVE) {
      e.oldNames = names(oldText, atStart);
      e.newNames = names(newText, atStart);
    }
    return e;
  }

  // --- cosmetic ---

  private static final Set<Category> ALL_COSMETIC =
      EnumSet.of(Category.TYPOGRAPHY, Category.CASE, Category.SPELLING, Category.PUNCTUATION);

  /**
   * In order of preference when two explain an edit equally: a straight quote turned curly is
   * typography before it is punctuation, "co-operation" a spelling before a lost hyphen.
   */
  private static final Category[] COSMETIC = {
    Category.TYPOGRAPHY, Category.CASE, Category.SPELLING, Category.PUNCTUATION
  };

  /**
   * Every non-empty set of {@link #COSMETIC} normalizations, smallest first, and among sets of one
   * size in the order of preference: bit i of a mask stands for {@code COSMETIC[i]}.
   */
  private static final int[] MASKS =
      IntStream.range(1, 1 << COSMETIC.length)
          .boxed()
          .sorted(Comparator.comparingInt(Integer::bitCount).thenComparingInt(Integer::intValue))
          .mapToInt(Integer::intValue)
          .toArray();

  /** The sets of {@link #MASKS}, in that order. */
  private static final List<Set<Category>> COSMETIC_SETS =
      IntStream.of(MASKS)
          .mapToObj(
              mask ->
                  IntStream.range(0, COSMETIC.length)
                      .filter(i -> (mask & 1 << i) != 0)
                      .mapToObj(i -> COSMETIC[i])
                      .collect(Collectors.toCollection(() -> EnumSet.noneOf(Category.class))))
          .map(Collections::unmodifiableSet)
          .toList();

  /**
   * The smallest set of cosmetic normalizations that makes both sides equal, the preferred one of
   * those of that size; null if none does.
   */
  static EnumSet<Category> smallestCosmetic(String a, String b) {
    for (Set<Category> set : COSMETIC_SETS) {
      if (canon(a, set).equals(canon(b, set))) {
        return EnumSet.copyOf(set); // the first that works: no later set is smaller or preferred
      }
    }
    return null;
  }

  /** {@code s} with the normalizations of {@code set} applied, white space folded. */
  static String canon(String s, Set<Category> set) {
    String t = s;
    if (set.contains(Category.TYPOGRAPHY)) {
      t = typography(t);
    }
    if (set.contains(Category.SPELLING)) {
      t = usSpelling(t);
    }
    if (set.contains(Category.PUNCTUATION)) {
      t = withoutPunctuation(t);
    }
    if (set.contains(Category.CASE)) {
      t = t.toLowerCase(Locale.ROOT);
    }
    return foldSpaces(t);
  }

  /**
   * {@code t} with only its letters, digits, spaces and surrogates; {@code t} itself if all are.
   */
  private static String withoutPunctuation(String t) {
    int i = 0;
    while (i < t.length() && keepsAsText(t.charAt(i))) {
      i++;
    }
    if (i == t.length()) {
      return t;
    }
    StringBuilder b = new StringBuilder(t.length()).append(t, 0, i);
    for (; i < t.length(); i++) {
      char c = t.charAt(i);
      if (keepsAsText(c)) {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static boolean keepsAsText(char c) {
    return Character.isLetterOrDigit(c) || Chars.isSpace(c) || Character.isSurrogate(c);
  }

  /** Trims and folds every run of white space to one plain space. */
  private static String foldSpaces(String t) {
    int from = 0;
    int to = t.length();
    while (from < to && Chars.isSpace(t.charAt(from))) {
      from++;
    }
    while (to > from && Chars.isSpace(t.charAt(to - 1))) {
      to--;
    }
    if (isFolded(t, from, to)) {
      return t.substring(from, to); // most edits: a word or two after a space, nothing to fold
    }
    StringBuilder b = new StringBuilder(to - from);
    boolean space = false;
    for (int i = from; i < to; i++) {
      char c = t.charAt(i);
      if (Chars.isSpace(c)) {
        space = true;
      } else {
        if (space) {
          b.append(' ');
          space = false;
        }
        b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * Whether {@code t[from, to)}, which neither starts nor ends with a space, has only single plain
   * ones.
   */
  private static boolean isFolded(String t, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = t.charAt(i);
      if (c == ' ' ? t.charAt(i - 1) == ' ' : Chars.isSpace(c)) {
        return false;
      }
    }
    return true;
  }

  private static String typography(String s) {
    int i = 0;
    while (i < s.length() && typography(s.charAt(i)) == s.charAt(i)) {
      i++;
    }
    if (i == s.length()) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length() + 2).append(s, 0, i);
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\u2026') {
        b.append("...");
      } else {
        b.append(typography(c));
      }
    }
    return b.toString();
  }

  /** The typographic normal form of {@code c}, but for the ellipsis, which is three periods. */
  private static char typography(char c) {
    return switch (c) {
      case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032' -> '\'';
      case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> '"';
      case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
      case '\u2026' -> '.'; // stands for "...": not its own normal form
      default -> Chars.isSpace(c) ? ' ' : c;
    };
  }

  /** Every British spelling in {@code s} in its US form, keeping an initial capital. */
  static String usSpelling(String s) {
    String t = mayHavePerCent(s) ? PER_CENT.matcher(s).replaceAll("percent") : s;
    StringBuilder b = null; // made at the first word that changes: most have none
    int i = 0;
    while (i < t.length()) {
      int j = i;
      while (j < t.length()
          && (Character.isLetter(t.charAt(j))
              || ((t.charAt(j) == '-' || Chars.isApostrophe(t.charAt(j))) && j > i))) {
        j++;
      }
      if (j == i) {
        if (b != null) {
          b.append(t.charAt(i));
        }
        i++;
        continue;
      }
      String word = t.substring(i, j);
      String us = usWord(word.toLowerCase(Locale.ROOT));
      if (Character.isUpperCase(word.charAt(0))) {
        us = Character.toUpperCase(us.charAt(0)) + us.substring(1);
      }
      if (b == null && !us.equals(word)) {
        b = new StringBuilder(t.length() + 8).append(t, 0, i);
      }
      if (b != null) {
        b.append(us);
      }
      i = j;
    }
    return b == null ? t : b.toString();
  }

  /**
   * Whether {@code s} has "per cent" in any case of ASCII letters: a quick test before the pattern,
   * true whenever it could match.
   */
  private static boolean mayHavePerCent(String s) {
    for (int sp = s.indexOf(' '); sp >= 0; sp = s.indexOf(' ', sp + 1)) {
      if (sp >= 3 && s.regionMatches(true, sp - 3, "per cent", 0, 8)) {
        return true;
      }
    }
    return false;
  }

  /** British word endings and their US forms, for words of six letters or more. */
  private static final String[][] US_ENDINGS = {
    {"isation", "ization"},
    {"isations", "izations"},
    {"ise", "ize"},
    {"ised", "ized"},
    {"ises", "izes"},
    {"ising", "izing"},
    {"yse", "yze"},
    {"ysed", "yzed"},
    {"tre", "ter"},
    {"tres", "ters"},
    {"lled", "led"},
    {"lling", "ling"},
    {"ogue", "og"},
    {"mme", "m"}
  };

  private static String usWord(String w) {
    String listed = SPELLING.get(w);
    if (listed != null) {
      return listed;
    }
    int n = w.length();
    if (n >= 6 && w.contains("our") && !w.endsWith("our") && !w.startsWith("our")) {
      return w.replace("our", "or"); // neighbourhood, favourite, honoured
    }
    if (n >= 6 && w.endsWith("our")) {
      return w.substring(0, n - 3) + "or"; // harbour, rumour
    }
    if (n < 6) {
      return w;
    }
    for (String[] rule : US_ENDINGS) {
      if (w.endsWith(rule[0])) {
        return w.substring(0, n - rule[0].length()) + rule[1];
      }
    }
    return w;
  }

  // --- style ---

  /**
   * Whether house style explains an edit; {@code o} and {@code n} are its sides with every cosmetic
   * normalization applied.
   */
  private static boolean isStyle(
      String oldText,
      String newText,
      String o,
      String n,
      String before,
      String after,
      List<String> oldWords,
      List<String> newWords) {
    if ((o.isEmpty() && n.equals("that")) || (n.isEmpty() && o.equals("that"))) {
      return true;
    }
    if (isJoinedAtAnd(o, n, newText) || isJoinedAtAnd(n, o, oldText)) {
      return true;
    }
    if (((o.equals("on") && n.isEmpty()) || (n.equals("on") && o.isEmpty()))
        && isDayOrMonthNext(after)) {
      return true; // "voted on Tuesday" → "voted Tuesday"
    }
    if (isVariant(o, n)) {
      return true;
    }
    if (STYLE_TAILS.contains(o) || STYLE_TAILS.contains(n)) { // else no word before can make one
      String prev = lastWord(canon(tail(before), ALL_COSMETIC));
      if (!prev.isEmpty() && isVariant(prev + " " + o, prev + " " + n)) {
        return true;
      }
    }
    if (isAcronymSpelledOut(oldText, newText) || isAcronymSpelledOut(newText, oldText)) {
      return true;
    }
    List<String> oldNames = names(oldWords);
    List<String> newNames = names(newWords);
    return isTitleChange(oldWords, oldNames, newWords, newNames, after)
        || isTitleChange(newWords, newNames, oldWords, oldNames, after);
  }

  /**
   * A sentence split or joined at "and": {@code joined} is {@code parted} with "and" before it, and
   * {@code partedText} ends a sentence. ", and officials" → ". Officials" (a split); "." → ", and"
   * (a merge before a name). "but" and "while" are not: they add a contrast.
   */
  private static boolean isJoinedAtAnd(String joined, String parted, String partedText) {
    boolean andOnly =
        parted.isEmpty()
            ? joined.equals("and")
            : joined.length() == parted.length() + 4
                && joined.startsWith("and ")
                && joined.endsWith(parted);
    return andOnly && endsSentence(partedText);
  }

  private static boolean endsSentence(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '.' || c == '!' || c == '?' || c == ';') {
        return true;
      }
    }
    return false;
  }

  /** Whether the word after an edit is a weekday or a month: "on" before it is optional. */
  private static boolean isDayOrMonthNext(String after) {
    String w = firstWord(after);
    return !w.isEmpty() && Figures.isDayOrMonth(w.toLowerCase(Locale.ROOT));
  }

  /** Whether the first word of {@code text} makes a figure with its neighbour ("per", "pm"). */
  private static boolean isContextWordFirst(String text) {
    int i = 0;
    while (i < text.length() && !isLetterOrDigit(text.charAt(i))) {
      i++;
    }
    int j = i;
    while (j < text.length() && j - i <= 4 && isLetterOrDigit(text.charAt(j))) {
      j++;
    }
    return Figures.isContextWord(text, i, j);
  }

  /** The letters and digits that {@code text} starts with, after spaces: its first word. */
  private static String firstWord(String text) {
    int i = 0;
    while (i < text.length() && Chars.isSpace(text.charAt(i))) {
      i++;
    }
    int j = i;
    while (j < text.length() && isLetterOrDigit(text.charAt(j))) {
      j++;
    }
    return text.substring(i, j);
  }

  /**
   * The same figures written another way, and the same words besides: "three" → "3", "10 percent" →
   * "10%", "Jan. 5" → "January 5" (see {@link Figures}).
   */
  private static boolean isSameFigures(Figures.Split a, Figures.Split b) {
    return !a.figures().isEmpty()
        && a.figures().equals(b.figures())
        && canon(a.rest(), ALL_COSMETIC).equals(canon(b.rest(), ALL_COSMETIC));
  }

  private static boolean isVariant(String a, String b) {
    return b.equals(STYLE.get(a)) || a.equals(STYLE.get(b));
  }

  /** "U.N." → "United Nations", "WMD" → "[weapons of mass destruction]". */
  private static boolean isAcronymSpelledOut(String shortText, String longText) {
    String acronym = shortText.strip().replace(".", "");
    if (acronym.length() < 2 || !allUpperCase(acronym)) {
      return false;
    }
    StringBuilder initials = new StringBuilder();
    for (String w : words(longText)) {
      if (!Lexicon.isFunctionWord(w.toLowerCase(Locale.ROOT))) {
        initials.append(Character.toUpperCase(w.charAt(0)));
      }
    }
    return initials.toString().equals(acronym);
  }

  private static boolean allUpperCase(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isUpperCase(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A name given or losing its title or first name: "Trump" → "President Donald Trump’s", or
   * "President Donald" cut before an unchanged "Trump". Each side comes as its {@link #words} and
   * their {@link #names(List)}.
   */
  private static boolean isTitleChange(
      List<String> shorterWords,
      List<String> s,
      List<String> longerWords,
      List<String> l,
      String after) {
    if (l.isEmpty() || l.size() <= s.size() || !allCapitalised(l)) {
      return false;
    }
    if (s.isEmpty()) {
      // Only capitalised words added or cut, right before a name that stays.
      if (!shorterWords.isEmpty() || longerWords.size() != l.size()) {
        return false;
      }
      List<String> next = words(after);
      return !next.isEmpty() && Character.isUpperCase(next.get(0).charAt(0));
    }
    return l.subList(l.size() - s.size(), l.size()).equals(s);
  }

  /** Words without function words and possessives. */
  private static List<String> names(List<String> words) {
    List<String> out = new ArrayList<>();
    for (String w : words) {
      String bare = stripPossessive(w);
      if (!Lexicon.isFunctionWord(bare.toLowerCase(Locale.ROOT))) {
        out.add(bare);
      }
    }
    return out;
  }

  private static boolean allCapitalised(List<String> words) {
    return words.stream().allMatch(w -> Character.isUpperCase(w.charAt(0)));
  }

  // --- flags ---

  /** The capitalised words of a text that are not sentence openers or function words. */
  private static Set<String> names(String text, boolean atSentenceStart) {
    Set<String> out = null; // made at the first name: most edits have none
    // A capital right after an opening quote or sentence punctuation opens a sentence.
    List<String> ws = words(lowerOpeners(text));
    for (int i = 0; i < ws.size(); i++) {
      String w = capitalisedParts(stripPossessive(ws.get(i)));
      boolean opener = i == 0 && atSentenceStart;
      if (!w.isEmpty()
          && Character.isUpperCase(w.charAt(0))
          && !opener
          && !Lexicon.isSentenceOpener(w)
          && !Figures.isNumberWord(w.toLowerCase(Locale.ROOT))) {
        out = out == null ? new HashSet<>() : out;
        out.add(w);
      }
    }
    return out == null ? Set.of() : out;
  }

  /** Which ops lie inside quotation marks (or are quotation marks), on their own side. */
  static boolean[] quoted(List<WordOp> words) {
    // Only the quote marks of each op matter: found in one pass, then read from a short string.
    String[] marks = new String[words.size()];
    for (int k = 0; k < marks.length; k++) {
      marks[k] = quoteMarks(words.get(k).text());
    }
    boolean[] out = new boolean[words.size()];
    int[] depth = {
      startDepth(words, marks, WordOp.Op.INSERT), startDepth(words, marks, WordOp.Op.DELETE)
    };
    for (int k = 0; k < words.size(); k++) {
      WordOp w = words.get(k);
      for (int side = 0; side < 2; side++) {
        WordOp.Op skip = side == 0 ? WordOp.Op.INSERT : WordOp.Op.DELETE; // side 0 is old
        if (w.op() == skip) {
          continue;
        }
        boolean inside = depth[side] > 0;
        for (int i = 0; i < marks[k].length(); i++) {
          char c = marks[k].charAt(i);
          if (c == '\u201C' || c == '\u00AB') {
            depth[side]++;
            inside = true;
          } else if ((c == '\u201D' || c == '\u00BB') && depth[side] > 0) {
            depth[side]--;
            inside = true;
          } else if (c == '"') {
            depth[side] = depth[side] > 0 ? depth[side] - 1 : 1;
            inside = true;
          }
        }
        if (w.op() != WordOp.Op.EQUAL && (inside || depth[side] > 0)) {
          out[k] = true;
        }
      }
    }
    return out;
  }

  /** The quote marks of {@code text} in order; "" (not a new string) when it has none. */
  private static String quoteMarks(String text) {
    StringBuilder b = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      // Most chars are below « and need one test more than '"'.
      if (c == '"'
          || (c >= '\u00AB'
              && (c == '\u201C' || c == '\u201D' || c == '\u00AB' || c == '\u00BB'))) {
        if (b == null) {
          b = new StringBuilder();
        }
        b.append(c);
      }
    }
    return b == null ? "" : b.toString();
  }

  /** 1 when a side closes more curly quotes than it opens: the quote began in a sentence before. */
  private static int startDepth(List<WordOp> words, String[] marks, WordOp.Op skip) {
    int open = 0;
    int close = 0;
    for (int k = 0; k < marks.length; k++) {
      if (words.get(k).op() != skip) {
        for (int i = 0; i < marks[k].length(); i++) {
          char c = marks[k].charAt(i);
          open += c == '\u201C' ? 1 : 0;
          close += c == '\u201D' ? 1 : 0;
        }
      }
    }
    return close > open ? 1 : 0;
  }

  // --- helpers ---

  /** The words of a text: runs of letters, digits and inner marks ('-.,’$%). */
  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      while (i < text.length() && !isLetterOrDigit(text.charAt(i)) && text.charAt(i) != '$') {
        i++;
      }
      int j = i;
      while (j < text.length()
          && (isLetterOrDigit(text.charAt(j))
              || isMoneyOrPerCent(text.charAt(j))
              || (isInnerMark(text.charAt(j))
                  && j + 1 < text.length()
                  && isLetterOrDigit(text.charAt(j + 1))))) {
        j++;
      }
      if (j > i) {
        out.add(text.substring(i, j));
      }
      i = Math.max(j, i + 1);
    }
    return out;
  }

  /**
   * As {@link Character#isLetterOrDigit(char)}, without a call for ASCII: the test runs on every
   * char of every edit.
   */
  private static boolean isLetterOrDigit(char c) {
    if (c < 0x80) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
    return Character.isLetterOrDigit(c);
  }

  private static boolean isMoneyOrPerCent(char c) {
    return c == '$' || c == '%';
  }

  /** A mark that stays inside a word when a letter or digit follows: "co-op", "3.5", "Trump’s". */
  private static boolean isInnerMark(char c) {
    return c == '-' || c == '.' || c == ',' || c == '\'' || c == '\u2019';
  }

  /**
   * The capitalised parts of a hyphenated word, the rest cut: "Ohio-based" → "Ohio", "anti-Trump" →
   * "Trump", "Jean-Paul" as it is; a word without a hyphen as it is.
   */
  private static String capitalisedParts(String w) {
    if (w.indexOf('-') < 0) {
      return w;
    }
    StringBuilder b = new StringBuilder();
    for (String part : w.split("-")) {
      if (!part.isEmpty() && Character.isUpperCase(part.charAt(0))) {
        b.append(b.length() > 0 ? "-" : "").append(part);
      }
    }
    return b.toString();
  }

  /** "Trump’s" → "Trump". */
  private static String stripPossessive(String w) {
    int n = w.length();
    return n > 2 && w.charAt(n - 1) == 's' && Chars.isApostrophe(w.charAt(n - 2))
        ? w.substring(0, n - 2)
        : w;
  }

  /** {@code text} with the capital after an opening quote or sentence punctuation lowered. */
  private static String lowerOpeners(String text) {
    char[] c = text.toCharArray();
    boolean opener = false;
    for (int i = 0; i < c.length; i++) {
      if (opensSentence(c[i])) {
        opener = true;
      } else if (opener && !Chars.isSpace(c[i])) {
        c[i] = Character.toLowerCase(c[i]);
        opener = false;
      }
    }
    return new String(c);
  }

  /** An opening quote or bracket, or sentence punctuation: a capital after it may be no name. */
  private static boolean opensSentence(char c) {
    return switch (c) {
      case '\u201C', '\u2018', '"', '(', ':', '.', '!', '?' -> true;
      default -> false;
    };
  }

  /** The end of a long text: enough for its last word. */
  private static String tail(String s) {
    return s.length() <= 40 ? s : s.substring(s.length() - 40);
  }

  private static String lastWord(String s) {
    int sp = s.lastIndexOf(' ');
    return sp < 0 ? s : s.substring(sp + 1);
  }

  private static Map<String, String> pairs(String resource, boolean oneWay) {
    Map<String, String> out = new HashMap<>();
    for (String l : WordList.lines(EditClassifier.class, resource)) {
      int eq = l.indexOf(" = ");
      if (eq > 0) {
        String a = l.substring(0, eq).strip();
        String b = l.substring(eq + 3).strip();
        out.put(a, b);
        if (!oneWay) {
          out.putIfAbsent(b, a);
        }
      }
    }
    return out;
  }
}
