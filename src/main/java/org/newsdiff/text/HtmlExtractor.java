package org.newsdiff.text;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Reads a saved web page (HTML) into text: one paragraph per text block, blank lines between,
 * entities decoded; and says which of those lines are page chrome.
 *
 * <p>The story is the text blocks (paragraphs, headings, list items, quotes) of the page's {@code
 * <article>} (the one with most text), else its {@code <main>}, else its {@code <body>}. A block is
 * chrome when it lies outside that, or inside navigation, an aside, a form, a figure or its
 * caption, a page header or footer outside the article, an element whose ARIA role is navigation,
 * banner, contentinfo or complementary, or an element whose class or id names comments, sharing,
 * related or most-read lists, newsletters, ads or cookies. Scripts, styles and templates are
 * dropped: they are not text of the page.
 *
 * <pre>
 * &lt;nav&gt;Home · World&lt;/nav&gt;                        chrome
 * &lt;article&gt;&lt;h1&gt;Dam vote&lt;/h1&gt;&lt;p&gt;The council…&lt;/p&gt;   story: "Dam vote", "The council…"
 * &lt;aside class="most-read"&gt;…&lt;/aside&gt;            chrome
 * </pre>
 */
public final class HtmlExtractor {
  private static final String BLOCKS =
      "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, dt, dd, td, th, caption";
  private static final Set<String> LEAF_TAGS =
      Set.of(
          "p",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "li",
          "blockquote",
          "pre",
          "figcaption",
          "dt",
          "dd",
          "td",
          "th",
          "caption");
  private static final Set<String> CHROME_TAGS =
      Set.of("nav", "aside", "form", "figure", "figcaption");
  private static final Set<String> CHROME_ROLES =
      Set.of("navigation", "banner", "contentinfo", "complementary", "search");
  private static final Pattern CHROME_NAMES =
      Pattern.compile(
          "(?i).*(comment|share|social|related|most-?read|popular|trending|newsletter|subscribe"
              + "|sidebar|advert|\\bads?\\b|promo|cookie|breadcrumb|menu|masthead|site-?footer"
              + "|site-?header).*");

  /** The text of a page and which of its lines (1-based) are chrome. */
  public record Extracted(String text, BitSet chromeLines) {}

  private HtmlExtractor() {}

  /** Whether {@code text}, read from a file called {@code name}, is an HTML page. */
  public static boolean isHtml(String name, String text) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
      return true;
    }
    String head =
        text.substring(0, Math.min(text.length(), 1024)).stripLeading().toLowerCase(Locale.ROOT);
    return head.startsWith("<!doctype html") || head.startsWith("<html");
  }

  /** Extracts the text of {@code html}. */
  public static Extracted extract(String html) {
    org.jsoup.nodes.Document page = Jsoup.parse(html);
    page.select("script, style, noscript, template, svg, iframe, head").remove();
    Element story = storyContainer(page);
    StringBuilder text = new StringBuilder();
    BitSet chrome = new BitSet();
    int line = 1;
    for (Map.Entry<Element, String> b : textBlocks(page.body())) {
      Element block = b.getKey();
      String t = b.getValue().strip();
      if (t.isEmpty()) {
        continue;
      }
      if (text.length() > 0) {
        text.append("\n\n");
        line += 2;
      }
      text.append(t);
      if (isChrome(block, story)) {
        chrome.set(line);
      }
    }
    return new Extracted(text.append('\n').toString(), chrome);
  }

  /**
   * The page's text blocks in document order, each with its text: block elements (paragraphs,
   * headings, list items …) that hold no other block element, and the own text of any other element
   * that lies inside no block element (a bare link in a menu, a div with text).
   */
  private static List<Map.Entry<Element, String>> textBlocks(Element body) {
    List<Map.Entry<Element, String>> out = new ArrayList<>();
    if (body == null) {
      return out;
    }
    for (Element e : body.getAllElements()) {
      boolean block = LEAF_TAGS.contains(e.normalName());
      if (block && e.select(BLOCKS).size() == 1) {
        out.add(Map.entry(e, e.text()));
      } else if (!block && !insideBlock(e) && !e.ownText().isBlank()) {
        out.add(Map.entry(e, e.ownText()));
      }
    }
    return out;
  }

  private static boolean insideBlock(Element e) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (LEAF_TAGS.contains(p.normalName())) {
        return true;
      }
    }
    return false;
  }

  private static Element storyContainer(org.jsoup.nodes.Document page) {
    Element best = null;
    for (Element a : page.select("article")) {
      if (best == null || a.text().length() > best.text().length()) {
        best = a;
      }
    }
    if (best == null) {
      best = page.selectFirst("main, [role=main]");
    }
    return best != null ? best : page.body();
  }

  private static boolean isChrome(Element block, Element story) {
    boolean inStory = false;
    for (Element e = block; e != null; e = e.parent()) {
      if (e == story) {
        inStory = true;
      }
      String tag = e.normalName();
      if (CHROME_TAGS.contains(tag) || CHROME_ROLES.contains(e.attr("role"))) {
        return true;
      }
      if ((tag.equals("header") || tag.equals("footer")) && !insideStory(e, story)) {
        return true;
      }
      if (CHROME_NAMES.matcher(e.className() + " " + e.id()).matches() && e != story) {
        return true;
      }
    }
    return !inStory;
  }

  private static boolean insideStory(Element e, Element story) {
    if (story.normalName().equals("body")) {
      return false;
    }
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (p == story) {
        return true;
      }
    }
    return false;
  }
}
