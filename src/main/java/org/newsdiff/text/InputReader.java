package org.newsdiff.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an input file or standard input and decodes it.
 *
 * <p>Decoding: a UTF-8 or UTF-16 byte-order mark decides; otherwise bytes that are valid UTF-8 are
 * UTF-8, and anything else is read as Windows-1252 (the usual encoding of such text) with a note. A
 * charset named by the caller overrides all of this. Bytes with a NUL are refused as binary.
 */
public final class InputReader {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private final Charset forced;
  private final List<String> notes = new ArrayList<>();

  /**
   * Creates a reader.
   *
   * @param forced the charset to decode with, or null to detect
   */
  public InputReader(Charset forced) {
    this.forced = forced;
  }

  /** Notes on how inputs were read (for example a fallback encoding), one line each. */
  public List<String> notes() {
    return List.copyOf(notes);
  }

  /** Reads the file at {@code path}, or standard input when the path is "-". */
  public SourceText read(String path, InputStream stdin) throws InputException {
    byte[] bytes;
    if (path.equals("-")) {
      try {
        bytes = stdin.readAllBytes();
      } catch (IOException e) {
        throw new InputException("-: cannot read standard input: " + reason(e));
      }
    } else {
      Path p = Path.of(path);
      if (Files.isDirectory(p)) {
        throw new InputException(path + ": is a directory");
      }
      try {
        bytes = Files.readAllBytes(p);
      } catch (NoSuchFileException e) {
        throw new InputException(path + ": no such file");
      } catch (AccessDeniedException e) {
        throw new InputException(path + ": permission denied");
      } catch (IOException | OutOfMemoryError e) {
        throw new InputException(path + ": cannot read: " + reason(e));
      }
    }
    return source(path, bytes);
  }

  /** Decodes {@code bytes}; a web page is read into its text (see {@link HtmlExtractor}). */
  public SourceText source(String name, byte[] bytes) throws InputException {
    String text = decode(name, bytes);
    if (HtmlExtractor.isHtml(name, text)) {
      return SourceText.ofPage(name, HtmlExtractor.extract(text));
    }
    return SourceText.of(name, text);
  }

  /** Decodes bytes as described on the class. */
  public String decode(String name, byte[] bytes) throws InputException {
    if (forced != null) {
      return decodeStrict(bytes, 0, forced, name);
    }
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return decodeStrict(bytes, 3, StandardCharsets.UTF_8, name);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return decodeStrict(bytes, 2, StandardCharsets.UTF_16BE, name);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return decodeStrict(bytes, 2, StandardCharsets.UTF_16LE, name);
    }
    // The fast decoder replaces what is not UTF-8 by U+FFFD; only then is the strict one needed to
    // tell bad bytes from a U+FFFD written in the text.
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.indexOf('\0') >= 0) {
      throw new InputException(name + ": binary file (it has NUL bytes), not text");
    }
    if (text.indexOf('\uFFFD') < 0) {
      return text;
    }
    try {
      return strict(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      notes.add(name + ": not valid UTF-8; read as windows-1252 (use --encoding to choose)");
      return new String(bytes, WINDOWS_1252);
    }
  }

  private static String decodeStrict(byte[] bytes, int skip, Charset cs, String name)
      throws InputException {
    try {
      CharBuffer chars = strict(cs).decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip));
      String s = chars.toString();
      if (s.indexOf('\0') >= 0) {
        throw new InputException(name + ": binary file (it has NUL characters), not text");
      }
      return s;
    } catch (CharacterCodingException e) {
      throw new InputException(name + ": not valid " + cs.name() + " text");
    }
  }

  private static CharsetDecoder strict(Charset cs) {
    return cs.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static String reason(Throwable e) {
    if (e instanceof OutOfMemoryError) {
      return "too large for the memory given to java (raise -Xmx in JAVA_OPTS)";
    }
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m;
  }
}
