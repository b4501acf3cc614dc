package org.newsdiff.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class InputReaderTest {
  @Test
  void utf8WithOrWithoutBom() throws Exception {
    InputReader r = new InputReader(null);
    byte[] plain = "Café".getBytes(StandardCharsets.UTF_8);
    byte[] bom = new byte[plain.length + 3];
    bom[0] = (byte) 0xEF;
    bom[1] = (byte) 0xBB;
    bom[2] = (byte) 0xBF;
    System.arraycopy(plain, 0, bom, 3, plain.length);
    assertThat(r.decode("a", plain)).isEqualTo("Café");
    assertThat(r.decode("a", bom)).isEqualTo("Café");
    assertThat(r.notes()).isEmpty();
  }

  @Test
  void utf16WithBom() throws Exception {
    byte[] le = "\uFEFFHi.".getBytes(StandardCharsets.UTF_16LE);
    assertThat(new InputReader(null).decode("a", le)).isEqualTo("Hi.");
  }

  @Test
  void invalidUtf8FallsBackToWindows1252WithANote() throws Exception {
    InputReader r = new InputReader(null);
    assertThat(
            r.decode(
                "f.txt", new byte[] {'C', 'a', 'f', (byte) 0xE9, (byte) 0x93, 'x', (byte) 0x94}))
        .isEqualTo("Café“x”");
    assertThat(r.notes())
        .containsExactly("f.txt: not valid UTF-8; read as windows-1252 (use --encoding to choose)");
  }

  @Test
  void nulBytesMeanBinary() {
    assertThatThrownBy(() -> new InputReader(null).decode("x.bin", new byte[] {'a', 0, 'b'}))
        .isInstanceOf(InputException.class)
        .hasMessage("x.bin: binary file (it has NUL bytes), not text");
  }

  @Test
  void lineEndingsAreNormalizedAndLinesCounted() {
    SourceText s = SourceText.of("n", "a\r\nb\rc\n");
    assertThat(s.text()).isEqualTo("a\nb\nc\n");
    assertThat(s.lineCount()).isEqualTo(3);
    assertThat(s.lineOf(2)).isEqualTo(2);
    assertThat(s.line(3)).isEqualTo("c");
    assertThat(SourceText.of("n", "").lineCount()).isZero();
    assertThat(SourceText.of("n", "x").lineCount()).isEqualTo(1);
  }

  @Test
  void offsetsCountCodePoints() {
    SourceText s = SourceText.of("n", "\uD83D\uDE00 ok");
    assertThat(s.codePointOffset(3)).isEqualTo(2);
  }
}
